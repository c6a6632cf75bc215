package uk.nexus.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.config.Setting;
import org.springframework.core.io.ClassPathResource;
import uk.nexus.ingest.internal.BundleSchema;
import uk.nexus.ingest.internal.FileSpec;
import uk.nexus.neo4j.CypherMigrations;
import uk.nexus.neo4j.EmbeddedNeo4j;
import uk.nexus.neo4j.NexusNeo4jProperties;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GenerationSummary;
import uk.nexus.seed.GeneratorSettings;

/**
 * {@code nexus bench import}: generates a force (or takes {@code --bundle DIR}), loads it with the
 * Nexus importer (validation and writing, as {@code nexus import} does) into a fresh embedded Neo4j,
 * then loads the same CSV files with Neo4j's own {@code LOAD CSV … CALL { … } IN TRANSACTIONS} into
 * another fresh embedded Neo4j with the same schema (constraints and indexes from the migrations) and
 * page cache, in the same JVM. Prints rows, seconds, rows per second, peak heap and store size of
 * both, checks that both wrote the same nodes per label and relationships per type, and writes
 * Markdown with {@code --out}. Decisions 0601 and 0602; figures in docs/benchmarks.md ("Bulk import").
 *
 * <p>Exit codes: 0 done, 1 failed run or the two loads differ, 2 usage error.
 */
public final class ImportBenchCommand {

    static final String USAGE = "usage: bench import [--subjects N | --bundle DIR] [--seed N] [--page-cache 2g]"
            + " [--work-dir DIR] [--no-load-csv] [--initial] [--out FILE.md]";

    /** The labels a bundle writes; the run record, version counter, users and audit are not counted. */
    static final List<String> BUNDLE_LABELS = List.of(
            "Subject",
            "Alias",
            "Group",
            "Gang",
            "Ocg",
            "Location",
            "Phone",
            "Vehicle",
            "Weapon",
            "Incident",
            "IntelReport",
            "Offence",
            "ReferralOriginator",
            "Conviction",
            "Check",
            "Referral");

    /** Nexus's backend started on a store directory: its importer and its driver. */
    public interface Backend extends InitialLoad.Store {
        @Override
        BundleImporter importer();

        @Override
        Driver driver();

        /** The embedded DBMS, needed by {@code --initial}. */
        @Override
        default @Nullable EmbeddedNeo4j embedded() {
            return null;
        }

        @Override
        default String database() {
            return "neo4j";
        }

        @Override
        void close();
    }

    /** Where and how to start a backend for the benchmark. */
    public record BackendSettings(Path store, String pageCache) {}

