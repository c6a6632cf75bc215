package uk.nexus.network.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.UnorderedPair;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import tools.jackson.databind.json.JsonMapper;
import uk.nexus.graph.BatageljZaversnikCoreness;
import uk.nexus.graph.BrandesBetweenness;
import uk.nexus.graph.Closeness;
import uk.nexus.graph.Degree;
import uk.nexus.graph.GraphSnapshot;
import uk.nexus.graph.Louvain;
import uk.nexus.graph.Partition;
import uk.nexus.graph.PowerIterationEigenvector;
import uk.nexus.graph.PowerIterationPageRank;
import uk.nexus.graph.Strength;
import uk.nexus.graph.TarjanCutElements;

/**
 * Offline network analysis: {@code nexus analyse}. Reads an edge list, computes the requested
 * measures with {@link uk.nexus.graph} and writes one JSON document. Normalisations are those of the
 * reference data ({@code seed-data/networks/*}/reference.json): betweenness as networkx
 * {@code normalized=True}; closeness over reachable vertices (networkx {@code wf_improved=False});
 * eigenvector scaled to maximum 1; PageRank with α = 0.85. With {@code --weighted} the weight is tie
 * strength: path length 1/weight for betweenness and closeness, the weight itself for eigenvector,
 * PageRank and Louvain, and {@code degree} is accompanied by {@code strength}.
 *
 * <p>With {@code --directed}: degree is in+out (plus {@code inDegree} and {@code outDegree}),
 * strength in+out, betweenness and PageRank follow arcs, closeness uses
 * incoming distances (all as networkx on a {@code DiGraph}); kcore, articulation, bridges and
 * communities are computed on the undirected projection (reciprocal arcs merged, weights summed);
 * eigenvector is refused because the leading eigenvector of a directed network that is not
 * strongly connected is not unique.
 *
 * <p>Exit codes: 0 success, 1 unreadable or invalid input / failed computation, 2 usage error.
 */
public final class AnalyseCommand {

    static final List<String> MEASURES = List.of(
            "degree",
            "betweenness",
            "closeness",
            "eigenvector",
            "pagerank",
            "kcore",
            "articulation",
            "bridges",
            "communities");

    static final Set<String> UNDIRECTED_ONLY = Set.of("eigenvector");

    static final String USAGE = "usage: analyse --edges FILE.csv [--nodes NODES.csv] [--weighted] [--directed]"
            + " [--measures " + String.join(",", MEASURES) + "] [--seed N] [--out result.json]";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnalyseCommand() {}

