package uk.nexus.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.core.io.ClassPathResource;
import uk.nexus.GraphIT;

/** The named queries in cypher/queries, which analysts run by hand, give the right answers. */
class NamedQueriesIT extends GraphIT {

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
    }

    @Test
    void co_offenders_count_shared_incidents_and_never_victims() throws IOException {
        List<Record> rows = run("co-offenders", Map.of("subjectId", "T1"));
        assertThat(rows).extracting(r -> r.get("coOffender").asString()).containsExactly("T2");
        assertThat(rows.getFirst().get("sharedIncidents").asLong()).isEqualTo(1);
    }

    @Test
    void shared_phones_list_every_user_with_provenance() throws IOException {
        List<Record> rows = run("shared-phones", Map.of());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("phone").asString()).isEqualTo("+44 7700 900123");
            assertThat(r.get("userCount").asLong()).isEqualTo(2);
            assertThat(r.get("users").asList(v -> v.get("grade").asString())).containsOnly("3x5x2 2B");
        });
    }

    @Test
    void brokers_are_people_tied_to_two_gangs() throws IOException {
        assertThat(run("brokers-between-gangs", Map.of())).isEmpty();
        run("""
            MATCH (t:Subject {id: 'T6'}), (g:Group {id: 'G1'})
            CREATE (g2:Group:Gang {id: 'G2', name: 'Riverside Boys', reviewDate: date('2030-01-01')})
            CREATE (t)-[:MEMBER_OF {role: 'MEMBER', source: 't', recordedAt: datetime(), basis: 'FACT'}]->(g2)
            CREATE (t)-[:MEMBER_OF {role: 'ASSOCIATE', source: 't', recordedAt: datetime(), basis: 'FACT'}]->(g)
            """);
        assertThat(run("brokers-between-gangs", Map.of()))
                .extracting(r -> r.get("subject").asString())
                .contains("T6");
    }

    @Test
    void past_review_counts_by_kind_and_provenance_check_finds_nothing_missing() throws IOException {
        assertThat(run("past-review", Map.of("today", LocalDate.of(2029, 6, 1))))
                .extracting(r ->
                        r.get("kind").asString() + "=" + r.get("pastReview").asLong())
                .containsExactly("Group=2", "IntelReport=2", "Subject=6");
        assertThat(run("links-without-provenance", Map.of())).isEmpty();
        run("MATCH (a:Subject {id: 'T1'}), (b:Subject {id: 'T3'}) CREATE (a)-[:ASSOCIATE_OF {kind: 'ASSOCIATE'}]->(b)");
        assertThat(run("links-without-provenance", Map.of()))
                .extracting(r -> r.get("type").asString())
                .containsExactly("ASSOCIATE_OF");
    }

    private List<Record> run(String name, Map<String, Object> params) throws IOException {
        String text = new ClassPathResource("nexus/cypher/queries/" + name + ".cypher")
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> statements = CypherMigrations.statements(text);
        assertThat(statements).as(name + " holds one statement").hasSize(1);
        try (var session = driver.session()) {
            return session.run(statements.getFirst(), params).list();
        }
    }
}
