package uk.nexus.network.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs igraph (Debian's {@code python3-igraph}) on the same graph: exports it as an edge list of
 * subject indices plus a file of tie strengths, runs the script shipped as the resource
 * {@code igraph_bench.py} and reads back its JSON timings and, for comparison, its score vectors.
 */
final class IgraphRunner {

    /** What to install when igraph is missing, printed as is. */
    static final String INSTALL_HINT = "igraph for Python is needed for the comparison: as root run"
            + " 'apt-get install -y python3-igraph' (Debian/Ubuntu; sudo apt-get ... otherwise), or pass --no-igraph";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String python;

    IgraphRunner(String python) {
        this.python = python;
    }

    /** igraph's version, or an exception with {@link #INSTALL_HINT} when it cannot be imported. */
    String version() {
        Process process;
        try {
            process = new ProcessBuilder(python, "-c", "import igraph; print(igraph.__version__)")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new BenchException(python + " cannot import igraph. " + INSTALL_HINT);
            }
            return out;
        } catch (IOException e) {
            throw new BenchException("cannot run " + python + " (" + e.getMessage() + "). " + INSTALL_HINT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }

    /** Timings and scores of one run; {@code betweenness} is null unless asked for. */
    record Result(JsonNode timings, double[] pagerank, double @org.jspecify.annotations.Nullable [] betweenness) {}

    <E> Result run(Graph<String, E> graph, int vertices, boolean betweenness, Path workDir) {
        try {
            Path edges = workDir.resolve("edges.txt");
            Path weights = workDir.resolve("weights.txt");
            export(graph, edges, weights);
            Path script = workDir.resolve("igraph_bench.py");
            try (InputStream in = IgraphRunner.class.getResourceAsStream("igraph_bench.py")) {
                if (in == null) {
                    throw new BenchException("igraph_bench.py is missing from the application");
                }
                Files.copy(in, script);
            }
            List<String> command = new ArrayList<>(List.of(
                    python,
                    script.toString(),
                    "--edges",
                    edges.toString(),
                    "--weights",
                    weights.toString(),
                    "--vertices",
                    Integer.toString(vertices),
                    "--scores-dir",
                    workDir.toString()));
            if (betweenness) {
                command.add("--betweenness");
            }
            Path log = workDir.resolve("igraph.err");
            Process process =
                    new ProcessBuilder(command).redirectError(log.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
                throw new BenchException(
                        "igraph run failed: " + Files.readString(log).strip());
            }
            JsonNode timings = parseTimings(out);
            double[] pagerank = readVector(workDir.resolve("pagerank.txt"), vertices);
            double[] between = betweenness ? readVector(workDir.resolve("betweenness.txt"), vertices) : null;
            return new Result(timings, pagerank, between);
        } catch (IOException e) {
            throw new BenchException("igraph run failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }

    /** The script's last stdout line is its JSON object. */
    static JsonNode parseTimings(String out) {
        String[] lines = out.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        if (!last.startsWith("{")) {
            throw new BenchException("igraph script printed no JSON: '" + last + "'");
        }
        JsonNode json = JSON.readTree(last);
        for (String field : List.of("pagerankMs", "louvainMs", "modularity")) {
            if (!json.has(field) || !json.get(field).isNumber()) {
                throw new BenchException("igraph script JSON has no number '" + field + "': " + last);
            }
        }
        return json;
    }

    /** Edge list as subject indices ({@link SyntheticNetwork#index}) and one weight per line. */
    static <E> void export(Graph<String, E> graph, Path edges, Path weights) throws IOException {
        try (BufferedWriter e = Files.newBufferedWriter(edges);
                BufferedWriter w = Files.newBufferedWriter(weights)) {
            for (E edge : graph.edgeSet()) {
                e.write(Integer.toString(SyntheticNetwork.index(graph.getEdgeSource(edge))));
                e.write(' ');
                e.write(Integer.toString(SyntheticNetwork.index(graph.getEdgeTarget(edge))));
                e.write('\n');
                w.write(Double.toString(graph.getEdgeWeight(edge)));
                w.write('\n');
            }
        }
    }

    /** One number per line, exactly {@code size} of them. */
    static double[] readVector(Path file, int size) throws IOException {
        double[] values = new double[size];
        int i = 0;
        try (var lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                if (i == size) {
                    throw new BenchException(file.getFileName() + ": more than " + size + " values");
                }
                values[i++] = Double.parseDouble(line.strip());
            }
        }
        if (i != size) {
            throw new BenchException(file.getFileName() + ": " + i + " values, expected " + size);
        }
        return values;
    }
}
