package uk.nexus.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.security.Role;

/** Saved alert rules and watch lists on the tiny force: what each rule kind raises, and what it must not. */
class AlertRulesIT extends GraphIT {

    @Autowired
    AlertService alerts;

    @Autowired
    AccessLog accessLog;

    @Autowired
    GraphVersion version;

    @BeforeEach
    void tiny() {
        wipe();
        load("tiny");
    }

    private ResultActions rule(String json) throws Exception {
        return mvc.perform(post("/api/alert-rules")
                .with(as(Role.ANALYST))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private void evaluate() {
        accessLog.runAs(Actor.system(), () -> alerts.evaluate(null, "test"));
    }

    @Test
    void only_links_recorded_after_the_rule_between_a_harmful_subject_and_an_ocg_member_alert() throws Exception {
        rule("{\"name\":\"Harmful with OCG\",\"kind\":\"HIGH_HARM_OCG_LINK\",\"threshold\":1}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.threshold").value(1.0));
        evaluate();
        assertThat(count("MATCH (a:Alert {kind: 'HIGH_HARM_OCG_LINK'}) RETURN count(a)"))
                .as("T1's link with T4 (member of O1) predates the rule")
                .isZero();
        run("""
            MATCH (a:Subject {id: 'T2'}), (b:Subject {id: 'T4'})
            CREATE (a)-[:ASSOCIATE_OF {kind: 'ASSOCIATE', weight: 1.0, source: 'INT-99', recordedAt: datetime(),
                                       basis: 'ASSESSMENT', gradeScheme: '3x5x2', grade: '2B', handling: 'P'}]->(b)
            """);
        version.bump("test link");
        evaluate();
        evaluate();
        assertThat(count(
                        "MATCH (a:Alert {kind: 'HIGH_HARM_OCG_LINK'})-[:ABOUT]->(:Subject {id: 'T2'}) RETURN count(a)"))
                .isEqualTo(1);
        assertThat(count("MATCH (a:Alert {kind: 'HIGH_HARM_OCG_LINK'}) RETURN count(a)"))
                .isEqualTo(1);
    }

    @Test
    void a_wanted_check_from_any_source_alerts_through_the_wanted_rule() throws Exception {
        rule("{\"name\":\"Wanted\",\"kind\":\"WANTED\"}").andExpect(status().isCreated());
        evaluate();
        assertThat(count("MATCH (a:Alert {kind: 'WANTED'}) RETURN count(a)")).isZero();
        run("""
            MATCH (s:Subject {id: 'T2'})
            CREATE (c:Check {id: 'K9', kind: 'SIS_II', requestedAt: datetime(), result: 'WANTED', source: 'SIS-1',
                             recordedAt: datetime()})-[:CONCERNS {source: 'SIS-1', recordedAt: datetime(), basis: 'FACT'}]->(s)
            """);
        evaluate();
        mvc.perform(get("/api/alerts?subject=T2").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind", hasItem("WANTED")))
                .andExpect(jsonPath("$.items[*].cause", hasItem("check K9")));
    }

    @Test
    void watch_lists_are_kept_with_who_and_why_and_reading_one_is_logged() throws Exception {
        String created = mvc.perform(post("/api/watchlists")
                        .with(as(Role.DETECTIVE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Op Larch\",\"description\":\"Op Larch nominals\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post("/api/watchlists/" + id + "/subjects")
                        .with(as(Role.DETECTIVE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\":\"T2\",\"reason\":\"Op Larch nominal\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects", hasSize(1)))
                .andExpect(jsonPath("$.subjects[0].addedBy").value("detective"))
                .andExpect(jsonPath("$.subjects[0].reason").value("Op Larch nominal"));
        mvc.perform(post("/api/watchlists/" + id + "/subjects")
                        .with(as(Role.DETECTIVE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\":\"NOBODY\",\"reason\":\"Op Larch nominal\"}"))
                .andExpect(status().isBadRequest());
        assertThat(
                        count(
                                "MATCH (e:AuditEntry {action: 'watchlist.view'}) WHERE 'Subject:T2' IN e.records RETURN count(e)"))
                .isEqualTo(1);
        mvc.perform(delete("/api/watchlists/" + id + "/subjects/T2?reason=Closed")
                        .with(as(Role.DETECTIVE)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/watchlists/" + id).with(as(Role.DETECTIVE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects", hasSize(0)));
    }

    @Test
    void rules_that_make_no_sense_are_refused() throws Exception {
        rule("{\"name\":\"Wanted\",\"kind\":\"WANTED\",\"threshold\":5}").andExpect(status().isBadRequest());
        rule("{\"name\":\"Watched\",\"kind\":\"WATCHED_IN_CUSTODY\"}").andExpect(status().isBadRequest());
        rule("{\"name\":\"Watched\",\"kind\":\"WATCHED_IN_CUSTODY\",\"watchlistId\":\"WL-NONE\"}")
                .andExpect(status().isBadRequest());
        rule("{\"name\":\"\",\"kind\":\"WANTED\"}").andExpect(status().isBadRequest());
        rule("{\"name\":\"Odd\",\"kind\":\"NOT_A_KIND\"}").andExpect(status().isBadRequest());
        mvc.perform(delete("/api/alert-rules/AR-NONE").with(as(Role.ANALYST))).andExpect(status().isNotFound());
    }
}