    /**
     * Runs the command.
     *
     * @param args command-line arguments after {@code analyse}
     * @param out receives the JSON (without {@code --out}) or the usage text ({@code --help})
     * @param err receives a one-line message on failure
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (InputException e) {
            err.println("analyse: " + e.getMessage() + " (analyse --help for usage)");
            return 2;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        try {
            Map<String, Object> result = analyse(options);
            if (options.out == null) {
                out.println(JSON.writeValueAsString(result));
                out.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(options.out)) {
                    JSON.writeValue(file, result);
                } catch (IOException e) {
                    throw new InputException(options.out + ": cannot write: " + e.getMessage());
                }
            }
            return 0;
        } catch (InputException | IllegalArgumentException | IllegalStateException e) {
            err.println("analyse: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Object> analyse(Options options) {
        EdgeListReader.Network network = EdgeListReader.read(options.edges, options.nodes, options.directed);
        Graph<String, DefaultWeightedEdge> loaded = network.graph();
        Graph<String, DefaultWeightedEdge> graph = options.weighted ? loaded : new AsUnweightedGraph<>(loaded);
        List<String> vertices = new ArrayList<>(graph.vertexSet());

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("nodes", graph.vertexSet().size());
        result.put("edges", graph.edgeSet().size());
        result.put("directed", options.directed);
        result.put("weighted", options.weighted);
        result.put("selfLoopsDropped", network.selfLoopsDropped());
        Map<String, Object> measures = new LinkedHashMap<>();
        Map<String, Long> timings = new LinkedHashMap<>();
        long snapshotStart = System.nanoTime();
        GraphSnapshot<String> snapshot = GraphSnapshot.of(graph);
        timings.put("snapshot", (System.nanoTime() - snapshotStart) / 1_000_000);
        Supplier<TarjanCutElements<String>> cut = memoised(() -> new TarjanCutElements<>(snapshot));
        result.put("measures", measures);

        for (String measure : options.measures) {
            long start = System.nanoTime();
            switch (measure) {
                case "degree" -> {
                    measures.put(
                            "degree", ordered(vertices, new Degree<>(snapshot, Degree.Direction.BOTH).getScores()));
                    if (options.directed) {
                        measures.put(
                                "inDegree", ordered(vertices, new Degree<>(snapshot, Degree.Direction.IN).getScores()));
                        measures.put(
                                "outDegree",
                                ordered(vertices, new Degree<>(snapshot, Degree.Direction.OUT).getScores()));
                    }
                    if (options.weighted) {
                        measures.put("strength", ordered(vertices, new Strength<>(snapshot).getScores()));
                    }
                }
                case "betweenness" ->
                    measures.put(
                            "betweenness", ordered(vertices, new BrandesBetweenness<>(snapshot, true).getScores()));
                case "closeness" ->
                    measures.put(
                            "closeness",
                            ordered(vertices, new Closeness<>(snapshot, Closeness.Variant.REACHABLE_ONLY).getScores()));
                case "eigenvector" ->
                    measures.put(
                            "eigenvector", ordered(vertices, new PowerIterationEigenvector<>(snapshot).getScores()));
                case "pagerank" ->
                    measures.put("pagerank", ordered(vertices, new PowerIterationPageRank<>(snapshot).getScores()));
                case "kcore" ->
                    measures.put("kcore", ordered(vertices, new BatageljZaversnikCoreness<>(snapshot).getScores()));
                case "articulation" ->
                    result.put("articulationPoints", List.copyOf(cut.get().getArticulationPoints()));
                case "bridges" -> result.put("bridges", bridges(cut.get(), vertices));
                case "communities" -> {
                    Partition<String> partition = new Louvain<>(snapshot, options.seed, 1.0).getPartition();
                    Map<String, Object> communities = new LinkedHashMap<>();
                    communities.put("modularity", partition.modularity());
                    communities.put("count", partition.communities().size());
                    communities.put("membership", ordered(vertices, partition.membership()));
                    result.put("communities", communities);
                }
                default -> throw new IllegalStateException("unhandled measure " + measure);
            }
            timings.put(measure, (System.nanoTime() - start) / 1_000_000);
        }
        result.put("timingsMs", timings);
        return result;
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    private static <T> Map<String, T> ordered(List<String> vertices, Map<String, T> scores) {
        Map<String, T> map = new LinkedHashMap<>();
        for (String v : vertices) {
            map.put(v, scores.get(v));
        }
        return map;
    }

    private static List<List<String>> bridges(TarjanCutElements<String> cut, List<String> vertices) {
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            position.put(vertices.get(i), i);
        }
        List<List<String>> bridges = new ArrayList<>();
        for (UnorderedPair<String, String> bridge : cut.getBridges()) {
            String a = bridge.getFirst();
            String b = bridge.getSecond();
            bridges.add(position.get(a) <= position.get(b) ? List.of(a, b) : List.of(b, a));
        }
        return bridges;
    }

    /** Parsed command line. */
    private static final class Options {
        Path edges;
        Path nodes;
        Path out;
        boolean weighted;
        boolean directed;
        boolean help;
        long seed = Louvain.DEFAULT_SEED;
        Set<String> measures;

        static Options parse(String[] args) {
            Options o = new Options();
            String measureList = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String inlineValue = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    inlineValue = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                final String flag = arg;
                final String given = inlineValue;
                final int index = i;
                Supplier<String> value = () -> {
                    if (given != null) {
                        return given;
                    }
                    if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
                        throw new InputException(flag + " needs a value");
                    }
                    return args[index + 1];
                };
                switch (arg) {
                    case "--edges" -> o.edges = Path.of(value.get());
                    case "--nodes" -> o.nodes = Path.of(value.get());
                    case "--out" -> o.out = Path.of(value.get());
                    case "--measures" -> measureList = value.get();
                    case "--seed" -> o.seed = parseSeed(value.get());
                    case "--weighted", "--directed", "--help", "-h" -> {
                        if (given != null) {
                            throw new InputException(arg + " takes no value");
                        }
                        switch (arg) {
                            case "--weighted" -> o.weighted = true;
                            case "--directed" -> o.directed = true;
                            default -> o.help = true;
                        }
                        continue;
                    }
                    default -> throw new InputException("unknown option '" + args[i] + "'");
                }
                if (given == null) {
                    i++;
                }
            }
            if (o.help) {
                return o;
            }
            if (o.edges == null) {
                throw new InputException("--edges FILE is required");
            }
            o.measures = measures(measureList, o.directed);
            return o;
        }

        private static long parseSeed(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InputException("--seed must be an integer, got '" + value + "'");
            }
        }

        private static Set<String> measures(String list, boolean directed) {
            if (list == null) {
                Set<String> all = new LinkedHashSet<>(MEASURES);
                if (directed) {
                    all.removeAll(UNDIRECTED_ONLY);
                }
                return all;
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (String raw : list.split(",", -1)) {
                String m = raw.strip().toLowerCase(Locale.ROOT);
                if (!MEASURES.contains(m)) {
                    throw new InputException(
                            "unknown measure '" + raw + "'; choose from " + String.join(",", MEASURES));
                }
                if (directed && UNDIRECTED_ONLY.contains(m)) {
                    throw new InputException(m + " is not supported with --directed: the leading eigenvector of a"
                            + " directed network that is not strongly connected is not unique");
                }
                chosen.add(m);
            }
            return chosen;
        }
    }
}
