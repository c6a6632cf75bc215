package uk.nexus.subject;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import uk.nexus.GraphIT;
import uk.nexus.security.Role;

class SubjectApiIT extends GraphIT {

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
    }

    @Test
    void finds_a_subject_by_name_even_misspelt() throws Exception {
        mvc.perform(get("/api/subjects").param("q", "Okonkwo Reyez").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("T1"))
                .andExpect(jsonPath("$.items[0].matchedOn").value("name"));
    }

    @Test
    void finds_a_subject_by_alias_and_says_so() throws Exception {
        mvc.perform(get("/api/subjects").param("q", "Benny").with(as(Role.DETECTIVE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("T2"))
                .andExpect(jsonPath("$.items[0].matchedOn").value("alias: Benny Varga"));
    }

    @Test
    void finds_a_subject_by_pnc_id_and_by_an_alias_date_of_birth() throws Exception {
        mvc.perform(get("/api/subjects").param("q", "2016/0012345A").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[0].id").value("T1"))
                .andExpect(jsonPath("$.items[0].matchedOn").value("PNC id"));
        mvc.perform(get("/api/subjects").param("dob", "1998-12-04").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].matchedOn").value("alias date of birth"));
    }

    @Test
    void search_results_show_victims_and_witnesses_as_such() throws Exception {
        mvc.perform(get("/api/subjects").param("q", "Achterberg").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items[0].offenderIncidents").value(0))
                .andExpect(jsonPath("$.items[0].victimOrWitnessIncidents").value(1));
    }

    @Test
    void text_that_looks_like_an_injection_is_only_ever_searched_for() throws Exception {
        for (String attack : new String[] {
            "\") OR 1=1 //", "x' RETURN 1 //", "*:* OR name:*", "T1'}) DETACH DELETE n //", "\\\"~~~[]{}"
        }) {
            mvc.perform(get("/api/subjects").param("q", attack).with(as(Role.ANALYST)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0));
        }
        mvc.perform(get("/api/subjects/T1").with(as(Role.ANALYST))).andExpect(status().isOk());
    }

    @Test
    void a_search_without_criteria_is_a_bad_request_with_problem_details() throws Exception {
        mvc.perform(get("/api/subjects").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/subjects").param("q", "x").param("size", "1000").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/subjects").param("dob", "12/04/1998").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dob"));
    }

    @Test
    void the_record_has_groups_incidents_links_and_their_provenance() throws Exception {
        mvc.perform(get("/api/subjects/T1").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.pncId").value("2016/0012345A"))
                .andExpect(jsonPath("$.aliases[0].forenames").value("Dash"))
                .andExpect(jsonPath("$.groups", hasSize(2)))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].role").value("LEADER"))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].provenance.grade")
                        .value("1B"))
                .andExpect(jsonPath("$.incidents", hasSize(2)))
                .andExpect(jsonPath("$.incidents[0].incidentId").value("I2"))
                .andExpect(jsonPath("$.incidents[0].category").value("SUSPECT"))
                .andExpect(jsonPath("$.incidents[0].provenance.basis").value("ASSESSMENT"))
                .andExpect(jsonPath("$.associates", hasSize(3)))
                .andExpect(jsonPath("$.associates[?(@.subjectId == 'T2')].provenance.source")
                        .value("N1"))
                .andExpect(jsonPath("$.objects[0].label").value("+44 7700 900123"))
                .andExpect(jsonPath("$.intelligence[0].grade").value("2B"))
                .andExpect(jsonPath("$.convictions[0].overseas").value(true))
                .andExpect(jsonPath("$.convictions[0].country").value("NGA"));
    }

    @Test
    void an_unknown_subject_is_404_problem_details() throws Exception {
        mvc.perform(get("/api/subjects/NOBODY").with(as(Role.ANALYST)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("subject NOBODY does not exist"));
    }

    @Test
    void an_id_that_is_not_an_id_is_refused_before_any_query() throws Exception {
        mvc.perform(get("/api/subjects/{id}", "x' OR 1=1").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void without_credentials_the_api_answers_401_problem_details() throws Exception {
        mvc.perform(get("/api/subjects/T1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/subjects/T1").with(SecurityMockMvcRequestPostProcessors.httpBasic("analyst", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_auditor_cannot_read_subject_records() throws Exception {
        mvc.perform(get("/api/subjects/T1").with(as(Role.AUDITOR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/forbidden"));
    }

    @Test
    void an_unknown_api_path_is_404_problem_details() throws Exception {
        mvc.perform(get("/api/nothing-here").with(as(Role.ANALYST)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void the_openapi_document_and_health_are_served() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/subjects']").exists())
                .andExpect(jsonPath("$.paths['/api/subjects/{id}/network']").exists());
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.neo4j.status").value("UP"));
    }

    @Test
    void groups_list_their_current_members() throws Exception {
        mvc.perform(get("/api/groups").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'G1')].members").value(2))
                .andExpect(jsonPath("$[?(@.id == 'O1')].members").value(1))
                .andExpect(jsonPath("$[?(@.id == 'O1')].ocgmBand").value("1B"));
        mvc.perform(get("/api/groups").param("type", "OCG").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/groups/O1").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.members", hasSize(2)))
                .andExpect(jsonPath("$.members[*].subjectId", hasItem("T4")));
        mvc.perform(get("/api/groups").param("type", "CLUB").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }
}
