package uk.nexus.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import uk.nexus.GraphIT;
import uk.nexus.security.Role;

/**
 * The CheckAdapter port end to end with the simulated adapter switched on (as in the demo): the checks
 * requested at intake are answered in the background, recorded as SIMULATED and attributed to the adapter.
 */
@TestPropertySource(properties = {"nexus.custody.simulated-checks=true", "nexus.custody.simulated-checks-delay=PT0.2S"})
class SimulatedChecksIT extends GraphIT {

    @Test
    void requested_checks_are_answered_by_the_adapter_and_labelled_simulated() throws Exception {
        wipe();
        load("tiny");
        String body = mvc.perform(post("/api/custody-events")
                        .with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CustodyApiIT.T1_ALIAS))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        long pending = 2;
        for (int i = 0; i < 100 && pending > 0; i++) {
            Thread.sleep(200);
            pending = count(
                    "MATCH (c:Check {result: 'PENDING'})-[:TRIGGERED_BY]->(:Incident {id: $id}) RETURN count(c)",
                    Map.of("id", id));
        }
        assertThat(pending).as("every requested check answered").isZero();
        String event = mvc.perform(get("/api/custody-events/" + id).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Boolean> simulated = JsonPath.read(event, "$.checks[*].simulated");
        List<String> summaries = JsonPath.read(event, "$.checks[*].summary");
        List<String> by = JsonPath.read(event, "$.checks[*].enteredBy");
        assertThat(simulated).containsOnly(true).hasSize(2);
        assertThat(summaries).allMatch(s -> s.startsWith(SimulatedCheckAdapter.LABEL + ":"));
        assertThat(by).containsOnly("simulated adapter");
        CheckEntry acro = SimulatedCheckAdapter.answer(
                new CheckQuery(id, CheckKind.ACRO, "T1", "Dashiell", "Okonkwo-Reyes", LocalDate.of(1998, 4, 12)));
        List<String> results = JsonPath.read(event, "$.checks[?(@.kind == 'ACRO')].result");
        assertThat(results).containsExactly(acro.result().name());
        assertThat(count("MATCH (e:AuditEntry {action: 'custody.check', user: 'system'}) RETURN count(e)"))
                .isEqualTo(2);
    }
}
