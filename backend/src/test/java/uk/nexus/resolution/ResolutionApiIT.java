package uk.nexus.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.nexus.GraphIT;
import uk.nexus.security.Role;

/**
 * The review queue end to end on a real Neo4j: the tiny bundle plus T9, a second record of T2
 * (Benedek Varga) with a misspelt forename, sharing T2's phone.
 */
class ResolutionApiIT extends GraphIT {

    @Autowired
    IdentityResolver resolver;

    @BeforeEach
    void data() {
        wipe();
        load("tiny");
        run("""
            MATCH (p:Phone {id: 'P1'})
            CREATE (t:Subject {id: 'T9', surname: 'Varga', forenames: 'Benedik', dob: date('2001-11-30'), gender: 'M',
                               nationalities: ['ROU'], immigrationStatus: 'VISA_HOLDER', source: 'CUSTODY-99',
                               recordedAt: datetime('2025-01-01T10:00:00Z')})
            CREATE (t)-[:USES {source: 'CUSTODY-99', recordedAt: datetime('2025-01-01T10:00:00Z'), basis: 'FACT'}]->(p)
            """);
    }

    private void scan() throws Exception {
        mvc.perform(post("/api/resolution/scan").with(as(Role.ANALYST))).andExpect(status().isOk());
    }

