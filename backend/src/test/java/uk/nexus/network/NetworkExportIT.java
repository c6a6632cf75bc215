package uk.nexus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessEntry;
import uk.nexus.audit.AuditFilter;
import uk.nexus.audit.Operation;
import uk.nexus.audit.internal.AuditChain;
import uk.nexus.security.Role;

class NetworkExportIT extends GraphIT {

    private static final String CONDITIONS =
            "Not to be disclosed outside policing without the source handler's consent";
    private static final String N2_SUMMARY = "T4 supplies firearms to the Hollow Lane Crew";

    @Autowired
    AuditChain chain;

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
    }

    private String export(String format, String recipient, Role role) throws Exception {
        return mvc.perform(get("/api/subjects/T1/network/export")
                        .param("format", format)
                        .param("recipient", recipient)
                        .param("hops", "2")
                        .with(as(role)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(header().exists("X-Nexus-Disclosure"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private AccessEntry lastEntry() {
        return chain.search(AuditFilter.all(), 0, 1).getFirst();
    }

    @Test
    void c_coded_intelligence_is_redacted_for_a_recipient_not_cleared_for_it_and_the_redaction_shows_and_is_logged()
            throws Exception {
        String graphml = export("GRAPHML", "HOIE", Role.DETECTIVE);

        assertThat(graphml).startsWith("<?xml").contains("<graphml");
        assertThat(graphml).doesNotContain(N2_SUMMARY).doesNotContain(CONDITIONS);
        assertThat(graphml)
                .as("the C-coded report, and T4 whom only C-coded links tie to T1, are withheld")
                .doesNotContain("id=\"IntelReport:N2\"")
                .doesNotContain("id=\"Subject:T4\"")
                .doesNotContain("QUILLIAM");
        assertThat(graphml).contains("id=\"Subject:T1\"").contains("id=\"IntelReport:N1\"");
        assertThat(graphml)
                .contains(">Redaction<")
                .contains("is not cleared for it")
                .contains("SCO7-INT");
        assertThat(graphml).contains("linked to the subject only through withheld intelligence");
        assertThat(graphml)
                .contains("Home Office Immigration Enforcement (HOIE)")
                .contains(TEST_PURPOSE);

        AccessEntry logged = lastEntry();
        assertThat(logged.operation()).isEqualTo(Operation.DISCLOSURE);
        assertThat(logged.action()).isEqualTo("network.export");
        assertThat(logged.recipient()).isEqualTo("HOIE");
        assertThat(logged.justification()).isEqualTo(TEST_PURPOSE);
        assertThat(logged.records())
                .contains("Subject:T1", "IntelReport:N1")
                .doesNotContain("Subject:T4", "IntelReport:N2");
        assertThat(logged.detail())
                .contains("redacted=[")
                .contains("IntelReport:N2 (3x5x2 1B/C)")
                .contains("unreachable");
    }

    @Test
    void a_cleared_recipient_receives_restricted_intelligence_only_with_its_conditions_attached() throws Exception {
        String graphml = export("GRAPHML", "FORCE", Role.DETECTIVE);
        assertThat(graphml)
                .contains("id=\"IntelReport:N2\"")
                .contains(N2_SUMMARY)
                .contains("id=\"Subject:T4\"");
        // On the report and on the association drawn from it (intel N2, graded 1B/C).
        assertThat(graphml.split("without the source handler", -1).length - 1).isGreaterThanOrEqualTo(2);
        // The membership of O1 is graded 2A/C with no report behind it: the conditions statement names its source.
        assertThat(graphml).contains("obtain them from OCGM-1");
        assertThat(graphml).doesNotContain(">Redaction<");
        assertThat(lastEntry().records()).contains("Subject:T4", "IntelReport:N2");
    }

    @Test
    void every_item_carries_recipient_purpose_reference_grades_and_the_persons_category() throws Exception {
        String graphson = export("GRAPHSON", "CPS", Role.SUPERVISOR);
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = graphson.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        int vertices = 0;
        for (String line : lines) {
            JsonNode v = json.readTree(line);
            String props = v.toString();
            assertThat(props)
                    .contains("disclosureRef")
                    .contains("Crown Prosecution Service (CPS)")
                    .contains("purpose");
            vertices++;
        }
        assertThat(vertices).isGreaterThan(5);
        assertThat(graphson).contains("victim or witness only").contains("\"grade\"");

        String csv = export("CSV", "PARTNER", Role.DETECTIVE);
        List<String> rows = csv.lines().toList();
        assertThat(rows.getFirst()).contains("row,key,kind,label");
        assertThat(rows).anyMatch(r -> r.startsWith("DISCLOSURE,"));
        assertThat(rows).anyMatch(r -> r.startsWith("REDACTION,") && r.contains("WITHHELD"));
        assertThat(rows)
                .filteredOn(r -> r.startsWith("NODE,") || r.startsWith("LINK,"))
                .allMatch(r -> r.contains("Partner agency"));
        assertThat(rows).anyMatch(r -> r.startsWith("NODE,Subject:T3,") && r.contains("victim or witness only"));
        assertThat(csv)
                .as("formula-safe: a phone number is text")
                .contains("'+44 7700 900123")
                .doesNotContain(",+44");
        assertThat(rows).anyMatch(r -> r.startsWith("LINK,") && r.contains("3x5x2") && r.contains(",2B,P,"));
    }

    @Test
    void only_detectives_and_supervisors_export_and_a_recipient_and_purpose_are_required() throws Exception {
        long logged = chain.count(AuditFilter.all()); // the fixture's import
        for (Role role : List.of(Role.ANALYST, Role.REFERRALS, Role.AUDITOR, Role.ADMIN)) {
            mvc.perform(get("/api/subjects/T1/network/export")
                            .param("format", "CSV")
                            .param("recipient", "CPS")
                            .with(as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/subjects/T1/network/export")
                        .param("format", "CSV")
                        .param("recipient", "TABLOID")
                        .with(as(Role.DETECTIVE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipient"));
        mvc.perform(get("/api/subjects/T1/network/export")
                        .param("format", "PDF")
                        .param("recipient", "CPS")
                        .with(as(Role.DETECTIVE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/subjects/T1/network/export")
                        .param("format", "CSV")
                        .param("recipient", "CPS")
                        .with(withoutPurpose(Role.DETECTIVE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("X-Nexus-Purpose"));
        assertThat(chain.count(AuditFilter.all()))
                .as("refused exports log nothing")
                .isEqualTo(logged);
        mvc.perform(get("/api/disclosure/recipients").with(as(Role.DETECTIVE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'HOIE')].clearedHandling[0]").doesNotExist())
                .andExpect(jsonPath("$[?(@.id == 'FORCE')].name").exists());
    }
}
