package uk.nexus.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.nexus.GraphIT;
import uk.nexus.alert.AlertService;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.security.Role;

/**
 * Custody intake through the API on the tiny force: identity resolution (MATCH, several candidates, none),
 * checks and overseas convictions into harm, the alerts (high harm, tracker, wanted; none for a low-harm
 * person), deduplication, triage, roles, bad input and the access log.
 */
class CustodyApiIT extends GraphIT {

    /** T1's alias "Dash Reyes" with the alias's date of birth: the exact resolver's MATCH. */
    static final String T1_ALIAS = """
            {"forenames":"Dash","surname":"Reyes","dateOfBirth":"1998-12-04","custodySuite":"Northgate",
             "arrestedAt":"2026-01-10T22:00:00Z","offenceCode":"ROBBERY_PERSONAL","arrestingOfficer":"PC 4711",
             "circumstances":"Street robbery of a phone","checks":["ACRO","EAW"]}
            """;

    @Autowired
    AlertService alerts;

    @Autowired
    AccessLog accessLog;

    @BeforeEach
    void tiny() {
        wipe();
        load("tiny");
    }

    private ResultActions intake(String json, Role role) throws Exception {
        return mvc.perform(post("/api/custody-events")
                .with(as(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String intakeId(String json) throws Exception {
        String body = intake(json, Role.ANALYST)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private ResultActions check(String id, String kind, String json) throws Exception {
        return mvc.perform(post("/api/custody-events/" + id + "/checks/" + kind)
                .with(as(Role.DETECTIVE))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void an_alias_with_its_date_of_birth_resolves_to_the_subject_and_the_tracker_alert_is_raised() throws Exception {
        intake(T1_ALIAS, Role.ANALYST)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.identity").value("MATCHED"))
                .andExpect(jsonPath("$.subjectId").value("T1"))
                .andExpect(jsonPath("$.candidates[0].band").value("MATCH"))
                .andExpect(jsonPath("$.harm.subjectId").value("T1"))
                .andExpect(jsonPath("$.trackerReferral").value("R1"))
                .andExpect(jsonPath("$.checks", hasSize(2)))
                .andExpect(jsonPath("$.checks[0].result").value("PENDING"))
                .andExpect(jsonPath("$.alerts[*].kind", hasItem("TRACKED_IN_CUSTODY")));
        assertThat(count("""
                MATCH (:Subject {id: 'T1'})-[r:INVOLVED_IN {category: 'SUSPECT', outcome: 'ARRESTED'}]->(i:Incident {type: 'CUSTODY'})
                WHERE r.source = i.id AND r.recordedAt IS NOT NULL
                RETURN count(r)
                """)).isEqualTo(1);
        assertThat(count("MATCH (:Check)-[:CONCERNS]->(:Subject {id: 'T1'}) RETURN count(*)"))
                .as("the requested checks concern the subject, beside K1")
                .isEqualTo(3);
        assertThat(count("MATCH (e:AuditEntry {action: 'custody.intake', operation: 'COLLECTION'}) RETURN count(e)"))
                .isEqualTo(1);
    }

    @Test
    void several_candidates_wait_for_a_decision_and_a_confirmed_subject_is_linked() throws Exception {
        // T2's name and date of birth (a MATCH) with T1's PNC id (shown as POSSIBLE): the details point at two
        // people, so nobody is chosen automatically.
        String id = intakeId("""
                {"forenames":"Benedek Lorin","surname":"Varga","dateOfBirth":"2001-11-30","pncId":"2016/0012345A",
                 "custodySuite":"Northgate","arrestedAt":"2026-01-10T22:00:00Z","offenceCode":"THEFT",
                 "arrestingOfficer":"PC 4711"}
                """);
        mvc.perform(get("/api/custody-events/" + id).with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity").value("UNRESOLVED"))
                .andExpect(jsonPath("$.subjectId").doesNotExist())
                .andExpect(jsonPath("$.candidates", hasSize(2)));
        mvc.perform(post("/api/custody-events/" + id + "/identity")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\":\"T2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity").value("CONFIRMED"))
                .andExpect(jsonPath("$.subjectId").value("T2"));
        mvc.perform(post("/api/custody-events/" + id + "/identity")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\":\"T1\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").exists());
    }

    @Test
    void nobody_known_becomes_a_new_subject_with_the_custody_event_as_its_source() throws Exception {
        String id = intakeId("""
                {"forenames":"Ottilie","surname":"Braithwaite-Nakamura","dateOfBirth":"1999-05-05",
                 "custodySuite":"Riverside","arrestedAt":"2026-01-10T22:00:00Z","offenceCode":"THEFT",
                 "arrestingOfficer":"PC 99"}
                """);
        String body = mvc.perform(post("/api/custody-events/" + id + "/identity")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPerson\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity").value("NEW_SUBJECT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String subject = JsonPath.read(body, "$.subjectId");
        assertThat(count(
                        "MATCH (s:Subject {id: $id, surname: 'Braithwaite-Nakamura', source: $event}) RETURN count(s)",
                        Map.of("id", subject, "event", id)))
                .isEqualTo(1);
    }

    @Test
    void an_overseas_conviction_from_acro_raises_harm_explains_it_and_raises_the_high_harm_alert() throws Exception {
        String id = intakeId(T1_ALIAS);
        double before = JsonPath.<Double>read(
                mvc.perform(get("/api/custody-events/" + id).with(as(Role.ANALYST)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.harm.harm");
        assertThat(before).isLessThan(alerts.settings().highHarmThreshold());
        String after = check(id, "ACRO", """
                        {"result":"TRACE","summary":"One conviction in Poland",
                         "convictions":[{"country":"POL","offenceCode":"WOUNDING_WITH_INTENT","convictedOn":"2025-06-01",
                                         "sentence":"6 years"}]}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[?(@.kind == 'ACRO')].result").value(hasItem("TRACE")))
                .andExpect(jsonPath("$.harm.contributions[?(@.overseas == true && @.country == 'POL')].offenceCode")
                        .value(hasItem("WOUNDING_WITH_INTENT")))
                .andExpect(jsonPath("$.highHarm.high").value(true))
                .andExpect(jsonPath("$.alerts[*].kind", hasItem("HIGH_HARM_IN_CUSTODY")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Double>read(after, "$.harm.harm")).isGreaterThan(before + 1000);
        assertThat(count(
                        "MATCH (:Subject {id: 'T1'})-[:HAS_CONVICTION]->(c:Conviction {overseas: true, country: 'POL'})"
                                + " WHERE c.source = $check RETURN count(c)",
                        Map.of("check", id + "-ACRO")))
                .isEqualTo(1);
        // The same result entered again adds no second conviction and no second alert.
        check(id, "ACRO", """
                        {"result":"TRACE","summary":"One conviction in Poland",
                         "convictions":[{"country":"POL","offenceCode":"WOUNDING_WITH_INTENT","convictedOn":"2025-06-01"}]}
                        """).andExpect(status().isOk());
        assertThat(
                        count(
                                "MATCH (:Subject {id: 'T1'})-[:HAS_CONVICTION]->(c:Conviction {country: 'POL'}) RETURN count(c)"))
                .isEqualTo(1);
        assertThat(count("MATCH (a:Alert {kind: 'HIGH_HARM_IN_CUSTODY'}) RETURN count(a)"))
                .isEqualTo(1);
    }

    @Test
    void a_wanted_result_raises_the_wanted_alert_once() throws Exception {
        String id = intakeId("""
                {"forenames":"Benedek Lorin","surname":"Varga","dateOfBirth":"2001-11-30","custodySuite":"Northgate",
                 "arrestedAt":"2026-01-10T22:00:00Z","offenceCode":"THEFT","arrestingOfficer":"PC 4711","checks":["EAW"]}
                """);
        check(id, "EAW", "{\"result\":\"TRACE\",\"summary\":\"Warrant issued in Hungary\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[*].kind", hasItem("WANTED")));
        check(id, "EAW", "{\"result\":\"TRACE\",\"summary\":\"Warrant issued in Hungary\"}")
                .andExpect(status().isOk());
        assertThat(count("MATCH (a:Alert {kind: 'WANTED'})-[:ABOUT]->(:Subject {id: 'T2'}) RETURN count(a)"))
                .isEqualTo(1);
    }

    @Test
    void a_low_harm_person_raises_no_alert() throws Exception {
        intake("""
                        {"forenames":"Perpetua","surname":"Halloran","dateOfBirth":"1988-12-25","custodySuite":"Riverside",
                         "arrestedAt":"2026-01-10T22:00:00Z","offenceCode":"THEFT","arrestingOfficer":"PC 12"}
                        """, Role.ANALYST)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subjectId").value("T6"))
                .andExpect(jsonPath("$.highHarm.high").value(false))
                .andExpect(jsonPath("$.alerts", hasSize(0)));
        assertThat(count("MATCH (a:Alert)-[:ABOUT]->(:Subject {id: 'T6'}) RETURN count(a)"))
                .isZero();
    }

    @Test
    void alerts_are_listed_logged_and_triaged_once_with_a_reason() throws Exception {
        intake(T1_ALIAS, Role.ANALYST).andExpect(status().isCreated());
        String list = mvc.perform(get("/api/alerts?state=NEW&subject=T1").with(as(Role.DETECTIVE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind", hasItem("TRACKED_IN_CUSTODY")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(count(
                        "MATCH (e:AuditEntry {action: 'alert.list', user: 'detective'}) WHERE 'Subject:T1' IN e.records"
                                + " RETURN count(e)"))
                .isEqualTo(1);
        List<String> ids = JsonPath.read(
                list,
                "$.items[?(@.kind == 'TRACKED_IN_CUSTODY' && @.ruleId == 'custody'"
                        + " && @.custodyEventId != null)].id");
        String alert = ids.getFirst();
        mvc.perform(post("/api/alerts/" + alert + "/triage")
                        .with(as(Role.DETECTIVE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"CONFIRMED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").exists());
        mvc.perform(post("/api/alerts/" + alert + "/triage")
                        .with(as(Role.DETECTIVE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"CONFIRMED\",\"reason\":\"Immigration enforcement told\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED"))
                .andExpect(jsonPath("$.triagedBy").value("detective"))
                .andExpect(jsonPath("$.reason").value("Immigration enforcement told"));
        mvc.perform(post("/api/alerts/" + alert + "/triage")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"DISMISSED\",\"reason\":\"Not needed\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void saved_rules_raise_alerts_once_however_often_they_are_evaluated() throws Exception {
        mvc.perform(post("/api/alert-rules")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Any harm\",\"kind\":\"HARM_THRESHOLD\",\"threshold\":1}"))
                .andExpect(status().isCreated());
        mvc.perform(
                        post("/api/alert-rules")
                                .with(as(Role.ANALYST))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"Watched in custody\",\"kind\":\"WATCHED_IN_CUSTODY\",\"watchlistId\":\"WL-F1\"}"))
                .andExpect(status().isCreated());
        accessLog.runAs(Actor.system(), () -> alerts.evaluate(null, "test"));
        long first = count("MATCH (a:Alert {kind: 'HARM_THRESHOLD'}) RETURN count(a)");
        assertThat(first).as("T1, T2 and T4 have harm").isEqualTo(3);
        accessLog.runAs(Actor.system(), () -> alerts.evaluate(null, "test"));
        assertThat(count("MATCH (a:Alert {kind: 'HARM_THRESHOLD'}) RETURN count(a)"))
                .isEqualTo(first);
        // T1 is on watch list WL-F1: booking T1 in raises the watch list alert.
        intake(T1_ALIAS, Role.ANALYST).andExpect(status().isCreated());
        assertThat(count(
                        "MATCH (a:Alert {kind: 'WATCHED_IN_CUSTODY'})-[:ABOUT]->(:Subject {id: 'T1'}) RETURN count(a)"))
                .isEqualTo(1);
    }

    @Test
    void roles_outside_the_operational_analysis_roles_are_refused() throws Exception {
        intake(T1_ALIAS, Role.REFERRALS).andExpect(status().isForbidden());
        intake(T1_ALIAS, Role.AUDITOR).andExpect(status().isForbidden());
        mvc.perform(get("/api/alerts").with(as(Role.ADMIN))).andExpect(status().isForbidden());
        assertThat(count("MATCH (i:Incident {type: 'CUSTODY'}) RETURN count(i)"))
                .as("only the fixture")
                .isEqualTo(1);
    }

    @Test
    void bad_input_is_answered_with_problem_details_naming_the_field() throws Exception {
        intake(T1_ALIAS.replace("ROBBERY_PERSONAL", "NO_SUCH_OFFENCE"), Role.ANALYST)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").exists())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NO_SUCH_OFFENCE")));
        intake(T1_ALIAS.replace("\"surname\":\"Reyes\",", ""), Role.ANALYST).andExpect(status().isBadRequest());
        intake(T1_ALIAS.replace("2026-01-10T22:00:00Z", "2999-01-01T00:00:00Z"), Role.ANALYST)
                .andExpect(status().isBadRequest());
        String id = intakeId(T1_ALIAS);
        check(id, "ACRO", """
                        {"result":"TRACE","convictions":[{"country":"GBR","offenceCode":"THEFT","convictedOn":"2020-01-01"}]}
                        """).andExpect(status().isBadRequest());
        check(id, "PNC", """
                        {"result":"TRACE","convictions":[{"country":"POL","offenceCode":"THEFT","convictedOn":"2020-01-01"}]}
                        """).andExpect(status().isBadRequest());
        check(id, "NOT_A_CHECK", "{\"result\":\"TRACE\"}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/custody-events/CE-1999-999999").with(as(Role.ANALYST)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").exists());
    }
}