    private static String decision(String decision, String reason) {
        return "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void scan_puts_the_planted_duplicate_top_of_the_queue_with_its_reasons() throws Exception {
        scan();
        mvc.perform(get("/api/resolution/queue").with(as(Role.DETECTIVE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("T2:T9"))
                .andExpect(jsonPath("$.items[0].band").value("MATCH"))
                .andExpect(jsonPath("$.items[0].left.subjectId").value("T2"))
                .andExpect(jsonPath("$.items[0].right.subjectId").value("T9"))
                .andExpect(jsonPath("$.items[0].reasons", hasItem(startsWith("+3.5 date of birth matches"))))
                .andExpect(jsonPath("$.items[0].reasons", hasItem(startsWith("+1.5 uses the same phone"))));
        // T1 shares the phone too, but nothing else: scored, not proposed.
        assertThat(count("MATCH (p:ResolutionPair) WHERE p.id IN ['T1:T2', 'T1:T9'] RETURN count(p)"))
                .isZero();
    }

    @Test
    void nationality_ethnicity_and_immigration_status_are_never_evidence() throws Exception {
        scan();
        List<Object> before = pairs();
        run("""
            MATCH (s:Subject) WHERE s.id IN ['T2', 'T9']
            SET s.nationalities = CASE s.id WHEN 'T2' THEN ['GBR'] ELSE ['SOM', 'NGA'] END,
                s.ethnicity = CASE s.id WHEN 'T2' THEN 'W1' ELSE 'B2' END,
                s.immigrationStatus = CASE s.id WHEN 'T2' THEN 'BRITISH_CITIZEN' ELSE 'ILLEGAL_ENTRANT' END
            """);
        run("MATCH (p:ResolutionPair) DETACH DELETE p");
        scan();
        assertThat(pairs()).isEqualTo(before).isNotEmpty();
        assertThat(resolver.candidates(claim("Benedek", "Varga", LocalDate.of(2001, 11, 30)), 5))
                .first()
                .satisfies(c ->
                        assertThat(c.reasons()).noneMatch(r -> r.matches("(?i).*(nationalit|ethnic|immigration).*")));
    }

    private List<Object> pairs() {
        try (var session = driver.session()) {
            return session.run("MATCH (p:ResolutionPair) RETURN p.id AS id, p.score AS score, p.reasons AS reasons"
                            + " ORDER BY id")
                    .list(r -> r.asMap());
        }
    }

    @Test
    void a_distinct_decision_is_remembered_and_the_pair_never_comes_back() throws Exception {
        scan();
        mvc.perform(post("/api/resolution/pairs/T2:T9/decision")
                        .with(as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("DISTINCT", "Custody photographs show two different men")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISTINCT"))
                .andExpect(jsonPath("$.decidedBy").value("supervisor"))
                .andExpect(jsonPath("$.decisionReason").value("Custody photographs show two different men"));
        scan();
        mvc.perform(get("/api/resolution/queue").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/resolution/queue").param("status", "DISTINCT").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("T2:T9"));
        assertThat(count("MATCH (:ResolutionPair {id: 'T2:T9'})-[:DECIDED]->(d:ResolutionDecision {by: 'supervisor'})"
                        + " RETURN count(d)"))
                .isEqualTo(1);
        assertThat(count("MATCH (e:AuditEntry {action: 'resolution.decision'}) RETURN count(e)"))
                .isEqualTo(1);
    }

    @Test
    void same_merges_keeping_both_records_and_undo_restores_the_graph_exactly() throws Exception {
        scan();
        List<String> before = snapshot();
        mvc.perform(post("/api/resolution/pairs/T2:T9/decision")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("SAME", "Same PNC photograph and phone")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SAME"))
                .andExpect(jsonPath("$.survivorId").value("T2"));
        assertThat(count(
                        "MATCH (:Subject {id: 'T9'})-[m:MERGED_INTO {pairId: 'T2:T9', by: 'analyst'}]->(:Subject {id: 'T2'})"
                                + " RETURN count(m)"))
                .isEqualTo(1);
        assertThat(count("MATCH (s:Subject) WHERE s.id IN ['T2', 'T9'] RETURN count(s)"))
                .isEqualTo(2);
        assertThat(count("MATCH (e:AuditEntry {action: 'resolution.merge', operation: 'COMBINATION'}) RETURN count(e)"))
                .isEqualTo(1);

        // Either record shows the combined identity; search and the resolver resolve to the survivor.
        mvc.perform(get("/api/resolution/subjects/T9").with(as(Role.REFERRALS)))
                .andExpect(jsonPath("$.survivorId").value("T2"))
                .andExpect(jsonPath("$.alsoRecordedAs[0].subjectId").value("T9"))
                .andExpect(jsonPath("$.alsoRecordedAs[0].source").value("CUSTODY-99"));
        mvc.perform(get("/api/subjects").param("q", "Benedik").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("T2"));
        mvc.perform(get("/api/subjects").param("dob", "2001-11-30").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("T2"));
        assertThat(resolver.candidates(claim("Benedik", "Varga", LocalDate.of(2001, 11, 30)), 5))
                .extracting(MatchCandidate::subjectId)
                .containsExactly("T2");

        // A merged pair cannot be decided otherwise until it is undone.
        mvc.perform(post("/api/resolution/pairs/T2:T9/decision")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("DISTINCT", "Changed my mind")))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/resolution/pairs/T2:T9/undo")
                        .with(as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Merged in error: fingerprints differ\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.undone").value(true))
                .andExpect(jsonPath("$.survivorId").value("T2"))
                .andExpect(jsonPath("$.mergedId").value("T9"));
        assertThat(snapshot()).isEqualTo(before);
        mvc.perform(get("/api/resolution/pairs/T2:T9").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.status").value("UNDECIDED"));
        assertThat(count("MATCH (e:AuditEntry {action: 'resolution.undo'}) RETURN count(e)"))
                .isEqualTo(1);
        // Undo is idempotent.
        mvc.perform(post("/api/resolution/pairs/T2:T9/undo")
                        .with(as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Second click on undo\"}"))
                .andExpect(jsonPath("$.undone").value(false));
    }

    /** Every node and relationship apart from the review pairs, their decisions, the access log and the version. */
    private List<String> snapshot() {
        try (var session = driver.session()) {
            String excluded = "['ResolutionPair', 'ResolutionDecision', 'AuditEntry', 'AuditHead', 'GraphVersion']";
            List<String> nodes = session.run("MATCH (n) WHERE none(l IN labels(n) WHERE l IN " + excluded
                            + ") RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props")
                    .list(r -> r.get("id").asString() + " " + r.get("labels").asList() + " "
                            + new java.util.TreeMap<>(r.get("props").asMap()));
            List<String> links = session.run("MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN "
                            + excluded + ") RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props,"
                            + " elementId(b) AS b")
                    .list(r -> r.get("a").asString() + " " + r.get("type").asString() + " "
                            + new java.util.TreeMap<>(r.get("props").asMap()) + " "
                            + r.get("b").asString());
            return java.util.stream.Stream.concat(nodes.stream(), links.stream())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void a_custody_claim_giving_an_alias_and_the_date_of_birth_is_a_match_top_of_the_list() {
        List<MatchCandidate> byNickname = resolver.candidates(claim("Benny", "Varga", LocalDate.of(2001, 11, 30)), 5);
        assertThat(byNickname.getFirst().subjectId()).isEqualTo("T2");
        assertThat(byNickname.getFirst().band()).isEqualTo(MatchCandidate.Band.MATCH);
        assertThat(byNickname.getFirst().reasons()).anyMatch(r -> r.contains("alias NICKNAME"));

        List<MatchCandidate> byAlias = resolver.candidates(claim("Dash", "Reyes", LocalDate.of(1998, 4, 12)), 5);
        assertThat(byAlias.getFirst().subjectId()).isEqualTo("T1");
        assertThat(byAlias.getFirst().band()).isEqualTo(MatchCandidate.Band.MATCH);

        IdentityClaim byPnc =
                new IdentityClaim("Dashiell", "Okonkwo", List.of(), null, "2016/0012345A", null, null, List.of(), null);
        assertThat(resolver.candidates(byPnc, 5).getFirst()).satisfies(c -> {
            assertThat(c.subjectId()).isEqualTo("T1");
            assertThat(c.band()).isEqualTo(MatchCandidate.Band.MATCH);
            assertThat(c.reasons()).anyMatch(r -> r.contains("PNC id matches"));
        });
        IdentityClaim transposed = new IdentityClaim(
                "Tobias", "Quiliam", List.of(), LocalDate.of(1990, 7, 7), null, null, null, List.of(), null);
        assertThat(resolver.candidates(transposed, 5).getFirst().subjectId()).isEqualTo("T4");
        assertThat(resolver.candidates(claim("Nobody", "Known", LocalDate.of(1950, 1, 1)), 5))
                .isEmpty();
    }

    private static IdentityClaim claim(String forenames, String surname, LocalDate dob) {
        return new IdentityClaim(forenames, surname, List.of(), dob, null, null, null, List.of(), null);
    }

    @Test
    void bad_pair_ids_and_reasons_are_problems() throws Exception {
        mvc.perform(get("/api/resolution/pairs/T9:T2").with(as(Role.ANALYST))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/resolution/pairs/T2:T77").with(as(Role.ANALYST))).andExpect(status().isNotFound());
        mvc.perform(post("/api/resolution/pairs/T2:T9/decision")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision("SAME", "x")))
                .andExpect(status().isBadRequest());
    }
}
