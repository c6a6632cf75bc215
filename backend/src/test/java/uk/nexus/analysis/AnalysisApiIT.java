package uk.nexus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nexus.GraphIT;
import uk.nexus.harm.HandBuiltForce;
import uk.nexus.security.Role;

class AnalysisApiIT extends GraphIT {

    @org.springframework.beans.factory.annotation.Autowired
    AnalysisService analysis;

    @org.springframework.beans.factory.annotation.Autowired
    uk.nexus.projection.ProjectionService projections;

    @org.springframework.beans.factory.annotation.Autowired
    uk.nexus.harm.HarmService harm;

    @org.springframework.beans.factory.annotation.Autowired
    uk.nexus.analysis.internal.AnalysisQueries queries;

    @org.springframework.beans.factory.annotation.Autowired
    uk.nexus.audit.AccessLog accessLog;

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @BeforeEach
    void force() {
        wipe();
        HandBuiltForce.create(driver);
    }

    @Test
    void subjects_ranked_by_harm_with_victims_witnesses_and_past_review_left_out() throws Exception {
        mvc.perform(get("/api/analysis/rankings/subjects")
                        .param("measure", "harm")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].subjectId").value(contains("H3", "H1", "H2", "H4")))
                .andExpect(jsonPath("$.items[0].score").value(closeTo(HandBuiltForce.H3, 1e-9)))
                .andExpect(jsonPath("$.items[0].name").value("Hugo Three"))
                .andExpect(jsonPath("$.items[0].rank").value(1))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.method").value(containsString("offence weight")));
        assertThat(logged("analysis.ranking")).contains("Subject:H3", "Subject:H1", "Subject:H2", "Subject:H4");
    }

