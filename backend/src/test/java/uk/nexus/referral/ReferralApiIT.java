package uk.nexus.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nexus.GraphIT;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.security.Role;
import uk.nexus.security.internal.UserAccount;
import uk.nexus.security.internal.UserAccountRepository;

class ReferralApiIT extends GraphIT {

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    GraphVersion graphVersion;

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
        if (!users.existsById("supervisor2")) {
            users.save(new UserAccount(
                    "supervisor2",
                    "Second supervisor",
                    passwords.encode("pw-supervisor2"),
                    Set.of(Role.SUPERVISOR),
                    true,
                    Instant.now()));
        }
    }

    static RequestPostProcessor secondSupervisor() {
        return SecurityMockMvcRequestPostProcessors.httpBasic("supervisor2", "pw-supervisor2");
    }

    @Test
    void a_british_subject_cannot_be_referred_and_missing_nationality_is_flagged_not_assumed() throws Exception {
        mvc.perform(get("/api/subjects/T3/referral-eligibility").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.refusal").value(org.hamcrest.Matchers.containsString("British")));
        mvc.perform(get("/api/subjects/T5/referral-eligibility").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.eligible").value(false));
        mvc.perform(get("/api/subjects/T4/referral-eligibility").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.flags")
                        .value(containsInAnyOrder("NATIONALITY_NOT_RECORDED", "IMMIGRATION_STATUS_NOT_RECORDED")));
        mvc.perform(get("/api/subjects/T1/referral-eligibility").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.flags").value(contains("ACTIVE_REFERRAL_EXISTS")));

        long before = count("MATCH (r:Referral) RETURN count(r)");
        draft("T3", "INCIDENT:I2", Role.ANALYST)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/not-eligible"));
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(before);
    }

    @Test
    void a_referral_goes_through_its_whole_life_with_every_step_recorded() throws Exception {
        String id = created(draft("T2", "INCIDENT:I1\", \"INTELLIGENCE:N1", Role.ANALYST));
        mvc.perform(get("/api/referrals/" + id).with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.summary.state").value("DRAFT"))
                .andExpect(jsonPath("$.evidence", hasSize(2)))
                .andExpect(jsonPath("$.evidence[?(@.ref == 'N1')].grade").value("2B"));

        act(id, "SUBMIT", null, Role.ANALYST)
                .andExpect(jsonPath("$.summary.state").value("SUBMITTED"));
        act(id, "APPROVE", null, Role.SUPERVISOR)
                .andExpect(jsonPath("$.summary.state").value("APPROVED"));
        act(id, "ACCEPT", null, Role.REFERRALS)
                .andExpect(jsonPath("$.summary.state").value("ACCEPTED"));
        transition(id, "{\"action\": \"RECORD_OUTCOME\", \"outcome\": \"LIVE_INVESTIGATION\"}", as(Role.REFERRALS))
                .andExpect(status().isOk());
        transition(id, "{\"action\": \"RECORD_OUTCOME\", \"outcome\": \"DEPORTED\"}", as(Role.REFERRALS))
                .andExpect(jsonPath("$.summary.outcome").value("DEPORTED"))
                .andExpect(jsonPath("$.approvedBy").value("supervisor"))
                .andExpect(jsonPath("$.events[*].action")
                        .value(contains("CREATE", "SUBMIT", "APPROVE", "ACCEPT", "RECORD_OUTCOME", "RECORD_OUTCOME")))
                .andExpect(jsonPath("$.events[*].by")
                        .value(contains("analyst", "analyst", "supervisor", "referrals", "referrals", "referrals")));

        mvc.perform(get("/api/referrals/tracker").param("outcome", "DEPORTED").with(as(Role.REFERRALS)))
                .andExpect(jsonPath("$.items[*].id").value(contains(id)));
        assertThat(count("MATCH (:Referral {id: '" + id + "'})-[r]->() WHERE r.source IS NULL OR r.recordedAt IS NULL"
                        + " RETURN count(r)"))
                .as("referral links without provenance")
                .isZero();
    }

    @Test
    void a_referral_keeps_the_harm_it_was_made_on_while_the_tracker_shows_harm_today() throws Exception {
        String id = created(draft("T2", "INCIDENT:I1", Role.ANALYST));
        String details = mvc.perform(get("/api/referrals/" + id).with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.harmWhenReferred.subjectId").value("T2"))
                .andExpect(
                        jsonPath("$.harmWhenReferred.contributions[*].recordId").value(contains("I1")))
                .andExpect(
                        jsonPath("$.harmWhenReferred.contributions[0].outcome").value("ARRESTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        double whenReferred = ((Number) JsonPath.read(details, "$.harmWhenReferred.harm")).doubleValue();
        assertThat(whenReferred).isPositive();
        act(id, "SUBMIT", null, Role.ANALYST).andExpect(status().isOk());
        act(id, "APPROVE", null, Role.SUPERVISOR).andExpect(status().isOk());
        act(id, "ACCEPT", null, Role.REFERRALS).andExpect(status().isOk());
        assertThat(trackerHarm(id)).isCloseTo(whenReferred, org.assertj.core.data.Offset.offset(1e-6));

        // An overseas conviction comes back from ACRO: harm today rises, the referral's figure stays.
        run("""
                MATCH (s:Subject {id: 'T2'}), (o:Offence {code: 'ROBBERY_PERSONAL'})
                CREATE (s)-[:HAS_CONVICTION {source: 'ACRO-TEST', recordedAt: datetime(), basis: 'FACT'}]->
                       (c:Conviction {id: 'C-TEST', convictedOn: date() - duration('P30D'), country: 'POL',
                                      source: 'ACRO-TEST'})-[:FOR_OFFENCE]->(o)
                """);
        graphVersion.bump("test");
        assertThat(trackerHarm(id)).isGreaterThan(whenReferred);
        mvc.perform(get("/api/referrals/" + id).with(as(Role.REFERRALS)))
                .andExpect(jsonPath("$.harmWhenReferred.harm").value(whenReferred))
                .andExpect(jsonPath("$.harmWhenReferred.contributions", hasSize(1)));
    }

    private double trackerHarm(String id) throws Exception {
        String tracker = mvc.perform(get("/api/referrals/tracker").with(as(Role.REFERRALS)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> harm = JsonPath.read(tracker, "$.items[?(@.id == '" + id + "')].latestHarm");
        assertThat(harm).hasSize(1);
        return harm.getFirst().doubleValue();
    }

    @Test
    void four_eyes_the_author_cannot_approve_their_own_referral() throws Exception {
        String id = created(draft("T2", "INCIDENT:I1", Role.SUPERVISOR));
        act(id, "SUBMIT", null, Role.SUPERVISOR).andExpect(status().isOk());

        act(id, "APPROVE", null, Role.SUPERVISOR)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/four-eyes"));
        mvc.perform(get("/api/referrals/" + id).with(as(Role.SUPERVISOR)))
                .andExpect(jsonPath("$.summary.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.events", hasSize(2)));

        transition(id, "{\"action\": \"APPROVE\"}", secondSupervisor())
                .andExpect(jsonPath("$.summary.state").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("supervisor2"));
    }

    @Test
    void illegal_transitions_are_409_and_change_nothing() throws Exception {
        String id = created(draft("T2", "INCIDENT:I1", Role.ANALYST));

        act(id, "ACCEPT", null, Role.REFERRALS)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/illegal-transition"))
                .andExpect(jsonPath("$.detail")
                        .value("A referral that is DRAFT cannot be accepted; only an APPROVED referral can."));
        transition(id, "{\"action\": \"RECORD_OUTCOME\", \"outcome\": \"DEPORTED\"}", as(Role.REFERRALS))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/referrals/" + id).with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.summary.state").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.events", hasSize(1)));
    }

    @Test
    void roles_decide_who_approves_and_who_records_outcomes() throws Exception {
        String id = created(draft("T2", "INCIDENT:I1", Role.ANALYST));
        act(id, "SUBMIT", null, Role.ANALYST);
        act(id, "APPROVE", null, Role.ANALYST).andExpect(status().isForbidden());
        act(id, "APPROVE", null, Role.REFERRALS).andExpect(status().isForbidden());
        act(id, "APPROVE", null, Role.SUPERVISOR).andExpect(status().isOk());
        act(id, "ACCEPT", null, Role.SUPERVISOR).andExpect(status().isForbidden());
        mvc.perform(get("/api/referrals/" + id).with(as(Role.AUDITOR))).andExpect(status().isForbidden());
    }

    @Test
    void a_stale_version_is_refused_so_two_people_cannot_both_act() throws Exception {
        String id = created(draft("T2", "INCIDENT:I1", Role.ANALYST));
        transition(id, "{\"action\": \"SUBMIT\", \"version\": 1}", as(Role.ANALYST))
                .andExpect(status().isOk());
        transition(
                        id,
                        "{\"action\": \"RETURN\", \"reason\": \"needs the custody record\", \"version\": 1}",
                        as(Role.SUPERVISOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/concurrent-change"));
        transition(
                        id,
                        "{\"action\": \"RETURN\", \"reason\": \"needs the custody record\", \"version\": 2}",
                        as(Role.SUPERVISOR))
                .andExpect(jsonPath("$.summary.state").value("DRAFT"));
    }

    @Test
    void reasons_outcomes_and_barriers_are_required_where_the_step_needs_them() throws Exception {
        String id = created(draft("T2", "INCIDENT:I1", Role.ANALYST));
        act(id, "SUBMIT", null, Role.ANALYST);
        transition(id, "{\"action\": \"RETURN\"}", as(Role.SUPERVISOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        act(id, "APPROVE", null, Role.SUPERVISOR);
        act(id, "ACCEPT", null, Role.REFERRALS);
        transition(id, "{\"action\": \"RECORD_OUTCOME\", \"outcome\": \"UNACTIONABLE\"}", as(Role.REFERRALS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("barrier"));
        transition(
                        id,
                        "{\"action\": \"RECORD_OUTCOME\", \"outcome\": \"UNACTIONABLE\", \"barrier\": \"No travel document from the country of origin\"}",
                        as(Role.REFERRALS))
                .andExpect(jsonPath("$.barrier").value("No travel document from the country of origin"));
        transition(id, "{\"action\": \"FLY\"}", as(Role.REFERRALS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "must be one of [SUBMIT, RETURN, APPROVE, ACCEPT, REJECT, RECORD_OUTCOME], got \"FLY\""));
        transition(id, "{\"action\": ", as(Role.REFERRALS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith("the body is not valid JSON at line 1")));
    }

    @Test
    void evidence_must_be_on_the_subjects_record_and_keeps_its_grade_and_handling_conditions() throws Exception {
        draft("T2", "INCIDENT:I3", Role.ANALYST)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        String id = created(draft("T2", "INTELLIGENCE:N1", Role.DETECTIVE));
        mvc.perform(get("/api/referrals/" + id).with(as(Role.DETECTIVE)))
                .andExpect(jsonPath("$.evidence[?(@.ref == 'N1')].gradeScheme").value("3x5x2"))
                .andExpect(jsonPath("$.evidence[?(@.ref == 'N1')].grade").value("2B"))
                .andExpect(jsonPath("$.evidence[?(@.ref == 'N1')].handling").value("P"))
                .andExpect(jsonPath("$.summary.subjectName").value("VARGA, Benedek Lorin"));
        String t4 = created(draft("T4", "CONVICTION:C1", Role.DETECTIVE));
        mvc.perform(get("/api/referrals/" + t4).with(as(Role.DETECTIVE)))
                .andExpect(jsonPath("$.summary.subjectName").value("QUILLIAM, Tobias"))
                .andExpect(jsonPath("$.eligibilityFlags")
                        .value(containsInAnyOrder("NATIONALITY_NOT_RECORDED", "IMMIGRATION_STATUS_NOT_RECORDED")));
    }

    @Test
    void an_imported_referral_shows_the_history_its_timestamps_record() throws Exception {
        mvc.perform(get("/api/referrals/R1").with(as(Role.REFERRALS)))
                .andExpect(jsonPath("$.events[*].action")
                        .value(contains("CREATE", "SUBMIT", "APPROVE", "ACCEPT", "RECORD_OUTCOME")))
                .andExpect(jsonPath("$.events[0].reason").value("from the imported record"));
    }

    @Test
    void the_inbox_shows_each_role_what_waits_for_it() throws Exception {
        String mine = created(draft("T2", "INCIDENT:I1", Role.ANALYST));
        act(mine, "SUBMIT", null, Role.ANALYST);
        mvc.perform(get("/api/referrals/inbox").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[*].id").value(contains(mine)));
        mvc.perform(get("/api/referrals/inbox").with(as(Role.SUPERVISOR)))
                .andExpect(jsonPath("$.items[*].id").value(contains(mine)));
        mvc.perform(get("/api/referrals/inbox").with(as(Role.REFERRALS)))
                .andExpect(jsonPath("$.total").value(0));
        act(mine, "APPROVE", null, Role.SUPERVISOR);
        mvc.perform(get("/api/referrals/inbox").with(as(Role.REFERRALS)))
                .andExpect(jsonPath("$.items[*].id").value(contains(mine)));
        mvc.perform(get("/api/referrals/inbox").with(as(Role.SUPERVISOR)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void originators_are_reference_data_only_an_admin_edits() throws Exception {
        mvc.perform(get("/api/referral-originators").with(as(Role.ANALYST))).andExpect(jsonPath("$", hasSize(14)));
        String body = "{\"name\": \"Op Hollow Lane\", \"description\": \"Borough gang taskforce\"}";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/referral-originators/OP_HL")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(as(Role.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/referral-originators/OP_HL")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(as(Role.ADMIN)))
                .andExpect(status().isOk());
        run("MATCH (o:ReferralOriginator {id: 'OP_HL'}) DETACH DELETE o");
    }

    @Test
    void evidence_whose_handling_code_immigration_enforcement_is_not_cleared_for_cannot_be_attached() throws Exception {
        mvc.perform(get("/api/subjects/T4/referral-evidence").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$[?(@.ref == 'N2')].withheld")
                        .value(contains(org.hamcrest.Matchers.containsString("not cleared"))));
        long referrals = count("MATCH (r:Referral) RETURN count(r)");

        draft("T4", "INTELLIGENCE:N2", Role.ANALYST)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith(
                                "INTELLIGENCE:N2 cannot be disclosed to immigration enforcement")));
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(referrals);
    }

    @Test
    void reads_and_steps_are_logged_and_approval_is_logged_as_the_disclosure_to_immigration_enforcement()
            throws Exception {
        String id = created(draft("T2", "INCIDENT:I1\", \"INTELLIGENCE:N1", Role.ANALYST));
        act(id, "SUBMIT", null, Role.ANALYST).andExpect(status().isOk());
        mvc.perform(get("/api/referrals/" + id).with(as(Role.SUPERVISOR))).andExpect(status().isOk());
        transition(id, "{\"action\": \"APPROVE\"}", secondSupervisor()).andExpect(status().isOk());

        assertThat(count(
                        "MATCH (e:AuditEntry {action: 'referral.draft', operation: 'ALTERATION', user: 'analyst'})"
                                + " WHERE $ref IN e.records AND 'Subject:T2' IN e.records RETURN count(e)",
                        Map.of("ref", "Referral:" + id)))
                .isOne();
        assertThat(count(
                        "MATCH (e:AuditEntry {action: 'referral.view', operation: 'CONSULTATION', user: 'supervisor'})"
                                + " WHERE e.records[0] = 'Subject:T2' AND 'IntelReport:N1' IN e.records RETURN count(e)",
                        Map.of()))
                .isOne();
        assertThat(count(
                        "MATCH (e:AuditEntry {action: 'referral.disclose', operation: 'DISCLOSURE', recipient: 'HOIE',"
                                + " user: 'supervisor2'}) WHERE e.records[0] = 'Subject:T2' AND e.records[1] = $ref"
                                + " AND size(e.records) = 4 AND 'Incident:I1' IN e.records"
                                + " AND 'IntelReport:N1' IN e.records RETURN count(e)",
                        Map.of("ref", "Referral:" + id)))
                .isOne();
    }

    @Autowired
    ReferralService referrals;

    @Test
    @org.springframework.security.test.context.support.WithMockUser(username = "referrals", roles = "REFERRALS")
    void a_tracker_download_is_logged_as_a_disclosure_of_everyone_on_it() {
        List<ReferralListItem> rows = referrals.download(
                new ReferralFilter(Set.of(ReferralState.ACCEPTED), null, null, null, null, null, null, null, null));

        assertThat(rows).extracting(ReferralListItem::id).containsExactly("R1");
        assertThat(count(
                        "MATCH (e:AuditEntry {action: 'referral.download', operation: 'DISCLOSURE', user: 'referrals',"
                                + " recipient: 'download by referrals'}) WHERE e.records = ['Subject:T1', 'Referral:R1']"
                                + " RETURN count(e)",
                        Map.of()))
                .isOne();
    }

    private ResultActions draft(String subject, String evidence, Role role) throws Exception {
        String body = """
                {"subjectId": "%s", "originatorId": "TP_CUSTODY",
                 "justification": "Foreign national with serious violence; custody record and intelligence attached.",
                 "evidence": ["%s"]}
                """.formatted(subject, evidence);
        return mvc.perform(post("/api/referrals")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(as(role)));
    }

    private static String created(ResultActions result) throws Exception {
        String json =
                result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.summary.id");
    }

    private ResultActions act(String id, String action, String reason, Role role) throws Exception {
        String body = reason == null
                ? "{\"action\": \"%s\"}".formatted(action)
                : "{\"action\": \"%s\", \"reason\": \"%s\"}".formatted(action, reason);
        return transition(id, body, as(role));
    }

    private ResultActions transition(String id, String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/referrals/" + id + "/transitions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(who));
    }
}
