package uk.nexus.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The import's progress for a person at the command line: on a terminal one bar per phase redrawn in
 * place (percentage of the phase's rows, rows per second, time left); otherwise a plain line every
 * few seconds and at the end of each phase, for logs. The validation phase's total is an estimate
 * from the files' sizes (shown with "~"); the write phase's is the count validation made.
 */
final class ProgressBar implements BundleImporter.Progress {

    private static final int WIDTH = 30;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;

    private String phase = "";
    private long total;
    private long phaseStarted;
    private long doneInEarlierFiles;
    private String file = "";
    private long doneInFile;
    private long lastShown;
    private boolean barOpen;

    ProgressBar(PrintStream err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    ProgressBar(PrintStream err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public synchronized void total(String phase, long rows) {
        finishPhase();
        this.phase = phase;
        this.total = rows;
        this.phaseStarted = clock.getAsLong();
        this.doneInEarlierFiles = 0;
        this.file = "";
        this.doneInFile = 0;
        this.lastShown = phaseStarted;
    }

    @Override
    public synchronized void update(String phase, String file, long rows) {
        if (!phase.equals(this.phase)) {
            total(phase, 0);
        }
        if (!file.equals(this.file)) {
            doneInEarlierFiles += doneInFile;
            this.file = file;
        }
        doneInFile = rows;
        long now = clock.getAsLong();
        if (now - lastShown >= (terminal ? REDRAW_EVERY_NANOS : LINE_EVERY_NANOS)) {
            lastShown = now;
            show(now, false);
        }
    }

    /** Ends the current phase's bar (call when the import is over, or failed). */
    synchronized void finish() {
        finishPhase();
    }

    @Override
    public void done() {
        finish();
    }

    private void finishPhase() {
        if (!phase.isEmpty()) {
            show(clock.getAsLong(), true);
            if (terminal) {
                err.println();
            }
            barOpen = false;
            phase = "";
        }
    }

    private void show(long now, boolean phaseDone) {
        long done = doneInEarlierFiles + doneInFile;
        double seconds = Math.max(now - phaseStarted, 1) / 1e9;
        double rate = done / seconds;
        String line = line(
                phase,
                phaseDone ? "" : file,
                done,
                phaseDone ? done : total,
                !phaseDone && phase.equals("validate"),
                rate,
                seconds,
                phaseDone);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            barOpen = true;
        } else {
            err.println(line);
        }
    }

    /** One rendering of the bar (without the carriage return). */
    static String line(
            String phase,
            String file,
            long done,
            long total,
            boolean estimated,
            double rate,
            double seconds,
            boolean phaseDone) {
        double fraction = phaseDone ? 1 : total <= 0 ? 0 : Math.min(0.99, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String tail;
        if (phaseDone) {
            tail = String.format(Locale.ROOT, "in %s", clock(seconds));
        } else if (rate > 0 && total > done) {
            tail = String.format(Locale.ROOT, "ETA %s", clock((total - done) / rate));
        } else {
            tail = "ETA --:--";
        }
        return String.format(
                Locale.ROOT,
                "%-8s [%s] %3d%% %,d/%s%,d rows %,.0f rows/s %s %s",
                phase,
                bar,
                Math.round(fraction * 100),
                done,
                estimated ? "~" : "",
                total,
                rate,
                tail,
                file);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    boolean barOpen() {
        return barOpen;
    }
}