    @Test
    void subjects_ranked_by_a_centrality_with_paging() throws Exception {
        // Degrees: H2 3, H4 3, H1 2, H3 2, H5 1; V1 (victim only) and W1 (witness only) are never ranked.
        mvc.perform(get("/api/analysis/rankings/subjects")
                        .param("measure", "degree")
                        .param("size", "2")
                        .with(as(Role.DETECTIVE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].subjectId").value(contains("H2", "H4")))
                .andExpect(jsonPath("$.items[0].score").value(3.0))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.subjects").value(7))
                .andExpect(jsonPath("$.links").value(6));
        mvc.perform(get("/api/analysis/rankings/subjects")
                        .param("measure", "degree")
                        .param("size", "2")
                        .param("page", "2")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[*].subjectId").value(contains("H5")))
                .andExpect(jsonPath("$.items[0].rank").value(5));
        for (String measure : List.of("betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "kcore")) {
            mvc.perform(get("/api/analysis/rankings/subjects")
                            .param("measure", measure)
                            .with(as(Role.SUPERVISOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].subjectId").value(not(containsInAnyOrder("V1"))))
                    .andExpect(jsonPath("$.errorBound").value(nullValue()));
        }
        // Betweenness: H2 and H4 broker every path through the middle; exact on a small graph.
        mvc.perform(get("/api/analysis/rankings/subjects")
                        .param("measure", "betweenness")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.method").value(containsString("exact")));
    }

    @Test
    void above_the_exact_limit_betweenness_is_sampled_and_states_its_error_bound() {
        var filter = uk.nexus.projection.ProjectionFilter.associations();
        var exact = analysis.scores(Measure.BETWEENNESS, filter);
        var sampledService = new AnalysisService(projections, harm, queries, accessLog, clock, 3, 0.05);
        var sampled = sampledService.scores(Measure.BETWEENNESS, filter);
        assertThat(exact.errorBound()).isNull();
        assertThat(sampled.method()).contains("sampled");
        // ε on the fraction-of-pairs scale, n/(n-2) on networkx's normalised scale (7 subjects).
        assertThat(sampled.errorBound()).isCloseTo(0.05 * 7 / 5.0, org.assertj.core.api.Assertions.within(1e-12));
        exact.scores()
                .forEach((id, b) -> assertThat(sampled.scores().get(id))
                        .as(id)
                        .isCloseTo(b, org.assertj.core.api.Assertions.within(sampled.errorBound())));
    }

    @Test
    void network_harm_ranking_and_explanation() throws Exception {
        double h5 = 0.5 * HandBuiltForce.H4 + 0.25 * HandBuiltForce.H3 + 0.25 * HandBuiltForce.H2;
        mvc.perform(get("/api/analysis/subjects/H5/network-harm").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.networkHarm").value(closeTo(h5, 1e-9)))
                .andExpect(
                        jsonPath("$.contributions[?(@.subjectId == 'H3')].via").value(contains("H4")))
                .andExpect(
                        jsonPath("$.contributions[?(@.subjectId == 'H3')].hops").value(contains(2)));
        mvc.perform(get("/api/analysis/rankings/subjects")
                        .param("measure", "network-harm")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[?(@.subjectId == 'H5')].score").value(contains(closeTo(h5, 1e-9))));
    }

    @Test
    void harm_explanation_lists_each_contribution() throws Exception {
        mvc.perform(get("/api/analysis/subjects/H2/harm").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.harm").value(closeTo(HandBuiltForce.H2, 1e-9)))
                .andExpect(jsonPath("$.contributions[*].recordId").value(containsInAnyOrder("I1", "I3")))
                .andExpect(
                        jsonPath("$.contributions[?(@.recordId == 'I3')].grade").value(contains("2B")))
                .andExpect(jsonPath("$.halfLifeYears").value(2.0));
        assertThat(logged("harm.explain")).contains("Subject:H2");
        mvc.perform(get("/api/analysis/subjects/NOPE/harm").with(as(Role.ANALYST)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void groups_ranked_by_priority_with_bands_and_factors() throws Exception {
        mvc.perform(get("/api/analysis/rankings/groups").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].groupId").value(contains("G2", "G1")))
                .andExpect(jsonPath("$.items[*].band").value(contains("1A", "2A")))
                .andExpect(jsonPath("$.items[0].factors[*].name")
                        .value(contains("HARM", "CAPABILITY", "COHESION", "REACH")));
        mvc.perform(get("/api/analysis/rankings/groups").param("type", "GANG").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[*].groupId").value(contains("G1")));
        mvc.perform(get("/api/analysis/rankings/groups").param("type", "CLUB").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void k_shortest_paths_between_two_subjects_with_the_records_behind_each_tie() throws Exception {
        mvc.perform(get("/api/analysis/paths")
                        .param("source", "H1")
                        .param("target", "H4")
                        .param("k", "3")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasSize(2)))
                .andExpect(jsonPath("$.paths[0].subjects").value(contains("H1", "H2", "H4")))
                .andExpect(jsonPath("$.paths[0].length").value(closeTo(0.5 + 1.0, 1e-12)))
                .andExpect(jsonPath("$.paths[1].subjects").value(contains("H1", "H2", "H3", "H4")))
                .andExpect(jsonPath("$.paths[1].length").value(closeTo(0.5 + 1.0 + 1.0, 1e-12)))
                .andExpect(jsonPath("$.paths[1].ties[1].evidence[0].grade").value("3C"))
                .andExpect(jsonPath("$.paths[0].ties[0].evidence[0].source").value("A-2"));
        assertThat(logged("analysis.paths")).contains("Subject:H1", "Subject:H2", "Subject:H3", "Subject:H4");
        // At least 2B: the 3C tie goes, and so does the longer path.
        mvc.perform(get("/api/analysis/paths")
                        .param("source", "H1")
                        .param("target", "H4")
                        .param("k", "3")
                        .param("minGrade", "2B")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.paths", hasSize(1)));
        mvc.perform(get("/api/analysis/paths")
                        .param("source", "H1")
                        .param("target", "W1")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasSize(0)));
        mvc.perform(get("/api/analysis/paths")
                        .param("source", "H1")
                        .param("target", "H6")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("past its review date")));
    }

    @Test
    void ego_network_of_a_subject_and_co_offending() throws Exception {
        mvc.perform(get("/api/analysis/subjects/H1/ego").param("radius", "1").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].subjectId").value(contains("H1", "H2", "V1")))
                .andExpect(jsonPath("$.members[0].hops").value(0))
                .andExpect(jsonPath("$.ties", hasSize(2)));
        mvc.perform(get("/api/analysis/subjects/H1/ego")
                        .param("radius", "1")
                        .param("types", "INVOLVED_IN")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.members[*].subjectId").value(contains("H1", "H2")))
                .andExpect(jsonPath("$.ties[0].evidence[*].via").value(everyItem(org.hamcrest.Matchers.is("I1"))));
        mvc.perform(get("/api/analysis/subjects/H1/ego").param("radius", "9").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/analysis/subjects/H1/ego")
                        .param("types", "MEMBER_OF")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void communities_with_modularity() throws Exception {
        String json = mvc.perform(get("/api/analysis/communities").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value(containsString("Louvain")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number modularity = com.jayway.jsonpath.JsonPath.read(json, "$.modularity");
        Number total = com.jayway.jsonpath.JsonPath.read(json, "$.total");
        assertThat(modularity.doubleValue()).isGreaterThan(0.0);
        // The chain V1-H1-H2-H3-H4-H5 splits in two at least, and W1 is alone.
        assertThat(total.intValue()).isGreaterThanOrEqualTo(3);
        List<Integer> sizes = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].size");
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
    }

    @Test
    void disruption_finds_the_key_player_and_reports_fragmentation_before_and_after() throws Exception {
        // Components 6 + 1 of 7: F = 1 - 30/42. Without H2: {V1,H1}, {H3,H4,H5}, {W1} of 6: F = 1 - 8/30.
        mvc.perform(get("/api/analysis/disruption").param("k", "1").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.players[*].subjectId").value(contains("H2")))
                .andExpect(jsonPath("$.fragmentationBefore").value(closeTo(1 - 30.0 / 42, 1e-12)))
                .andExpect(jsonPath("$.fragmentationAfter").value(closeTo(1 - 8.0 / 30, 1e-12)))
                .andExpect(jsonPath("$.componentsBefore").value(2))
                .andExpect(jsonPath("$.componentsAfter").value(3))
                .andExpect(jsonPath("$.largestAfter").value(3));
        mvc.perform(get("/api/analysis/disruption").param("k", "0").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_referral_desk_and_auditors_get_no_analysis() throws Exception {
        mvc.perform(get("/api/analysis/rankings/subjects").with(as(Role.REFERRALS)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/analysis/subjects/H1/harm").with(as(Role.AUDITOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/analysis/rankings/subjects")
                        .param("measure", "shoe-size")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("pagerank")));
        mvc.perform(get("/api/analysis/rankings/subjects").with(withoutPurpose(Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    private List<String> logged(String action) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (e:AuditEntry {action: $action}) WITH e ORDER BY e.seq DESC LIMIT 1 RETURN e.records AS r",
                            Map.of("action", action))
                    .single()
                    .get("r")
                    .asList(v -> v.asString());
        }
    }
}
