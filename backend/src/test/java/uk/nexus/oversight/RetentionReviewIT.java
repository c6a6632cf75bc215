package uk.nexus.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessEntry;
import uk.nexus.audit.AuditFilter;
import uk.nexus.audit.Operation;
import uk.nexus.audit.internal.AuditChain;
import uk.nexus.security.Role;

class RetentionReviewIT extends GraphIT {

    @Autowired
    HarmFigures harm;

    @Autowired
    AuditChain chain;

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
    }

    private AccessEntry lastEntry() {
        return chain.search(AuditFilter.all(), 0, 1).getFirst();
    }

    private String queue() throws Exception {
        return mvc.perform(get("/api/review/queue").param("size", "100").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_past_review_item_is_flagged_wherever_it_appears() throws Exception {
        run("MATCH (s:Subject {id: 'T2'}) SET s.reviewDate = date() - duration('P1D')");
        run("MATCH (i:Incident {id: 'I1'}) SET i.reviewDate = date() - duration('P1D')");
        run("MATCH (g:Group {id: 'G1'}) SET g.reviewDate = date() - duration('P1D')");
        run("MATCH (n:IntelReport {id: 'N1'}) SET n.reviewDate = date() - duration('P1D')");

        mvc.perform(get("/api/subjects").param("q", "Varga").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[0].pastReview").value(true));
        mvc.perform(get("/api/subjects").param("q", "Okonkwo").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[0].pastReview").value(false));
        mvc.perform(get("/api/subjects/T1").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.identity.pastReview").value(false))
                .andExpect(jsonPath("$.associates[?(@.subjectId == 'T2')].pastReview")
                        .value(true))
                .andExpect(jsonPath("$.incidents[?(@.incidentId == 'I1')].pastReview")
                        .value(true))
                .andExpect(jsonPath("$.incidents[?(@.incidentId == 'I2')].pastReview")
                        .value(false))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].pastReview").value(true))
                .andExpect(jsonPath("$.intelligence[?(@.intelId == 'N1')].pastReview")
                        .value(true));
        mvc.perform(get("/api/subjects/T1/network").param("hops", "1").with(as(Role.ANALYST)))
                .andExpect(
                        jsonPath("$.nodes[?(@.key == 'Subject:T2')].pastReview").value(true))
                .andExpect(jsonPath("$.nodes[?(@.key == 'Incident:I1')].pastReview")
                        .value(true))
                .andExpect(jsonPath("$.nodes[?(@.key == 'Gang:G1')].pastReview").value(true))
                .andExpect(
                        jsonPath("$.nodes[?(@.key == 'Subject:T1')].pastReview").value(false));
        mvc.perform(get("/api/groups").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$[?(@.id == 'G1')].pastReview").value(true));
        mvc.perform(get("/api/groups/G1").with(as(Role.ANALYST)))
                .andExpect(
                        jsonPath("$.members[?(@.subjectId == 'T2')].pastReview").value(true));

        String queue = queue();
        assertThat(queue).contains("\"id\":\"T2\"").contains("\"id\":\"I1\"").contains("\"id\":\"G1\"");
        assertThat(queue).contains("PAST_REVIEW");
    }

    @Test
    void a_past_review_item_leaves_scoring() {
        assertThat(harm.harmful()).contains("T1", "T2", "T4");
        // T4's only offending is incident I3 (its UK conviction concludes I3): once I3 is past review, T4 scores
        // nothing.
        run("MATCH (i:Incident {id: 'I3'}) SET i.reviewDate = date() - duration('P1D')");
        assertThat(harm.harmful()).doesNotContain("T4").contains("T1");
        // A subject past review scores nothing at all.
        run("MATCH (s:Subject {id: 'T2'}) SET s.reviewDate = date() - duration('P1D')");
        assertThat(harm.harmful()).doesNotContain("T2");
        assertThat(harm.top(10)).doesNotContain("T2", "T4");
    }

    @Test
    void victims_witnesses_and_people_without_offending_have_zero_harm_are_never_ranked_and_are_reviewed()
            throws Exception {
        assertThat(harm.scores()).doesNotContainKeys("T3", "T5", "T6");
        // T4's conviction (class A supply, 1642 days x 1.0) outweighs T1's charge and graded intelligence
        // after recency decay; T2 was only arrested.
        assertThat(harm.top(100)).containsExactly("T4", "T1", "T2");
        String queue = queue();
        assertThat(queue)
                .contains("\"id\":\"T3\"")
                .contains("\"id\":\"T5\"")
                .contains("\"id\":\"T6\"")
                .contains("ZERO_HARM");
        assertThat(queue)
                .as("offenders and the subject of an active referral are not")
                .doesNotContain("\"id\":\"T1\"");
    }

    @Test
    void nationality_ethnicity_and_immigration_status_never_change_harm() {
        Map<String, Double> before = harm.scores();
        run(
                "MATCH (s:Subject) SET s.nationalities = ['GBR'], s.ethnicity = 'W1', s.immigrationStatus = 'BRITISH_CITIZEN'");
        assertThat(harm.scores()).isEqualTo(before);
        run(
                "MATCH (s:Subject) SET s.nationalities = ['NGA', 'JAM'], s.ethnicity = 'B2', s.immigrationStatus = 'OVERSTAYER'");
        assertThat(harm.scores()).isEqualTo(before);
        run("MATCH (s:Subject) REMOVE s.nationalities, s.ethnicity, s.immigrationStatus");
        assertThat(harm.scores()).isEqualTo(before);
    }

    @Test
    void only_supervisors_review() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/api/review/queue").with(as(role)))
                    .andExpect(role == Role.SUPERVISOR ? status().isOk() : status().isForbidden());
        }
        mvc.perform(post("/api/review/Subject/T3/retain")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Witness in a live case\",\"reviewDate\":\"2099-01-01\"}")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isForbidden());
    }

    @Test
    void retaining_records_the_reason_sets_a_future_review_date_and_takes_the_record_out_of_the_queue()
            throws Exception {
        LocalDate next = LocalDate.now(ZoneOffset.UTC).plusYears(2);
        mvc.perform(post("/api/review/Subject/T3/retain")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Victim in live case CRIS-1002\",\"reviewDate\":\"" + next + "\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousReviewDate").value("2029-01-01"))
                .andExpect(jsonPath("$.reviewDate").value(next.toString()));
        assertThat(
                        count(
                                "MATCH (s:Subject {id: 'T3', reviewDecision: 'RETAIN', reviewedBy: 'supervisor'}) RETURN count(s)"))
                .isEqualTo(1);
        AccessEntry logged = lastEntry();
        assertThat(logged.operation()).isEqualTo(Operation.ALTERATION);
        assertThat(logged.action()).isEqualTo("review.retain");
        assertThat(logged.records()).containsExactly("Subject:T3");
        assertThat(logged.justification()).isEqualTo("Victim in live case CRIS-1002");
        assertThat(logged.detail()).isEqualTo("review date 2029-01-01 -> " + next);
        assertThat(queue()).doesNotContain("\"id\":\"T3\"").contains("\"id\":\"T6\"");

        mvc.perform(post("/api/review/Subject/T6/retain")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Still needed\",\"reviewDate\":\"2000-01-01\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewDate"));
        mvc.perform(post("/api/review/Subject/T6/retain")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"ok\",\"reviewDate\":\"" + next + "\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/review/Subject/NOBODY/retain")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Still needed\",\"reviewDate\":\"" + next + "\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/review/Person/T6/retain")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Still needed\",\"reviewDate\":\"" + next + "\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void deleting_really_deletes_logs_metadata_only_and_names_who_received_copies() throws Exception {
        mvc.perform(get("/api/subjects/T1/network/export")
                        .param("format", "CSV")
                        .param("recipient", "CPS")
                        .param("hops", "2")
                        .with(as(Role.DETECTIVE)))
                .andExpect(status().isOk());

        mvc.perform(post("/api/review/Subject/T3/delete")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Victim only; no policing purpose remains\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed.links").value(1))
                .andExpect(jsonPath("$.disclosures[0].recipient").value("CPS"))
                .andExpect(jsonPath("$.disclosures[0].reference").value(org.hamcrest.Matchers.startsWith("D-")));

        assertThat(count("MATCH (s:Subject {id: 'T3'}) RETURN count(s)")).isZero();
        assertThat(count("MATCH (n) WHERE any(k IN keys(n) WHERE (n[k] IS :: STRING AND n[k] CONTAINS 'Achterberg')"
                        + " OR (n[k] IS :: LIST<STRING NOT NULL> AND any(x IN n[k] WHERE x CONTAINS 'Achterberg')))"
                        + " RETURN count(n)"))
                .as("nothing of the deleted person is left anywhere, the access log included")
                .isZero();
        AccessEntry erasure = lastEntry();
        assertThat(erasure.operation()).isEqualTo(Operation.ERASURE);
        assertThat(erasure.records()).containsExactly("Subject:T3");
        assertThat(erasure.justification()).isEqualTo("Victim only; no policing purpose remains");
        assertThat(erasure.detail())
                .contains("earlier disclosed in [D-")
                .contains("to CPS")
                .doesNotContain("Mirela");
        assertThat(chain.verify(null, null).intact()).isTrue();

        mvc.perform(post("/api/review/Subject/T1/delete")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Testing the refusal\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("active referral")));
        assertThat(count("MATCH (s:Subject {id: 'T1'}) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void deleting_a_subject_takes_what_only_it_owns_and_deleting_a_report_takes_the_links_drawn_from_it()
            throws Exception {
        mvc.perform(post("/api/review/Subject/T4/delete")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Past review, no further purpose\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed.Conviction").value(1))
                .andExpect(
                        jsonPath("$.removed['orphaned objects and locations']").value(1));
        assertThat(count("MATCH (n:Conviction {id: 'C1'}) RETURN count(n)")).isZero();
        assertThat(count("MATCH (n:Vehicle {id: 'V1'}) RETURN count(n)"))
                .as("used only by T4")
                .isZero();
        assertThat(count("MATCH (n:Location {id: 'L2'}) RETURN count(n)"))
                .as("still the scene of incident I3")
                .isEqualTo(1);
        assertThat(count("MATCH (n:Incident {id: 'I3'}) RETURN count(n)")).isEqualTo(1);

        mvc.perform(post("/api/review/IntelReport/N1/delete")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Intelligence past review and not corroborated\"}")
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk());
        assertThat(count("MATCH (n:IntelReport {id: 'N1'}) RETURN count(n)")).isZero();
        assertThat(count("MATCH (:Subject {id: 'T1'})-[r:ASSOCIATE_OF {intelId: 'N1'}]-() RETURN count(r)"))
                .isZero();
        assertThat(count("MATCH (:Subject {id: 'T1'})-[r:ASSOCIATE_OF]-() RETURN count(r)"))
                .isEqualTo(1);
        List<AccessEntry> erasures = chain.search(new AuditFilter(null, null, null, null, Operation.ERASURE), 0, 10);
        assertThat(erasures).hasSize(2);
    }
}
