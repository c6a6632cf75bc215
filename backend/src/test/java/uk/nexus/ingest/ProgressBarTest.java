package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    @Test
    void a_line_shows_the_bar_percentage_rate_and_time_left() {
        String line = ProgressBar.line("write", "incidents.csv", 250_000, 1_000_000, false, 50_000, 5, false);

        assertThat(line)
                .startsWith("write    [########......................]  25% 250,000/1,000,000 rows 50,000 rows/s")
                .contains("ETA 0:15")
                .endsWith("incidents.csv");
    }

    @Test
    void the_write_phase_counts_rows_across_files_against_the_validated_total() {
        ProgressBar bar = new ProgressBar(err, false, now::get);
        bar.total("write", 1_000);
        now.addAndGet(6_000_000_000L);
        bar.update("write", "a.csv", 300);
        bar.update("write", "b.csv", 100); // a.csv finished at 300
        now.addAndGet(6_000_000_000L);
        bar.update("write", "b.csv", 200);
        bar.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(3);
        assertThat(out.lines().toList().get(0)).contains(" 30% 300/1,000 rows").contains("a.csv");
        assertThat(out.lines().toList().get(1)).contains(" 50% 500/1,000 rows").contains("b.csv");
        assertThat(out.lines().toList().get(2)).contains("100% 500/500 rows").contains("in 0:12");
    }

    @Test
    void the_validation_total_is_marked_as_an_estimate_and_never_shows_done_early() {
        ProgressBar bar = new ProgressBar(err, false, now::get);
        bar.total("validate", 100);
        now.addAndGet(6_000_000_000L);
        bar.update("validate", "subjects.csv", 150);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(" 99% 150/~100 rows");
    }

    @Test
    void on_a_terminal_the_bar_is_redrawn_in_place() {
        ProgressBar bar = new ProgressBar(err, true, now::get);
        bar.total("write", 10);
        now.addAndGet(1_000_000_000L);
        bar.update("write", "a.csv", 5);
        now.addAndGet(1_000_000_000L);
        bar.update("write", "a.csv", 10);
        bar.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r").contains("\rwrite ").endsWith("\n");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        assertThat(out.chars().filter(c -> c == '\r').count()).isEqualTo(3);
    }
}
