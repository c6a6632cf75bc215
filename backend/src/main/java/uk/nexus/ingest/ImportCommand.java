package uk.nexus.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code nexus import DIR [--label NAME]}: validates a CSV bundle and loads it, printing progress
 * ({@link ProgressBar}: a bar per phase on a terminal, periodic lines otherwise) and, for a bundle with errors, every error as {@code file:line:field: message}. Exit codes: 0
 * loaded, 1 refused (nothing written), 2 usage.
 */
public final class ImportCommand {

    private ImportCommand() {}

    /** Checks the arguments before any database is started; returns null when they are fine. */
    public static String usageError(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            return "usage: nexus import DIR [--label NAME]";
        }
        if (!Files.isDirectory(Path.of(args[0]))) {
            return "not a directory: " + args[0];
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--label") && i + 1 < args.length) {
                i++;
            } else {
                return "unknown option: " + args[i] + " (usage: nexus import DIR [--label NAME])";
            }
        }
        return null;
    }

    public static int run(BundleImporter importer, String[] args, PrintStream out, PrintStream err) {
        String problem = usageError(args);
        if (problem != null) {
            err.println(problem);
            return 2;
        }
        Path dir = Path.of(args[0]);
        String label = args.length > 2 ? args[2] : "import " + dir.getFileName();
        boolean tty = System.console() != null && System.console().isTerminal();
        ProgressBar bar = new ProgressBar(err, tty);
        try {
            ImportReport report;
            try {
                report = importer.loadFromCommandLine(dir, label, bar);
            } finally {
                bar.finish();
            }
            out.printf(
                    Locale.ROOT,
                    "Imported %s: %,d entities and %,d links in %.1f s (%,.0f per second), run %s%n",
                    dir,
                    report.entities(),
                    report.links(),
                    report.duration().toMillis() / 1000.0,
                    report.rowsPerSecond(),
                    report.runId());
            return 0;
        } catch (BundleRejectedException e) {
            err.printf(Locale.ROOT, "Refused %s: %,d errors, nothing was written%n", dir, e.totalErrors());
            e.errors().forEach(err::println);
            if (e.totalErrors() > e.errors().size()) {
                err.printf(
                        Locale.ROOT,
                        "… and %,d more%n",
                        e.totalErrors() - e.errors().size());
            }
            return 1;
        }
    }
}
