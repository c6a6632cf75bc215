package uk.nexus.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nexus.GraphIT;
import uk.nexus.NexusTestApplication;
import uk.nexus.audit.AccessLog;
import uk.nexus.subject.SubjectQuery;
import uk.nexus.subject.SubjectService;

/**
 * Pointing Nexus at an existing Neo4j is configuration only: a second application started with
 * {@code nexus.neo4j.uri} set to this test's database starts no embedded DBMS and works against it.
 */
class ExternalNeo4jIT extends GraphIT {

    @Test
    void with_a_uri_configured_no_embedded_database_starts_and_the_app_uses_the_server() {
        wipe();
        load("tiny");
        String address =
                driver.executableQuery("RETURN 1").execute().summary().server().address();

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(NexusTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--nexus.neo4j.uri=bolt://" + address,
                        "--nexus.neo4j.password=test-password-1",
                        "--nexus.audit.key=test-access-log-key-0123456789abcdef",
                        "--nexus.neo4j.embedded.data-directory=target/must-not-exist")) {
            assertThat(other.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(new java.io.File("target/must-not-exist")).doesNotExist();
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            "analyst", "n/a", AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
            try {
                assertThat(other.getBean(AccessLog.class)
                                .withPurpose(
                                        "integration test",
                                        () -> other.getBean(SubjectService.class)
                                                .count(new SubjectQuery("Okonkwo", null))))
                        .isEqualTo(1);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
