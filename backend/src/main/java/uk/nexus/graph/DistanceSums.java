package uk.nexus.graph;

import java.util.stream.IntStream;

/**
 * For every vertex {@code v}: how many vertices reach it, the sum of their distances to it and the
 * sum of the reciprocals of those distances ({@code O(nm)} or {@code O(nm + n² log n)}). Distances
 * are incoming (from the other vertices to {@code v}), as networkx does for directed closeness.
 * Vertices are processed in parallel; every result slot is written by one task only.
 */
final class DistanceSums {

    final int[] reachedBy;
    final double[] distanceSum;
    final double[] reciprocalSum;

    DistanceSums(IndexedGraph<?> graph) {
        int n = graph.n;
        reachedBy = new int[n];
        distanceSum = new double[n];
        reciprocalSum = new double[n];
        int blocks = Math.max(1, Math.min(n, 64));
        int blockSize = (n + blocks - 1) / Math.max(1, blocks);
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * blockSize;
            int to = Math.min(n, from + blockSize);
            if (from >= to) {
                return;
            }
            ShortestPathDag dag = new ShortestPathDag(graph.in, null, null, graph.uniformWeights);
            for (int v = from; v < to; v++) {
                dag.run(v, -1);
                double sum = 0;
                double reciprocal = 0;
                for (int i = 1; i < dag.reachedCount(); i++) {
                    double d = dag.distance(dag.reached(i));
                    sum += d;
                    reciprocal += 1.0 / d;
                }
                reachedBy[v] = dag.reachedCount() - 1;
                distanceSum[v] = sum;
                reciprocalSum[v] = reciprocal;
            }
        });
    }
}
