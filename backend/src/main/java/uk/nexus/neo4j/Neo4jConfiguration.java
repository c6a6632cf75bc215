package uk.nexus.neo4j;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver every part of Nexus uses, pointing at the embedded DBMS or at {@code nexus.neo4j.uri}.
 * Spring Boot's own driver auto-configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NexusNeo4jProperties.class)
class Neo4jConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${nexus.neo4j.uri:}'.isBlank()")
    EmbeddedNeo4j embeddedNeo4j(NexusNeo4jProperties properties) {
        var embedded = properties.embedded();
        return EmbeddedNeo4j.start(
                embedded.dataDirectory(),
                embedded.boltHost(),
                embedded.boltPort(),
                properties.password(),
                embedded.pageCache());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(NexusNeo4jProperties properties, Optional<EmbeddedNeo4j> embedded) {
        // Taking the embedded DBMS as a parameter makes Spring start it (when configured) before the driver,
        // and tells the driver the port it really bound.
        String password = properties.password() == null ? "" : properties.password();
        Config config = Config.builder()
                .withMaxConnectionPoolSize(64)
                .withConnectionAcquisitionTimeout(60, TimeUnit.SECONDS)
                .build();
        String uri = embedded.map(EmbeddedNeo4j::boltUri).orElseGet(properties::uri);
        return GraphDatabase.driver(uri, AuthTokens.basic(properties.username(), password), config);
    }
}
