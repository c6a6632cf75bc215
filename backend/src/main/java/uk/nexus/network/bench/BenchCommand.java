package uk.nexus.network.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import uk.nexus.graph.BrandesBetweenness;
import uk.nexus.graph.GraphSnapshot;
import uk.nexus.graph.Louvain;
import uk.nexus.graph.Partition;
import uk.nexus.graph.PowerIterationPageRank;
import uk.nexus.graph.RiondatoKornaropoulosBetweenness;
import uk.nexus.neo4j.EmbeddedNeo4j;
import uk.nexus.projection.Projection;
import uk.nexus.projection.ProjectionFilter;
import uk.nexus.projection.ProjectionService;

/**
 * {@code nexus bench analysis}: for each size, generates a {@link SyntheticNetwork}, writes it into
 * a temporary embedded Neo4j, times the projection back with the driver ({@link
 * uk.nexus.projection.ProjectionService}), then times PageRank, betweenness (exact up to {@code --exact-max}
 * subjects, sampled at every size with its error against exact where exact ran), Louvain and a
 * harm-style ranking with {@link uk.nexus.graph}, and igraph on the same graph in the same run.
 * Prints a table (measure, size, our time, igraph's, ratio, note) and writes it as Markdown with
 * {@code --out}. Decision 0330.
 *
 * <p>Exit codes: 0 done, 1 failed run or igraph missing, 2 usage error.
 */
public final class BenchCommand {

    static final String USAGE = "usage: bench analysis [--sizes 10k,100k,1m] [--links-per-subject 10] [--seed N]"
            + " [--epsilon 0.05] [--delta 0.1] [--exact-max 20000] [--python /usr/bin/python3] [--no-igraph]"
            + " [--work-dir DIR] [--out FILE.md]";

    private final Options options;
    private final PrintStream out;
    private final List<Row> rows = new ArrayList<>();

