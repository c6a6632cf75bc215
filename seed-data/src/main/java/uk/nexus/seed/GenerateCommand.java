package uk.nexus.seed;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code generate} command: writes the demo data bundle. Wired by the CLI as {@code ./nexus generate}.
 *
 * <pre>
 * generate --out DIR [--subjects N] [--seed S] [--as-of YYYY-MM-DD]
 *          [--gangs N] [--ocgs N] [--incidents N] [--referrals N] [--plant-duplicates N | --duplicates RATE]
 * </pre>
 */
public final class GenerateCommand {

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int FAILED = 1;

    static final String USAGE_TEXT = """
            usage: generate --out DIR [options]
              --out DIR               bundle directory to write (created if missing)
              --subjects N            number of people (default 5000; 100 to 20000000)
              --seed S                random seed (default 42); same settings give the same bytes
              --as-of YYYY-MM-DD      the "today" of the data (default 2026-11-01)
              --gangs N               override the number of gangs (default 60 per 5000 subjects)
              --ocgs N                override the number of OCGs (default 20 per 5000 subjects)
              --incidents N           override the number of incidents (default 30000 per 5000 subjects)
              --referrals N           override the number of referrals (default 1269 per 5000 subjects)
              --plant-duplicates N    add N near-duplicate subjects and write _duplicates-truth.csv
              --duplicates RATE       the same as a share of the subjects (0 to 0.1; default 0: none)
              --help                  show this help
            """;

    private GenerateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        int subjects = GeneratorSettings.DEFAULT_SUBJECTS;
        long seed = GeneratorSettings.DEFAULT_SEED;
        LocalDate asOf = GeneratorSettings.DEFAULT_AS_OF;
        Integer gangs = null;
        Integer ocgs = null;
        Integer incidents = null;
        Integer referrals = null;
        int duplicates = 0;
        Double rate = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.print(USAGE_TEXT);
                    return OK;
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    value = args[++i];
                }
                switch (arg) {
                    case "--out" -> dir = Path.of(value);
                    case "--subjects" -> subjects = integer(arg, value);
                    case "--seed" -> seed = longValue(arg, value);
                    case "--as-of" -> asOf = date(arg, value);
                    case "--gangs" -> gangs = integer(arg, value);
                    case "--ocgs" -> ocgs = integer(arg, value);
                    case "--incidents" -> incidents = integer(arg, value);
                    case "--referrals" -> referrals = integer(arg, value);
                    case "--plant-duplicates" -> duplicates = integer(arg, value);
                    case "--duplicates" -> rate = share(arg, value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            GeneratorSettings settings = GeneratorSettings.defaults(subjects, seed, asOf);
            if (gangs != null) {
                settings = settings.withGangs(gangs);
            }
            if (ocgs != null) {
                settings = settings.withOcgs(ocgs);
            }
            if (incidents != null) {
                settings = settings.withIncidents(incidents);
            }
            if (referrals != null) {
                settings = settings.withReferrals(referrals);
            }
            if (rate != null) {
                duplicates = (int) Math.round(rate * subjects);
            }
            settings = settings.withPlantedDuplicates(duplicates);
            return generate(settings, dir, out, err);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    private static int generate(GeneratorSettings settings, Path dir, PrintStream out, PrintStream err) {
        GenerationSummary summary;
        try {
            summary = new ForceGenerator().generate(settings, dir, line -> err.println("generate: " + line));
        } catch (UncheckedIOException e) {
            err.println("generate: cannot write " + dir + ": " + e.getCause().getMessage());
            return FAILED;
        }
        out.printf(
                Locale.ROOT,
                "Wrote %s (subjects %d, seed %d, as of %s) in %.1f s%n",
                dir,
                settings.subjects(),
                settings.seed(),
                settings.asOf(),
                summary.millis() / 1000.0);
        for (GenerationSummary.FileCount c : summary.files()) {
            out.printf(Locale.ROOT, "  %-22s %,12d%n", c.file(), c.rows());
        }
        out.printf(
                Locale.ROOT,
                "  %-22s %,12d (%.2f per subject)%n",
                "links",
                summary.links(),
                summary.links() / (double) settings.subjects());
        if (settings.plantDuplicates() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  planted %d duplicates, truth in %s%n",
                    settings.plantDuplicates(),
                    Bundle.TRUTH_FILE);
        }
        return OK;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a whole number: " + value);
        }
    }

    private static double share(String option, String value) {
        try {
            double d = Double.parseDouble(value);
            if (!(d >= 0 && d <= 0.1)) {
                throw new IllegalArgumentException(option + ": a share between 0 and 0.1: " + value);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a number: " + value);
        }
    }

    private static long longValue(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a whole number: " + value);
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": not a date YYYY-MM-DD: " + value);
        }
    }
}
