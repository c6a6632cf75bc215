package uk.nexus.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nexus.GraphIT;
import uk.nexus.security.Role;

class EqualityMonitoringIT extends GraphIT {

    /**
     * A custody population of 20: 10 British, 5 Nigerian, 5 Polish (one of them also Irish); 6 of the 10
     * foreign nationals referred, all Nigerian but one Pole; the Nigerians also offend more.
     */
    @BeforeEach
    void population() {
        wipe();
        run("""
            UNWIND range(1, 20) AS k
            WITH k, CASE WHEN k <= 10 THEN ['GBR'] WHEN k <= 15 THEN ['NGA'] WHEN k = 20 THEN ['POL', 'IRL']
                         ELSE ['POL'] END AS nat
            CREATE (s:Subject {id: 'E' + k, surname: 'Person', forenames: 'Number ' + k, nationalities: nat,
                               ethnicity: CASE WHEN k % 2 = 0 THEN 'W1' ELSE null END,
                               reviewDate: date() + duration('P5Y')})
            CREATE (i:Incident {id: 'EC' + k, type: 'CUSTODY', occurredAt: datetime(), reviewDate: date() + duration('P5Y')})
            CREATE (s)-[:INVOLVED_IN {category: 'SUSPECT', outcome: 'ARRESTED', basis: 'FACT'}]->(i)
            WITH i
            CALL (i) { MATCH (o:Offence) RETURN o ORDER BY o.harmDays DESC, o.code LIMIT 1 }
            CREATE (i)-[:CLASSIFIED_AS]->(o)
            """);
        run("""
            MATCH (o:ReferralOriginator) WITH o LIMIT 1
            UNWIND ['E11', 'E12', 'E13', 'E14', 'E15', 'E16'] AS id
            MATCH (s:Subject {id: id})
            CREATE (:Referral {id: 'ER-' + id, state: 'SUBMITTED'})-[:CONCERNS]->(s)
            """);
        // A victim of a custody-type incident is not part of the custody population.
        run("""
            CREATE (v:Subject {id: 'EV', surname: 'Victim', forenames: 'Only', nationalities: ['NGA'],
                               reviewDate: date() + duration('P5Y')})
            WITH v MATCH (i:Incident {id: 'EC1'}) CREATE (v)-[:INVOLVED_IN {category: 'VICTIM', basis: 'FACT'}]->(i)
            """);
    }

    @Test
    void disproportion_among_referrals_is_measured_against_foreign_nationals_in_custody_and_flagged() throws Exception {
        mvc.perform(get("/api/equality/report").param("topN", "20").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.custody").value(20))
                .andExpect(jsonPath("$.foreignCustody").value(10))
                .andExpect(jsonPath("$.referred").value(6))
                .andExpect(jsonPath("$.ranked").value(20))
                // NGA: 5 of 6 referred (0.833) against 5 of 10 foreign nationals in custody (0.5): ratio 1.67
                .andExpect(
                        jsonPath("$.nationality[?(@.group == 'NGA')].referred").value(5.0))
                .andExpect(jsonPath("$.nationality[?(@.group == 'NGA')].referredRatio")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.closeTo(1.6667, 0.001))))
                .andExpect(jsonPath("$.nationality[?(@.group == 'NGA')].referredFlag")
                        .value(true))
                // POL (4.5 people: E20 counts half POL, half IRL) is under-represented and not flagged
                .andExpect(jsonPath("$.nationality[?(@.group == 'POL')].foreignCustody")
                        .value(4.5))
                .andExpect(jsonPath("$.nationality[?(@.group == 'POL')].referredFlag")
                        .value(false))
                // the whole custody population is ranked: no group is over-represented in the ranking
                .andExpect(jsonPath("$.nationality[?(@.group == 'GBR')].rankedRatio")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.closeTo(1.0, 0.001))))
                .andExpect(jsonPath("$.nationality[?(@.rankedFlag == true)]").isEmpty())
                .andExpect(jsonPath("$.ethnicity[?(@.group == 'NOT RECORDED')].custody")
                        .value(10.0))
                .andExpect(jsonPath("$.ethnicity[?(@.group == 'W1')].custody").value(10.0));
    }

    @Test
    void a_ranking_that_over_represents_a_group_is_flagged_and_small_groups_never_are() throws Exception {
        // Only the Nigerians keep their harm: the top of the ranking is all NGA against a quarter of custody.
        run("MATCH (s:Subject)-[:INVOLVED_IN]->(i:Incident) WHERE NOT 'NGA' IN s.nationalities"
                + " SET i.reviewDate = date() - duration('P1D')");
        mvc.perform(get("/api/equality/report").param("topN", "5").with(as(Role.AUDITOR)))
                .andExpect(jsonPath("$.ranked").value(5))
                .andExpect(jsonPath("$.nationality[?(@.group == 'NGA')].rankedShare")
                        .value(1.0))
                .andExpect(jsonPath("$.nationality[?(@.group == 'NGA')].rankedFlag")
                        .value(true));
        mvc.perform(get("/api/equality/report").param("topN", "4").with(as(Role.AUDITOR)))
                .andExpect(jsonPath("$.nationality[?(@.group == 'NGA')].rankedFlag")
                        .value(false));
    }

    @Test
    void only_auditors_see_it_and_bad_input_is_refused() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/api/equality/report").with(as(role)))
                    .andExpect(role == Role.AUDITOR ? status().isOk() : status().isForbidden());
        }
        mvc.perform(get("/api/equality/report").param("topN", "0").with(as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topN"));
        assertThat(count("MATCH (e:AuditEntry {action: 'equality.report'}) RETURN count(e)"))
                .isEqualTo(1);
    }
}
