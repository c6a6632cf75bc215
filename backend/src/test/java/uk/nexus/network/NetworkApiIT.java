package uk.nexus.network;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nexus.GraphIT;
import uk.nexus.security.Role;

class NetworkApiIT extends GraphIT {

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
    }

    @Test
    void one_hop_over_associations_with_provenance_on_every_link() throws Exception {
        mvc.perform(get("/api/subjects/T1/network")
                        .param("hops", "1")
                        .param("types", "ASSOCIATE_OF")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centre").value("Subject:T1"))
                .andExpect(jsonPath("$.nodes[*].key")
                        .value(containsInAnyOrder("Subject:T1", "Subject:T2", "Subject:T4", "Subject:T5")))
                .andExpect(jsonPath("$.links", hasSize(3)))
                .andExpect(jsonPath("$.links[?(@.target == 'Subject:T2')].attributes.weight")
                        .value(3.0))
                .andExpect(jsonPath("$.links[?(@.target == 'Subject:T2')].provenance.grade")
                        .value("2B"))
                .andExpect(jsonPath("$.links[?(@.target == 'Subject:T5')].provenance.basis")
                        .value("FACT"))
                .andExpect(jsonPath("$.truncated").value(false));
    }

    @Test
    void the_time_window_drops_links_that_had_ended_and_incidents_outside_it() throws Exception {
        mvc.perform(get("/api/subjects/T1/network")
                        .param("hops", "1")
                        .param("types", "ASSOCIATE_OF", "INVOLVED_IN")
                        .param("from", "2024-01-01")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.nodes[*].key")
                        .value(containsInAnyOrder("Subject:T1", "Subject:T2", "Subject:T5", "Incident:I2")));
    }

    @Test
    void two_hops_through_incidents_reach_victims_and_witnesses_shown_as_such() throws Exception {
        mvc.perform(get("/api/subjects/T1/network")
                        .param("hops", "2")
                        .param("types", "INVOLVED_IN")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.nodes[*].key")
                        .value(containsInAnyOrder(
                                "Subject:T1", "Incident:I1", "Incident:I2", "Subject:T2", "Subject:T3", "Subject:T6")))
                .andExpect(jsonPath("$.links[?(@.source == 'Subject:T3')].attributes.category")
                        .value("VICTIM"))
                .andExpect(jsonPath("$.links[?(@.source == 'Subject:T6')].attributes.category")
                        .value("WITNESS"))
                .andExpect(
                        jsonPath("$.nodes[?(@.key == 'Incident:I2')].label").value("STABBING · WOUNDING_WITH_INTENT"));
    }

    @Test
    void the_node_limit_truncates_and_says_so() throws Exception {
        mvc.perform(get("/api/subjects/T1/network").param("maxNodes", "3").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.nodes", hasSize(3)))
                .andExpect(jsonPath("$.truncated").value(true));
    }

    @Test
    void bad_parameters_are_problem_details_naming_the_parameter() throws Exception {
        mvc.perform(get("/api/subjects/T1/network").param("hops", "9").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hops"));
        mvc.perform(get("/api/subjects/T1/network").param("types", "FRIEND_OF").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("types"));
        mvc.perform(get("/api/subjects/T1/network")
                        .param("from", "2024-01-01")
                        .param("to", "2023-01-01")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/subjects/NOBODY/network").with(as(Role.ANALYST))).andExpect(status().isNotFound());
    }
}