    record Options(
            int subjects,
            long seed,
            @Nullable Path bundle,
            String pageCache,
            @Nullable Path workDir,
            boolean loadCsv,
            boolean initial,
            @Nullable Path out) {

        static Options parse(String[] args) {
            int subjects = 100_000;
            long seed = 42;
            Path bundle = null;
            String pageCache = "2g";
            Path workDir = null;
            boolean loadCsv = true;
            boolean initial = false;
            Path out = null;
            int i = 0;
            if (i < args.length && args[i].equals("import")) {
                i++;
            }
            for (; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--no-load-csv")) {
                    loadCsv = false;
                    continue;
                }
                if (a.equals("--initial")) {
                    initial = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--subjects" -> subjects = parseCount(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--bundle" -> bundle = Path.of(v);
                    case "--page-cache" -> pageCache = v;
                    case "--work-dir" -> workDir = Path.of(v);
                    case "--out" -> out = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (bundle != null && !Files.isDirectory(bundle)) {
                throw new IllegalArgumentException("not a directory: " + bundle);
            }
            if (subjects < 100) {
                throw new IllegalArgumentException("--subjects must be at least 100");
            }
            return new Options(subjects, seed, bundle, pageCache, workDir, loadCsv, initial, out);
        }

        private static int parseCount(String v) {
            String s = v.toLowerCase(Locale.ROOT).replace("_", "");
            if (s.endsWith("m")) {
                return Math.toIntExact(Long.parseLong(s.substring(0, s.length() - 1)) * 1_000_000);
            }
            if (s.endsWith("k")) {
                return Math.toIntExact(Long.parseLong(s.substring(0, s.length() - 1)) * 1_000);
            }
            return Integer.parseInt(s);
        }
    }

    /** One load's figures. */
    record Result(
            String loader,
            long rows,
            Duration duration,
            long peakHeapMiB,
            double cpuSeconds,
            long storeMiB,
            Map<String, Long> nodes,
            Map<String, Long> relationships,
            String note) {

        double rowsPerSecond() {
            return rows / Math.max(duration.toNanos() / 1e9, 1e-9);
        }

        /** Rows per second of CPU time this process used: comparable on a machine others are loading. */
        double rowsPerCpuSecond() {
            return rows / Math.max(cpuSeconds, 1e-9);
        }
    }

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    private ImportBenchCommand(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code bench} (starting with {@code import})
     * @param backends starts Nexus's backend (its Spring context, without web server) on a store
     * @return the exit code
     */
    public static int run(
            String[] args, PrintStream out, PrintStream err, Function<BackendSettings, Backend> backends) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            return new ImportBenchCommand(options, out, err).benchmark(backends);
        } catch (RuntimeException | IOException e) {
            err.println("bench import failed: " + e);
            return 1;
        }
    }

    private int benchmark(Function<BackendSettings, Backend> backends) throws IOException {
        Path work = options.workDir != null
                ? Files.createDirectories(options.workDir)
                : Files.createTempDirectory("nexus-bench-import-");
        try {
            String machine = machine();
            out.println("bench import: " + machine);
            Path bundle = options.bundle;
            String generated = "";
            if (bundle == null) {
                bundle = work.resolve("bundle");
                err.printf(Locale.ROOT, "generating a force of %,d subjects into %s%n", options.subjects, bundle);
                long start = System.nanoTime();
                GenerationSummary summary = new ForceGenerator()
                        .generate(GeneratorSettings.defaults(options.subjects, options.seed, LocalDate.now()), bundle);
                generated = String.format(
                        Locale.ROOT,
                        "generated %,d subjects (seed %d) in %.1f s, %,d links",
                        options.subjects,
                        options.seed,
                        (System.nanoTime() - start) / 1e9,
                        summary.links());
                out.println(generated);
            }
            long bundleMiB = size(bundle) >> 20;
            Map<String, Long> lines = lineCounts(bundle);
            long rows = lines.values().stream().mapToLong(Long::longValue).sum();
            out.printf(
                    Locale.ROOT, "bundle: %s, %,d rows in %d files, %,d MiB%n", bundle, rows, lines.size(), bundleMiB);

            List<Result> results = new ArrayList<>();
            results.add(ours(backends, bundle, work.resolve("store-nexus")));
            if (options.initial) {
                results.add(initial(backends, bundle, work.resolve("store-initial")));
            }
            if (options.loadCsv) {
                results.add(loadCsv(bundle, work.resolve("store-load-csv"), rows));
            }
            String table = table(results);
            out.println(table);
            String comparison = compare(results);
            out.println(comparison);
            if (options.out != null) {
                String md = "### Bulk import: " + String.format(Locale.ROOT, "%,d", rows) + " rows ("
                        + (options.bundle == null
                                ? String.format(Locale.ROOT, "%,d subjects", options.subjects)
                                : options.bundle.toString())
                        + ")\n\n" + "Measured " + Instant.now() + " on " + machine + ".\n"
                        + (generated.isEmpty() ? "" : generated + ".\n") + "\n" + table + "\n" + comparison + "\n";
                Files.writeString(options.out, md);
                out.println("written " + options.out);
            }
            return comparison.startsWith("Same") ? 0 : 1;
        } finally {
            if (options.workDir == null) {
                deleteTree(work);
            }
        }
    }

    private Result ours(Function<BackendSettings, Backend> backends, Path bundle, Path store) {
        err.println("loading with the Nexus importer into a fresh store " + store);
        ImportReport report;
        double cpu;
        long peak;
        Census census;
        String writer;
        try (Backend backend = backends.apply(new BackendSettings(store, options.pageCache));
                HeapSampler heap = new HeapSampler()) {
            ProgressBar bar = new ProgressBar(err, false);
            cpu = cpuSeconds();
            report = backend.importer().loadFromCommandLine(bundle, "bench", bar);
            cpu = cpuSeconds() - cpu;
            bar.finish();
            peak = heap.peakMiB();
            census = census(backend.driver());
            writer = backend.importer().writesInProcess() ? "in-process writer" : "Cypher over Bolt";
        }
        // After shutdown: Neo4j has checkpointed, so the files hold everything.
        return new Result(
                "Nexus importer (" + writer + ", validation included)",
                report.entities() + report.links(),
                report.duration(),
                peak,
                cpu,
                storeMiB(store),
                census.nodes(),
                census.relationships(),
                "validates every row and reference first");
    }

    private Result initial(Function<BackendSettings, Backend> backends, Path bundle, Path store) {
        err.println("loading with the initial load (validation, then Neo4j's offline importer) into a fresh store "
                + store);
        ImportReport report;
        double cpu;
        long peak;
        Census census;
        try (HeapSampler heap = new HeapSampler()) {
            ProgressBar bar = new ProgressBar(err, false);
            cpu = cpuSeconds();
            report = InitialLoad.load(
                    bundle, "bench", () -> backends.apply(new BackendSettings(store, options.pageCache)), bar, err);
            cpu = cpuSeconds() - cpu;
            bar.finish();
            peak = heap.peakMiB();
        }
        try (Backend backend = backends.apply(new BackendSettings(store, options.pageCache))) {
            census = census(backend.driver());
        }
        return new Result(
                "Nexus initial load (neo4j-admin import, validation included)",
                report.entities() + report.links(),
                report.duration(),
                peak,
                cpu,
                storeMiB(store),
                census.nodes(),
                census.relationships(),
                "empty store only; two application starts, the import and the index build included");
    }

    private Result loadCsv(Path bundle, Path store, long rows) {
        err.println("loading with LOAD CSV … CALL { … } IN TRANSACTIONS into a fresh store " + store);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Map<Setting<?>, Object> extra = Map.of(
                GraphDatabaseSettings.load_csv_file_url_root,
                bundle.toAbsolutePath(),
                GraphDatabaseSettings.allow_file_urls,
                true);
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, "127.0.0.1", 0, password, options.pageCache, extra);
        Duration duration;
        double cpu;
        long peak;
        Census census;
        try (neo4j;
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password));
                HeapSampler heap = new HeapSampler()) {
            CypherMigrations migrations = new CypherMigrations(driver, "neo4j");
            migrations.migrate();
            // The offence table and referral originators, as Nexus's backend loads them on start.
            new ReferenceData(
                            driver,
                            new NexusNeo4jProperties(null, "neo4j", password, "neo4j", null),
                            migrations,
                            new ClassPathResource("nexus/reference/offence-weights-v1.csv"),
                            new ClassPathResource("nexus/reference/referral-originators.csv"))
                    .afterPropertiesSet();
            cpu = cpuSeconds();
            long start = System.nanoTime();
            for (var statement : LoadCsvStatements.all().entrySet()) {
                if (!Files.exists(bundle.resolve(statement.getKey()))) {
                    continue;
                }
                long fileStart = System.nanoTime();
                try (var session = driver.session()) {
                    session.run(statement.getValue()).consume();
                }
                err.printf(
                        Locale.ROOT,
                        "LOAD CSV %-24s %.1f s%n",
                        statement.getKey(),
                        (System.nanoTime() - fileStart) / 1e9);
            }
            duration = Duration.ofNanos(System.nanoTime() - start);
            cpu = cpuSeconds() - cpu;
            peak = heap.peakMiB();
            census = census(driver);
        }
        return new Result(
                "Neo4j LOAD CSV … CALL { … } IN TRANSACTIONS OF 10000 ROWS",
                rows,
                duration,
                peak,
                cpu,
                storeMiB(store),
                census.nodes(),
                census.relationships(),
                "no validation; same MERGE on the same keys");
    }

    private record Census(Map<String, Long> nodes, Map<String, Long> relationships) {}

    private static Census census(Driver driver) {
        Map<String, Long> nodes = new TreeMap<>();
        Map<String, Long> relationships = new TreeMap<>();
        try (var session = driver.session()) {
            for (String label : BUNDLE_LABELS) {
                nodes.put(
                        label,
                        session.run("MATCH (n:" + label + ") RETURN count(n) AS c")
                                .single()
                                .get("c")
                                .asLong());
            }
            List<String> types = session.run(
                            "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
                    .list(r -> r.get(0).asString());
            for (String type : types) {
                long c = session.run("MATCH ()-[r:`" + type + "`]->() RETURN count(r) AS c")
                        .single()
                        .get("c")
                        .asLong();
                if (c > 0) {
                    relationships.put(type, c);
                }
            }
        }
        return new Census(nodes, relationships);
    }

    static String table(List<Result> results) {
        StringBuilder s = new StringBuilder();
        s.append("| loader | rows | seconds | rows/s | CPU s | rows per CPU s | peak heap | store | nodes |"
                + " relationships | note |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result r : results) {
            s.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %,.0f | %.0f | %,.0f | %,d MiB | %,d MiB | %,d | %,d | %s |%n",
                    r.loader(),
                    r.rows(),
                    r.duration().toMillis() / 1000.0,
                    r.rowsPerSecond(),
                    r.cpuSeconds(),
                    r.rowsPerCpuSecond(),
                    r.peakHeapMiB(),
                    r.storeMiB(),
                    sumWithoutSubLabels(r.nodes()),
                    r.relationships().values().stream()
                            .mapToLong(Long::longValue)
                            .sum(),
                    r.note()));
        }
        return s.toString();
    }

    private static long sumWithoutSubLabels(Map<String, Long> nodes) {
        return nodes.entrySet().stream()
                .filter(e -> !e.getKey().equals("Gang") && !e.getKey().equals("Ocg"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    static String compare(List<Result> results) {
        if (results.size() < 2) {
            return "Same: only one loader ran (--no-load-csv), nothing to compare.";
        }
        Result a = results.get(0);
        List<String> differences = new ArrayList<>();
        for (Result b : results.subList(1, results.size())) {
            for (var kind : List.of("nodes", "relationships")) {
                Map<String, Long> x = kind.equals("nodes") ? a.nodes() : a.relationships();
                Map<String, Long> y = kind.equals("nodes") ? b.nodes() : b.relationships();
                TreeMap<String, Long> keys = new TreeMap<>(x);
                y.forEach(keys::putIfAbsent);
                for (String k : keys.keySet()) {
                    if (!Objects.equals(x.getOrDefault(k, 0L), y.getOrDefault(k, 0L))) {
                        differences.add(String.format(
                                Locale.ROOT,
                                "%s %s: %,d vs %,d (%s)",
                                kind,
                                k,
                                x.getOrDefault(k, 0L),
                                y.getOrDefault(k, 0L),
                                b.loader()));
                    }
                }
            }
        }
        if (differences.isEmpty()) {
            return "Same nodes per label and relationships per type in every store: "
                    + a.nodes().entrySet().stream()
                            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                            .collect(Collectors.joining(", "))
                    + "; "
                    + a.relationships().entrySet().stream()
                            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                            .collect(Collectors.joining(", "))
                    + ".";
        }
        return "DIFFERENT (against the first loader): " + String.join("; ", differences);
    }

    private static Map<String, Long> lineCounts(Path bundle) throws IOException {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (FileSpec spec : BundleSchema.files()) {
            Path f = bundle.resolve(spec.file());
            if (Files.exists(f)) {
                try (Stream<String> s = Files.lines(f)) {
                    lines.put(spec.file(), Math.max(0, s.count() - 1));
                }
            }
        }
        return lines;
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try (Stream<String> info = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = info.filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(cpu);
        } catch (IOException | UncheckedIOException e) {
            // not Linux: leave it unknown
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                Locale.ROOT,
                "%d cores (%s), load average %.2f, heap max %,d MiB, Java %s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                os.getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.version());
    }

    /** CPU time of this whole process (every thread, Neo4j's included). */
    private static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static long storeMiB(Path home) {
        Path db = home.resolve("data").resolve("databases").resolve("neo4j");
        return size(Files.isDirectory(db) ? db : home) >> 20;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }

    /** Samples the used heap every 200 ms; the peak is an upper bound of what the load needed. */
    private static final class HeapSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        HeapSampler() {
            System.gc();
            thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (running.get()) {
                    Runtime rt = Runtime.getRuntime();
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long peakMiB() {
            return peak.get() >> 20;
        }

        @Override
        public void close() {
            running.set(false);
            thread.interrupt();
        }
    }
}
