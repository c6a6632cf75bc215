package uk.nexus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.GraphIT;
import uk.nexus.audit.internal.AuditChain;
import uk.nexus.security.Role;

class AccessLogIT extends GraphIT {

    @Autowired
    AccessLog accessLog;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditCommand command;

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
        // The load itself is logged (a collection); these tests start from an empty log.
        run("MATCH (n) WHERE n:AuditEntry OR n:AuditHead DETACH DELETE n");
    }

    @Test
    void an_import_is_logged_as_a_collection_of_its_run() {
        wipe();
        load("tiny");
        AccessEntry entry = entries().getLast();
        assertThat(entry.operation()).isEqualTo(Operation.COLLECTION);
        assertThat(entry.action()).isEqualTo("import.load");
        assertThat(entry.records()).singleElement().asString().startsWith("ImportRun:");
        assertThat(entry.detail()).startsWith("entities=");
        assertThat(count(
                        "MATCH (r:ImportRun {id: $id, status: 'COMPLETED'}) RETURN count(r)",
                        Map.of("id", entry.records().getFirst().substring("ImportRun:".length()))))
                .isOne();
    }

    private List<AccessEntry> entries() {
        return chain.search(AuditFilter.all(), 0, 10_000).reversed();
    }

    @Test
    void a_scripted_session_of_searches_and_views_is_logged_in_full_and_the_chain_verifies() throws Exception {
        mvc.perform(get("/api/subjects").param("q", "Okonkwo").with(as(Role.ANALYST)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/subjects/T1").with(as(Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/subjects/T1/network").param("hops", "1").with(as(Role.ANALYST)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/groups").with(as(Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/groups/G1").with(as(Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/subjects/NOBODY").with(as(Role.ANALYST))).andExpect(status().isNotFound());
        mvc.perform(get("/api/subjects/T1/network/export")
                        .param("format", "CSV")
                        .param("recipient", "HOIE")
                        .with(as(Role.DETECTIVE)))
                .andExpect(status().isOk());

        List<AccessEntry> all = entries();
        assertThat(all)
                .extracting(AccessEntry::action)
                .containsExactly(
                        "subject.search",
                        "subject.view",
                        "network.open",
                        "group.list",
                        "group.view",
                        "subject.view",
                        "network.export");
        AccessEntry export = all.getLast();
        assertThat(export.user()).isEqualTo("detective");
        assertThat(export.operation()).isEqualTo(Operation.DISCLOSURE);
        assertThat(export.recipient()).isEqualTo("HOIE");
        assertThat(export.justification()).isEqualTo(TEST_PURPOSE);
        List<AccessEntry> log = all.subList(0, 6);
        assertThat(log).allSatisfy(e -> {
            assertThat(e.user()).isEqualTo("analyst");
            assertThat(e.roles()).containsExactly("ANALYST");
            assertThat(e.channel()).isEqualTo(Channel.API);
            assertThat(e.operation()).isEqualTo(Operation.CONSULTATION);
            assertThat(e.justification()).isEqualTo(TEST_PURPOSE);
        });
        assertThat(log.get(0).records()).containsExactly("Subject:T1");
        assertThat(log.get(0).detail()).contains("q=\"Okonkwo\"").contains("hits=1");
        assertThat(log.get(1).records()).startsWith("Subject:T1").contains("Subject:T2", "IntelReport:N1");
        assertThat(log.get(2).records()).contains("Subject:T1", "Subject:T2", "Subject:T5");
        assertThat(log.get(2).detail()).contains("centre=T1 hops=1");
        assertThat(log.get(4).records()).containsExactly("Group:G1", "Subject:T1", "Subject:T2");
        assertThat(log.get(5).records()).isEmpty();
        assertThat(log.get(5).detail()).isEqualTo("not found: subject NOBODY");

        mvc.perform(get("/api/audit/verification").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(7))
                .andExpect(jsonPath("$.headSeq").value(7));
    }

    @Test
    void without_a_purpose_nothing_is_read_and_the_api_says_which_header_is_missing() throws Exception {
        mvc.perform(get("/api/subjects/T1").with(withoutPurpose(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(AccessLog.PURPOSE_HEADER));
        mvc.perform(get("/api/subjects").param("q", "Okonkwo").with(withoutPurpose(Role.DETECTIVE)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/subjects/T1").with(withoutPurpose(Role.ANALYST)).header(AccessLog.PURPOSE_HEADER, "ab"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at least 5")));
        assertThat(entries()).isEmpty();
    }

    @Test
    void only_auditors_read_the_log() throws Exception {
        for (Role role : Role.values()) {
            var expected = role == Role.AUDITOR ? status().isOk() : status().isForbidden();
            mvc.perform(get("/api/audit/entries").with(as(role))).andExpect(expected);
            mvc.perform(get("/api/audit/entries.csv").with(as(role))).andExpect(expected);
            mvc.perform(get("/api/audit/verification").with(as(role))).andExpect(expected);
        }
    }

    @Test
    void auditors_filter_by_user_subject_period_and_operation() throws Exception {
        mvc.perform(get("/api/subjects/T1").with(as(Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/subjects/T3").with(as(Role.DETECTIVE))).andExpect(status().isOk());
        mvc.perform(get("/api/audit/entries").param("user", "detective").with(as(Role.AUDITOR)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].records[0]").value("Subject:T3"));
        mvc.perform(get("/api/audit/entries").param("subject", "T1").with(as(Role.AUDITOR)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].user").value("analyst"));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        mvc.perform(get("/api/audit/entries")
                        .param("from", today)
                        .param("to", today)
                        .param("operation", "CONSULTATION")
                        .param("user", "analyst")
                        .with(as(Role.AUDITOR)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/audit/entries")
                        .param("from", "2000-01-01")
                        .param("to", "2000-01-02")
                        .with(as(Role.AUDITOR)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/audit/entries").param("operation", "PEEK").with(as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("operation"));
        // The auditor's own searches are in the log too.
        assertThat(entries()).extracting(AccessEntry::action).contains("audit.search");
    }

    @Test
    void the_csv_export_defuses_formulas_and_is_itself_logged() throws Exception {
        mvc.perform(get("/api/subjects/T1")
                        .with(withoutPurpose(Role.ANALYST))
                        .header(AccessLog.PURPOSE_HEADER, "=HYPERLINK(\"http://x.invalid\",\"op\")"))
                .andExpect(status().isOk());
        String csv = mvc.perform(get("/api/audit/entries.csv").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("seq,at,user,roles");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"op\"\")\"");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        AccessEntry last = entries().getLast();
        assertThat(last.action()).isEqualTo("audit.export");
        assertThat(last.operation()).isEqualTo(Operation.DISCLOSURE);
        assertThat(last.recipient()).isNotBlank();
    }

    @Test
    void a_changed_entry_a_deleted_entry_and_a_truncated_tail_are_each_detected() {
        for (int i = 0; i < 5; i++) {
            accessLog.runAs(
                    Actor.system(),
                    () -> accessLog.record(AccessEvent.alteration(
                            "test.write", List.of("Subject:T1"), "reason " + System.nanoTime(), null)));
        }
        ChainVerification clean = chain.verify(null, null);
        assertThat(clean.intact()).isTrue();
        assertThat(clean.entries()).isEqualTo(5);

        run("MATCH (e:AuditEntry {seq: 3}) SET e.justification = 'nothing to see'");
        ChainVerification changed = chain.verify(null, null);
        assertThat(changed.intact()).isFalse();
        assertThat(changed.firstBrokenSeq()).isEqualTo(3);
        assertThat(changed.problems()).anyMatch(p -> p.contains("entry 3 was changed"));

        run("MATCH (e:AuditEntry {seq: 3}) DELETE e");
        ChainVerification deleted = chain.verify(null, null);
        assertThat(deleted.intact()).isFalse();
        assertThat(deleted.problems()).anyMatch(p -> p.contains("entries 3 to 3 are missing"));

        wipe();
        for (int i = 0; i < 4; i++) {
            accessLog.runAs(
                    Actor.system(),
                    () -> accessLog.record(AccessEvent.alteration("test.write", List.of(), "reason", null)));
        }
        ChainVerification before = chain.verify(null, null);
        run("MATCH (e:AuditEntry) WHERE e.seq > 2 DELETE e");
        String second = chain.search(AuditFilter.all(), 0, 10).getFirst().hash();
        run("MATCH (h:AuditHead) SET h.seq = 2, h.hash = '" + second + "'");
        assertThat(chain.verify(null, null).intact())
                .as("a consistent truncation needs an anchor to be seen")
                .isTrue();
        ChainVerification anchored = chain.verify(before.headSeq(), before.headHash());
        assertThat(anchored.intact()).isFalse();
        assertThat(anchored.problems()).anyMatch(p -> p.contains("truncated"));
    }

    @Test
    void concurrent_writers_never_fork_the_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        accessLog.runAs(
                                Actor.system(),
                                () -> accessLog.record(AccessEvent.alteration(
                                        "test.concurrent", List.of(), "writer " + thread + " entry " + n, null)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerification result = chain.verify(null, null);
        assertThat(result.intact()).as(result.problems().toString()).isTrue();
        assertThat(result.entries()).isEqualTo(200);
        assertThat(count("MATCH (e:AuditEntry) RETURN count(DISTINCT e.previousHash)"))
                .isEqualTo(200);
    }

    @Test
    void erasure_and_write_commit_together_or_not_at_all() {
        assertThat(count("MATCH (n:Phone {id: 'P1'}) RETURN count(n)")).isEqualTo(1);
        try {
            accessLog.runAs(
                    Actor.system(),
                    () -> accessLog.writeAndRecord(
                            tx -> {
                                tx.run("MATCH (n:Phone {id: 'P1'}) DETACH DELETE n")
                                        .consume();
                                return 1;
                            },
                            r -> {
                                throw new IllegalStateException("the log entry cannot be built");
                            }));
        } catch (IllegalStateException expected) {
            // the deletion must have been rolled back with it
        }
        assertThat(count("MATCH (n:Phone {id: 'P1'}) RETURN count(n)")).isEqualTo(1);
        assertThat(entries()).isEmpty();
    }

    @Test
    void the_command_line_verifies_the_chain_and_reports_a_broken_one() {
        accessLog.runAs(
                Actor.system(), () -> accessLog.record(AccessEvent.alteration("test.write", List.of(), "x1234", null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(new String[] {"verify"}, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("Access log intact: 1 entries checked, head 1 ");
        AccessEntry logged = entries().getLast();
        assertThat(logged.action()).isEqualTo("audit.verify");
        assertThat(logged.channel()).isEqualTo(Channel.CLI);
        assertThat(logged.user()).startsWith("cli:");

        run("MATCH (e:AuditEntry {seq: 1}) SET e.user = 'someone else'");
        out.reset();
        code = command.run(new String[] {"verify"}, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN: first fault at entry 1");

        assertThat(command.run(
                        new String[] {"verify", "--anchor", "x"},
                        new PrintStream(out, true),
                        new PrintStream(err, true)))
                .isEqualTo(2);
        assertThat(count("MATCH (e:AuditEntry) RETURN count(e)", Map.of())).isEqualTo(3);
    }
}
