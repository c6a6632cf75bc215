package uk.nexus.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.nexus.graph.CompactUndirectedGraph;
import uk.nexus.graph.GraphSnapshot;

/**
 * Measures the heap a projection holds per million links (docs/benchmarks.md): the compact graph
 * with its subject-id index, and the snapshot the measures share, for a random graph of the given
 * size with demo-style subject ids. Not a test: run it by hand (see docs/benchmarks.md).
 */
public final class ProjectionMemory {

    private ProjectionMemory() {}

    public static void main(String[] args) {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Random random = new Random(7);
        long base = used();
        List<String> ids = new ArrayList<>(subjects);
        for (int i = 0; i < subjects; i++) {
            ids.add("S%07d".formatted(i));
        }
        long idsBytes = used() - base;
        int[] from = new int[links];
        int[] to = new int[links];
        double[] weight = new double[links];
        for (int i = 0; i < links; i++) {
            from[i] = random.nextInt(subjects);
            to[i] = random.nextInt(subjects);
            weight[i] = 1 + random.nextInt(5);
        }
        long beforeGraph = used();
        long started = System.nanoTime();
        CompactUndirectedGraph<String> graph = CompactUndirectedGraph.fromEdges(ids, from, to, weight, links);
        long graphMs = (System.nanoTime() - started) / 1_000_000;
        from = null;
        to = null;
        weight = null;
        long graphBytes = used() - beforeGraph + 12L * links; // the input arrays were freed; do not count that
        long beforeSnapshot = used();
        started = System.nanoTime();
        GraphSnapshot<String> snapshot = GraphSnapshot.of(graph);
        long snapshotMs = (System.nanoTime() - started) / 1_000_000;
        long snapshotBytes = used() - beforeSnapshot;
        int m = graph.edgeSet().size();
        double perMillion = 1_000_000.0 / m / (1 << 20);
        System.out.printf(
                "subjects=%d links=%d (merged %d)%n"
                        + "subject ids: %.1f MiB%n"
                        + "compact graph + id index: %.1f MiB (%.1f MiB per million links), built in %d ms%n"
                        + "measure snapshot: %.1f MiB (%.1f MiB per million links), built in %d ms%n"
                        + "total per million links (graph + snapshot): %.1f MiB%n",
                subjects,
                links,
                m,
                idsBytes / (double) (1 << 20),
                graphBytes / (double) (1 << 20),
                graphBytes * perMillion,
                graphMs,
                snapshotBytes / (double) (1 << 20),
                snapshotBytes * perMillion,
                snapshotMs,
                (graphBytes + snapshotBytes) * perMillion);
        if (snapshot.vertexCount() != subjects) {
            throw new IllegalStateException("snapshot lost vertices");
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
