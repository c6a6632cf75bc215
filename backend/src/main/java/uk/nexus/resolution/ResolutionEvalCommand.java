package uk.nexus.resolution;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nexus.ingest.BundleImporter;
import uk.nexus.ingest.ImportReport;
import uk.nexus.resolution.internal.PairScan;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GeneratorSettings;

/**
 * {@code nexus resolve-eval [--subjects N] [--duplicates RATE] [--seed S]}: generates a force with planted
 * duplicates, loads it through the importer into a temporary embedded Neo4j, scans it and prints
 * precision, recall and F1 at the MATCH and POSSIBLE thresholds, the pairs compared and the times.
 * Exit codes: 0 done, 1 failed, 2 usage.
 */
public final class ResolutionEvalCommand {

    static final String USAGE = "usage: resolve-eval [--subjects N] [--duplicates RATE] [--seed S]";

    private ResolutionEvalCommand() {}

    /**
     * @param start starts the application (no web, no demo data) on an embedded Neo4j in the given
     *     directory
     */
    public static int run(
            String[] args, PrintStream out, PrintStream err, Function<Path, ConfigurableApplicationContext> start) {
        int subjects = 5_000;
        double rate = 0.05;
        long seed = GeneratorSettings.DEFAULT_SEED;
        try {
            for (int i = 0; i < args.length; i++) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--subjects" -> subjects = Integer.parseInt(args[++i].replace("_", ""));
                    case "--duplicates" -> rate = Double.parseDouble(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (!(rate > 0 && rate <= 0.1)) {
                throw new IllegalArgumentException("--duplicates: a share above 0 and at most 0.1");
            }
        } catch (IllegalArgumentException e) {
            err.println("resolve-eval: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("nexus-resolve-eval");
            Path bundle = work.resolve("bundle");
            GeneratorSettings settings = GeneratorSettings.defaults(subjects, seed, GeneratorSettings.DEFAULT_AS_OF)
                    .withPlantedDuplicates((int) Math.round(rate * subjects));
            err.println("resolve-eval: generating " + subjects + " subjects with " + settings.plantDuplicates()
                    + " planted duplicates");
            new ForceGenerator().generate(settings, bundle);
            Set<String> truth = ResolutionEvaluation.truth(bundle.resolve(ForceGenerator.TRUTH_FILE));
            try (ConfigurableApplicationContext context = start.apply(work.resolve("neo4j"))) {
                err.println("resolve-eval: loading into a temporary embedded Neo4j");
                ImportReport loaded = context.getBean(BundleImporter.class)
                        .loadFromCommandLine(bundle, "resolve-eval", BundleImporter.Progress.NONE);
                err.println("resolve-eval: scanning");
                PairScan.Result scan = context.getBean(PairScan.class).run();
                print(out, settings, loaded, scan, ResolutionEvaluation.of(scan, truth));
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("resolve-eval: failed: " + e);
            return 1;
        } finally {
            delete(work);
        }
    }

    static void print(
            PrintStream out,
            GeneratorSettings settings,
            ImportReport loaded,
            PairScan.Result scan,
            List<ResolutionEvaluation.AtThreshold> figures) {
        out.printf(
                Locale.ROOT,
                "Entity resolution on %,d subjects + %,d planted duplicates (seed %d), loaded in %.1f s%n",
                settings.subjects(),
                settings.plantDuplicates(),
                settings.seed(),
                loaded.duration().toMillis() / 1000.0);
        out.printf(
                Locale.ROOT,
                "  scan: %,d records, %,d pairs compared (all pairs would be %,d), %d oversized blocks skipped,"
                        + " %.1f s%n",
                scan.records(),
                scan.candidatePairs(),
                (long) scan.records() * (scan.records() - 1) / 2,
                scan.skippedBlocks(),
                scan.millis() / 1000.0);
        figures.forEach(f -> out.println("  " + f.line()));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
