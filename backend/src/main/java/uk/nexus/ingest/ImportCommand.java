package uk.nexus.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code nexus import DIR [--label NAME] [--quarantine OUTDIR | --initial]}: validates a CSV bundle and loads it,
 * printing progress ({@link ProgressBar}: a bar per phase on a terminal, periodic lines otherwise) and,
 * for a bundle with errors, every error as {@code file:line:field: message}. With {@code --quarantine}
 * the valid rows are loaded and the invalid ones written to OUTDIR as a bundle to fix and load again
 * (decision 0610). With {@code --initial} a store without loaded data is filled with Neo4j's offline
 * importer ({@link InitialLoad}, decision 0603). Exit codes: 0 loaded (everything, or the valid rows with {@code --quarantine}), 1
 * refused (nothing written), 2 usage, 3 loaded with rows quarantined.
 */
public final class ImportCommand {

    private static final String USAGE = "usage: nexus import DIR [--label NAME] [--quarantine OUTDIR | --initial]";

    /** Exit code when the valid rows were loaded and some were quarantined. */
    public static final int QUARANTINED = 3;

    private ImportCommand() {}

    /** Checks the arguments before any database is started; returns null when they are fine. */
    public static @Nullable String usageError(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            return USAGE;
        }
        if (!Files.isDirectory(Path.of(args[0]))) {
            return "not a directory: " + args[0];
        }
        for (int i = 1; i < args.length; i++) {
            if ((args[i].equals("--label") || args[i].equals("--quarantine")) && i + 1 < args.length) {
                i++;
            } else if (args[i].equals("--initial")) {
                if (option(args, "--quarantine") != null) {
                    return "--initial loads a bundle only without errors; it cannot be combined with --quarantine";
                }
            } else {
                return "unknown option: " + args[i] + " (" + USAGE + ")";
            }
        }
        String quarantine = option(args, "--quarantine");
        if (quarantine != null && Files.exists(Path.of(quarantine))) {
            try (var files = Files.list(Path.of(quarantine))) {
                if (files.findAny().isPresent()) {
                    return "the quarantine directory must be new or empty: " + quarantine;
                }
            } catch (java.io.IOException e) {
                return "cannot read the quarantine directory " + quarantine + ": " + e.getMessage();
            }
        }
        return null;
    }

    private static @Nullable String option(String[] args, String name) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Whether the arguments ask for an initial load ({@link InitialLoad}). */
    public static boolean initial(String[] args) {
        return java.util.Arrays.asList(args).contains("--initial");
    }

    /** {@code nexus import DIR --initial}: the application is started (twice) by {@code open}. */
    public static int runInitial(
            java.util.function.Supplier<InitialLoad.Store> open, String[] args, PrintStream out, PrintStream err) {
        String problem = usageError(args);
        if (problem != null) {
            err.println(problem);
            return 2;
        }
        Path dir = Path.of(args[0]);
        String given = option(args, "--label");
        String label = given != null ? given : "import " + dir.getFileName();
        boolean tty = System.console() != null && System.console().isTerminal();
        ProgressBar bar = new ProgressBar(err, tty);
        try {
            ImportReport report;
            try {
                report = InitialLoad.load(dir, label, open, bar, err);
            } finally {
                bar.finish();
            }
            printReport(out, dir, report);
            return 0;
        } catch (InitialLoad.NotPossible e) {
            err.println("Refused " + dir + ": " + e.getMessage() + "; nothing was written");
            return 1;
        } catch (BundleRejectedException e) {
            printRejection(err, dir, e);
            return 1;
        }
    }

    private static void printReport(PrintStream out, Path dir, ImportReport report) {
        out.printf(
                Locale.ROOT,
                "Imported %s: %,d entities and %,d links in %.1f s (%,.0f per second), run %s%n",
                dir,
                report.entities(),
                report.links(),
                report.duration().toMillis() / 1000.0,
                report.rowsPerSecond(),
                report.runId());
    }

    private static void printRejection(PrintStream err, Path dir, BundleRejectedException e) {
        err.printf(Locale.ROOT, "Refused %s: %,d errors, nothing was written%n", dir, e.totalErrors());
        e.errors().forEach(err::println);
        if (e.totalErrors() > e.errors().size()) {
            err.printf(
                    Locale.ROOT,
                    "… and %,d more%n",
                    e.totalErrors() - e.errors().size());
        }
    }

    public static int run(BundleImporter importer, String[] args, PrintStream out, PrintStream err) {
        return run(importer, null, args, out, err);
    }

    public static int run(
            BundleImporter importer,
            @Nullable QuarantiningImporter quarantining,
            String[] args,
            PrintStream out,
            PrintStream err) {
        String problem = usageError(args);
        if (problem != null) {
            err.println(problem);
            return 2;
        }
        Path dir = Path.of(args[0]);
        String given = option(args, "--label");
        String label = given != null ? given : "import " + dir.getFileName();
        String quarantineOption = option(args, "--quarantine");
        boolean tty = System.console() != null && System.console().isTerminal();
        ProgressBar bar = new ProgressBar(err, tty);
        try {
            QuarantiningImporter.Report quarantined = null;
            ImportReport report;
            try {
                if (quarantineOption != null) {
                    if (quarantining == null) {
                        err.println("--quarantine is not available here");
                        return 2;
                    }
                    quarantined = quarantining.loadFromCommandLine(dir, Path.of(quarantineOption), label, bar);
                    report = quarantined.loaded();
                } else {
                    report = importer.loadFromCommandLine(dir, label, bar);
                }
            } finally {
                bar.finish();
            }
            printReport(out, dir, report);
            if (quarantined != null && quarantined.quarantine() != null) {
                out.printf(
                        Locale.ROOT,
                        "Quarantined %,d rows with %,d errors in %s %s; fix them and load that directory with"
                                + " ./nexus import%n",
                        quarantined.quarantinedRows(),
                        quarantined.totalErrors(),
                        quarantined.quarantine(),
                        quarantined.quarantinedByFile());
                quarantined.errors().forEach(err::println);
                if (quarantined.totalErrors() > quarantined.errors().size()) {
                    err.printf(
                            Locale.ROOT,
                            "… and %,d more (all in %s)%n",
                            quarantined.totalErrors() - quarantined.errors().size(),
                            quarantined.quarantine().resolve("_errors.csv"));
                }
                return QUARANTINED;
            }
            return 0;
        } catch (BundleRejectedException e) {
            printRejection(err, dir, e);
            return 1;
        }
    }
}
