package uk.nexus.neo4j;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Brings the schema up to date while the context starts, before the web server accepts requests. */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean(initMethod = "migrate")
    CypherMigrations cypherMigrations(Driver driver, NexusNeo4jProperties properties) {
        return new CypherMigrations(driver, properties.database());
    }
}