    private BenchCommand(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** One line of the result table; times in milliseconds, null when not measured. */
    record Row(
            String measure,
            String size,
            @Nullable Double ours,
            @Nullable Double igraph,
            String note) {

        @Nullable
        Double ratio() {
            return ours == null || igraph == null || igraph <= 0 ? null : ours / igraph;
        }
    }

    /**
     * Runs the command.
     *
     * @param args arguments after {@code bench}
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (BenchException e) {
            err.println("bench: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        try {
            new BenchCommand(options, out).benchmark();
            return 0;
        } catch (BenchException | IllegalArgumentException | IllegalStateException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        }
    }

    private void benchmark() throws IOException {
        IgraphRunner igraph = options.igraph ? new IgraphRunner(options.python) : null;
        String igraphVersion = igraph == null ? "not run (--no-igraph)" : igraph.version();
        out.printf(
                Locale.ROOT,
                "bench analysis: sizes %s, %d links per subject, seed %d; %d cores, heap %d MiB, Java %s; igraph %s%n",
                options.sizes,
                options.linksPerSubject,
                options.seed,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.version(),
                igraphVersion);
        warmUp();
        Path work = options.workDir != null
                ? Files.createDirectories(options.workDir)
                : Files.createTempDirectory("nexus-bench-");
        try {
            for (int subjects : options.sizes) {
                benchmark(subjects, igraph, Files.createDirectories(work.resolve(label(subjects))));
            }
        } finally {
            if (options.workDir == null) {
                deleteTree(work);
            }
        }
        String table = table();
        out.println();
        out.print(table);
        if (options.out != null) {
            Files.writeString(
                    options.out,
                    "<!-- nexus bench " + String.join(" ", options.given) + " — " + Instant.now() + " -->\n"
                            + "Java " + Runtime.version() + ", "
                            + Runtime.getRuntime().availableProcessors()
                            + " cores, heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; igraph "
                            + igraphVersion + "\n\n" + table);
            out.println("written to " + options.out);
        }
    }

    /** JIT warm-up on a small network, so that the first size does not pay for compilation. */
    private void warmUp() {
        SyntheticNetwork small = SyntheticNetwork.generate(2_000, 10, options.seed + 1);
        Graph<String, DefaultWeightedEdge> graph = InMemory.graph(small);
        GraphSnapshot<String> snapshot = GraphSnapshot.of(graph);
        GraphSnapshot<String> hops = GraphSnapshot.of(new AsUnweightedGraph<>(graph));
        for (int i = 0; i < 3; i++) {
            new PowerIterationPageRank<>(snapshot).getScores();
            new BrandesBetweenness<>(hops, true).getScores();
            new RiondatoKornaropoulosBetweenness<>(hops, 0.05, 0.1, i).getScores();
            new Louvain<>(snapshot, Louvain.DEFAULT_SEED, 1.0).getPartition();
            HarmStyleRanking.rank(snapshot, graph, new double[small.subjects()]);
        }
    }

    private void benchmark(int subjects, @Nullable IgraphRunner igraph, Path work) throws IOException {
        String size = label(subjects);
        progress(size, "generating");
        long start = System.nanoTime();
        SyntheticNetwork network = SyntheticNetwork.generate(subjects, options.linksPerSubject, options.seed);
        double generateMs = millis(start);
        add(
                "generate",
                size,
                generateMs,
                null,
                String.format(
                        Locale.ROOT,
                        "%,d subjects, %,d links, %d gangs",
                        network.subjects(),
                        network.links(),
                        network.gangCount()));

        Projection projection;
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        String pageCache = subjects >= 500_000 ? "2g" : "512m";
        Path store = work.resolve("neo4j");
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, "127.0.0.1", 0, password, pageCache);
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password))) {
            progress(size, "writing to Neo4j");
            start = System.nanoTime();
            new BenchNeo4jWriter(driver).write(network);
            add("write to Neo4j (driver, UNWIND batches)", size, millis(start), null, "not a target");
            progress(size, "projecting from Neo4j");
            System.gc();
            long heapBefore = usedHeap();
            start = System.nanoTime();
            projection = ProjectionService.standalone(driver, "neo4j").projection(ProjectionFilter.associations());
            double loadMs = millis(start);
            System.gc();
            long heapMiB = (usedHeap() - heapBefore) >> 20;
            add(
                    "projection load (ProjectionService: driver → compact JGraphT graph + CSR snapshot)",
                    size,
                    loadMs,
                    null,
                    String.format(
                            Locale.ROOT,
                            "%,d vertices, %,d edges; graph + snapshot ~%,d MiB heap (%,d MiB per million links)",
                            projection.graph().vertexSet().size(),
                            projection.graph().edgeSet().size(),
                            heapMiB,
                            heapMiB
                                    * 1_000_000L
                                    / Math.max(1, projection.graph().edgeSet().size())));
        } finally {
            neo4j.close();
            deleteTree(store);
        }

        // The projection's own CSR snapshot (built in its load, shared by every measure); the unweighted
        // one for hop-count betweenness is built here, as the analysis service does for that measure.
        Graph<String, Integer> graph = projection.graph();
        GraphSnapshot<String> snapshot = projection.snapshot();
        start = System.nanoTime();
        GraphSnapshot<String> hops = GraphSnapshot.of(new AsUnweightedGraph<>(graph));
        add("unweighted snapshot (for hop betweenness)", size, millis(start), null, "once per projection");

        // Ours, in the order igraph runs them.
        progress(size, "PageRank");
        start = System.nanoTime();
        PowerIterationPageRank<String> pagerankAlgorithm = new PowerIterationPageRank<>(snapshot);
        Map<String, Double> pagerank = pagerankAlgorithm.getScores();
        double pagerankMs = millis(start);

        boolean exact = subjects <= options.exactMax;
        double[] brandes = null;
        double brandesMs = 0;
        if (exact) {
            progress(size, "exact betweenness");
            start = System.nanoTime();
            brandes = inIndexOrder(new BrandesBetweenness<>(hops, true).getScores(), subjects);
            brandesMs = millis(start);
        }
        progress(size, "Louvain");
        start = System.nanoTime();
        Partition<String> partition = new Louvain<>(snapshot, Louvain.DEFAULT_SEED, 1.0).getPartition();
        double louvainMs = millis(start);

        progress(size, "harm-style ranking");
        double[] harm = new double[subjects];
        for (int i = 0; i < subjects; i++) {
            harm[i] = network.harm(i);
        }
        start = System.nanoTime();
        int[] ranking = HarmStyleRanking.rank(snapshot, graph, harm);
        double harmMs = millis(start);

        IgraphRunner.Result theirs = null;
        if (igraph != null) {
            progress(size, "igraph");
            theirs = igraph.run(graph, subjects, exact, work);
        }

        double[] ourPagerank = inIndexOrder(pagerank, subjects);
        add(
                "PageRank (weighted, α 0.85, tol 1e-12)",
                size,
                pagerankMs,
                theirs == null ? null : theirs.timings().get("pagerankMs").asDouble(),
                pagerankAlgorithm.getIterations() + " iterations"
                        + (theirs == null
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "; max abs diff vs igraph %.1e",
                                        maxDifference(ourPagerank, theirs.pagerank(), 1.0))));
        if (brandes != null) {
            String note = "";
            Double theirMs = null;
            if (theirs != null && theirs.betweenness() != null) {
                theirMs = theirs.timings().get("betweennessMs").asDouble();
                // igraph counts each unordered pair once; networkx's normalisation divides by (n-1)(n-2)/2.
                double scale = 2.0 / ((subjects - 1.0) * (subjects - 2.0));
                note = String.format(
                        Locale.ROOT,
                        "max abs diff vs igraph %.1e (normalised)",
                        maxDifference(brandes, theirs.betweenness(), scale));
            }
            add("betweenness, exact (Brandes, hops)", size, brandesMs, theirMs, note);
        }
        add(
                "communities (Louvain, weighted)",
                size,
                louvainMs,
                theirs == null ? null : theirs.timings().get("louvainMs").asDouble(),
                String.format(
                        Locale.ROOT,
                        "modularity %.4f (%,d communities)%s",
                        partition.modularity(),
                        partition.communities().size(),
                        theirs == null
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "; igraph %.4f (%,d)",
                                        theirs.timings().get("modularity").asDouble(),
                                        theirs.timings().path("communities").asInt())));
        add(
                "harm-style ranking (PageRank + harm + propagation + sort)",
                size,
                harmMs,
                null,
                "top: " + SyntheticNetwork.id(ranking[0]) + (subjects >= 1_000_000 ? "; target < 10 s" : ""));
        // Last: the slowest measure at 1M, and not compared with igraph.
        progress(size, "sampled betweenness");
        start = System.nanoTime();
        RiondatoKornaropoulosBetweenness<String> sampled =
                new RiondatoKornaropoulosBetweenness<>(hops, options.epsilon, options.delta, options.seed);
        double[] sampledScores = inIndexOrder(sampled.getScores(), subjects);
        double sampledMs = millis(start);

        String sampledNote = String.format(
                Locale.ROOT,
                "ε %.3g, δ %.2g: %,d samples, bound %.2e",
                options.epsilon,
                options.delta,
                sampled.getSampleSize(),
                sampled.getErrorBound());
        if (brandes != null) {
            sampledNote +=
                    String.format(Locale.ROOT, "; max error vs exact %.2e", maxDifference(sampledScores, brandes, 1.0));
        }
        add("betweenness, sampled (Riondato–Kornaropoulos)", size, sampledMs, null, sampledNote);
    }

    private static double[] inIndexOrder(Map<String, Double> scores, int n) {
        double[] values = new double[n];
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            values[SyntheticNetwork.index(entry.getKey())] = entry.getValue();
        }
        return values;
    }

    /** {@code max_i |ours[i] − theirs[i]·scale|}. */
    static double maxDifference(double[] ours, double[] theirs, double scale) {
        double max = 0;
        for (int i = 0; i < ours.length; i++) {
            max = Math.max(max, Math.abs(ours[i] - theirs[i] * scale));
        }
        return max;
    }

    private void add(String measure, String size, double ours, @Nullable Double igraph, String note) {
        Row row = new Row(measure, size, ours, igraph, note);
        rows.add(row);
        out.print("  " + line(row));
        out.flush();
    }

    private void progress(String size, String step) {
        out.printf(Locale.ROOT, "  [%s] %s … (heap used %,d MiB)%n", size, step, usedHeap() >> 20);
        out.flush();
    }

    /** The results as a Markdown table. */
    String table() {
        StringBuilder table = new StringBuilder();
        table.append("| measure | size | ours | igraph | ours / igraph | note |\n");
        table.append("|---|---|---:|---:|---:|---|\n");
        for (Row row : rows) {
            table.append(line(row));
        }
        return table.toString();
    }

    private static String line(Row row) {
        Double ratio = row.ratio();
        return "| " + row.measure() + " | " + row.size() + " | " + seconds(row.ours()) + " | "
                + seconds(row.igraph()) + " | "
                + (ratio == null ? "" : String.format(Locale.ROOT, "%.2f×", ratio)) + " | " + row.note() + " |\n";
    }

    static String seconds(@Nullable Double ms) {
        if (ms == null) {
            return "";
        }
        return ms < 10_000
                ? String.format(Locale.ROOT, "%.3f s", ms / 1000)
                : String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    /** {@code 10k} for 10,000, {@code 1m} for 1,000,000, else the number. */
    static String label(int subjects) {
        if (subjects % 1_000_000 == 0) {
            return subjects / 1_000_000 + "m";
        }
        if (subjects % 1_000 == 0) {
            return subjects / 1_000 + "k";
        }
        return Integer.toString(subjects);
    }

    /** Parses {@code 10k}, {@code 1m}, {@code 2500}. */
    static int parseSize(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        int factor = 1;
        if (s.endsWith("k")) {
            factor = 1_000;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            factor = 1_000_000;
            s = s.substring(0, s.length() - 1);
        }
        long value;
        try {
            value = Long.parseLong(s) * factor;
        } catch (NumberFormatException e) {
            throw new BenchException("size '" + text + "' is not a number like 10k, 100k or 1m");
        }
        if (value < 1_000 || value > 10_000_000) {
            throw new BenchException("size '" + text + "' must be between 1k and 10m subjects");
        }
        return (int) value;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The synthetic network as a JGraphT graph without Neo4j, for the warm-up. */
    static final class InMemory {
        private InMemory() {}

        static Graph<String, DefaultWeightedEdge> graph(SyntheticNetwork network) {
            Graph<String, DefaultWeightedEdge> graph =
                    new org.jgrapht.graph.SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (int i = 0; i < network.subjects(); i++) {
                graph.addVertex(SyntheticNetwork.id(i));
            }
            for (int e = 0; e < network.links(); e++) {
                DefaultWeightedEdge edge =
                        graph.addEdge(SyntheticNetwork.id(network.source(e)), SyntheticNetwork.id(network.target(e)));
                graph.setEdgeWeight(edge, network.strength(e));
            }
            return graph;
        }
    }

    /** Parsed command line. */
    static final class Options {
        List<String> given = List.of();
        List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
        int linksPerSubject = 10;
        long seed = 20_261_205L;
        double epsilon = 0.05;
        double delta = 0.1;
        int exactMax = 20_000;
        String python = "/usr/bin/python3";
        boolean igraph = true;
        boolean help;

        @Nullable
        Path workDir;

        @Nullable
        Path out;

        static Options parse(String[] args) {
            Options o = new Options();
            o.given = List.of(args);
            if (args.length == 0) {
                throw new BenchException("name what to benchmark: analysis");
            }
            if (List.of("--help", "-h").contains(args[0])) {
                o.help = true;
                return o;
            }
            if (!args[0].equals("analysis")) {
                throw new BenchException("unknown benchmark '" + args[0] + "'; the one there is: analysis");
            }
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                if (List.of("--no-igraph", "--help", "-h").contains(arg)) {
                    if (value != null) {
                        throw new BenchException(arg + " takes no value");
                    }
                    if (arg.equals("--no-igraph")) {
                        o.igraph = false;
                    } else {
                        o.help = true;
                    }
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new BenchException(arg + " needs a value");
                    }
                    value = args[++i];
                }
                String v = value;
                switch (arg) {
                    case "--sizes" ->
                        o.sizes = Stream.of(v.split(",", -1))
                                .map(BenchCommand::parseSize)
                                .toList();
                    case "--links-per-subject" -> o.linksPerSubject = (int) number(arg, v, 1, 100);
                    case "--seed" -> o.seed = number(arg, v, Long.MIN_VALUE, Long.MAX_VALUE);
                    case "--epsilon" -> o.epsilon = decimal(arg, v, () -> "in (0, 1)", x -> x > 0 && x < 1);
                    case "--delta" -> o.delta = decimal(arg, v, () -> "in (0, 1)", x -> x > 0 && x < 1);
                    case "--exact-max" -> o.exactMax = (int) number(arg, v, 0, 10_000_000);
                    case "--python" -> o.python = v;
                    case "--work-dir" -> o.workDir = Path.of(v);
                    case "--out" -> o.out = Path.of(v);
                    default -> throw new BenchException("unknown option '" + arg + "'");
                }
            }
            return o;
        }

        private static long number(String flag, String value, long min, long max) {
            long parsed;
            try {
                parsed = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new BenchException(flag + " must be an integer, got '" + value + "'");
            }
            if (parsed < min || parsed > max) {
                throw new BenchException(flag + " must be between " + min + " and " + max);
            }
            return parsed;
        }

        private static double decimal(
                String flag, String value, Supplier<String> range, java.util.function.DoublePredicate valid) {
            double parsed;
            try {
                parsed = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new BenchException(flag + " must be a number, got '" + value + "'");
            }
            if (!valid.test(parsed)) {
                throw new BenchException(flag + " must be " + range.get() + ", got " + value);
            }
            return parsed;
        }
    }
}
