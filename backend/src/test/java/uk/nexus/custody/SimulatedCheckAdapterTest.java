package uk.nexus.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedCheckAdapterTest {

    private static CheckQuery query(String subject, CheckKind kind) {
        return new CheckQuery("CE-2026-000001", kind, subject, "Dash", "Reyes", LocalDate.of(1998, 4, 12));
    }

    @Test
    void answers_depend_only_on_subject_and_kind_and_are_labelled_simulated() {
        for (CheckKind kind : CheckKind.values()) {
            CheckEntry first = SimulatedCheckAdapter.answer(query("S000042", kind));
            CheckEntry again = SimulatedCheckAdapter.answer(
                    new CheckQuery("CE-2030-999999", kind, "S000042", "Other", "Name", null));
            assertThat(again).isEqualTo(first);
            assertThat(first.summary()).startsWith(SimulatedCheckAdapter.LABEL + ":");
            assertThat(first.result()).isNotEqualTo(CheckResult.PENDING);
        }
    }

    @Test
    void some_subjects_have_convictions_abroad_and_a_few_are_wanted_but_most_are_not() {
        Map<CheckResult, Integer> acro = new HashMap<>();
        int wanted = 0;
        for (int i = 0; i < 1000; i++) {
            String subject = "S%06d".formatted(i);
            CheckEntry a = SimulatedCheckAdapter.answer(query(subject, CheckKind.ACRO));
            acro.merge(a.result(), 1, Integer::sum);
            if (a.result() == CheckResult.TRACE) {
                assertThat(a.convictions()).hasSize(1);
                assertThat(a.convictions().getFirst().country()).isNotEqualTo("GBR");
            } else {
                assertThat(a.convictions()).isEmpty();
            }
            for (CheckKind k : EnumSet.of(CheckKind.INTERPOL, CheckKind.SIS_II)) {
                if (SimulatedCheckAdapter.answer(query(subject, k)).result() == CheckResult.WANTED) {
                    wanted++;
                }
            }
        }
        assertThat(acro.get(CheckResult.TRACE)).isBetween(150, 350);
        assertThat(wanted).isBetween(10, 120);
    }

    @Test
    void the_answer_comes_back_after_the_delay() throws Exception {
        SimulatedCheckAdapter adapter = new SimulatedCheckAdapter(Duration.ofMillis(50));
        assertThat(adapter.simulated()).isTrue();
        CheckEntry entry = adapter.request(query("S000001", CheckKind.PNC))
                .toCompletableFuture()
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(entry.result()).isEqualTo(CheckResult.TRACE);
    }
}
