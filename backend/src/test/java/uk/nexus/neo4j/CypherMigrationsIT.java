package uk.nexus.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.GraphIT;

class CypherMigrationsIT extends GraphIT {

    @Autowired
    CypherMigrations migrations;

    @Test
    void every_migration_is_recorded_once_and_not_applied_again() {
        int files = CypherMigrations.load(CypherMigrations.LOCATION).size();
        assertThat(files).isGreaterThanOrEqualTo(2);
        assertThat(count("MATCH (m:__NexusMigration) RETURN count(m)")).isEqualTo(files);
        assertThat(migrations.migrate()).isZero();
        assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name = 'subject_id' RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'person_names' RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void a_failing_migration_stops_with_the_statement_and_the_reason() {
        var broken = new CypherMigrations(driver, "neo4j", "classpath*:test-migrations/broken/*.cypher");
        assertThatThrownBy(broken::migrate)
                .isInstanceOf(CypherMigrations.MigrationFailedException.class)
                .hasMessageContaining("Migration V9001__broken failed on statement")
                .hasMessageContaining("REQUIRE n.id IS UNIQUE AND SOMETHING");
        assertThat(count("MATCH (m:__NexusMigration {version: 9001}) RETURN count(m)"))
                .isZero();
    }

    @Test
    void a_migration_edited_after_it_was_applied_is_refused() {
        String real = checksumOfFirst();
        run("MATCH (m:__NexusMigration {version: 1}) SET m.checksum = 'edited'");
        try {
            assertThatThrownBy(migrations::migrate)
                    .isInstanceOf(CypherMigrations.MigrationFailedException.class)
                    .hasMessageContaining("V0001__node_keys was changed after it was applied");
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (m:__NexusMigration {version: 1}) SET m.checksum = $c", Map.of("c", real))
                        .consume();
            }
        }
    }

    @Test
    void files_split_into_statements_at_semicolons_ending_a_line_and_comments_are_dropped() {
        assertThat(CypherMigrations.statements("""
                // comment
                CREATE INDEX a IF NOT EXISTS
                  FOR (n:A) ON (n.x);

                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);
                """))
                .containsExactly(
                        "CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)",
                        "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)");
    }

    @Test
    void bolt_refuses_a_wrong_password() {
        String uri =
                driver.executableQuery("RETURN 1").execute().summary().server().address();
        try (var stranger = GraphDatabase.driver("bolt://" + uri, AuthTokens.basic("neo4j", "not-the-password"))) {
            assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    private String checksumOfFirst() {
        try (var session = driver.session()) {
            return session.run("MATCH (m:__NexusMigration {version: 1}) RETURN m.checksum AS c")
                    .single()
                    .get("c")
                    .asString();
        }
    }
}
