package uk.nexus.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Immutable index-based snapshot of a JGraphT graph in compressed sparse row (CSR) form, used by
 * every algorithm of this package so that the inner loops run over primitive arrays.
 *
 * <p>Package conventions applied here, once: vertices are numbered {@code 0..n-1} in the iteration
 * order of {@link Graph#vertexSet()}; self-loops are dropped; parallel edges (and, in the undirected
 * projection, reciprocal arcs) are merged into one edge whose weight is the sum of their weights
 * ({@code conventions.undirected_merge} of the reference data). If the graph's type is unweighted,
 * every merged edge has weight 1. Weights must be finite and strictly positive: they are tie
 * strengths. Building takes {@code O(n + m)} time (two counting sorts).
 */
final class IndexedGraph<V> {

    final List<V> vertices;
    final Map<V, Integer> index;
    final int n;
    final boolean directed;
    /** Out-arcs; for undirected graphs each edge appears once in each direction. */
    final Csr out;
    /** In-arcs; the same object as {@link #out} for undirected graphs. */
    final Csr in;
    /** For out-arc {@code a = (u,w)}: the position of the same arc in {@code in}'s row of {@code w}. */
    final int[] outToIn;
    /** True when all merged edge weights are equal, so weighted paths are hop counts scaled. */
    final boolean uniformWeights;
    /** Whether the source graph was weighted (else every merged edge has weight 1). */
    final boolean weighted;

    private IndexedGraph(List<V> vertices, Map<V, Integer> index, boolean directed, boolean weighted, Csr out, Csr in) {
        this.weighted = weighted;
        this.vertices = vertices;
        this.index = index;
        this.n = vertices.size();
        this.directed = directed;
        this.out = out;
        this.in = in;
        this.outToIn = arcMapping(out, in, n);
        this.uniformWeights = allEqual(out.weight);
    }

    /** Snapshot respecting the direction of {@code graph}. */
    static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
        return build(graph, graph.getType().isDirected());
    }

    /** Snapshot of the undirected projection: arcs u→v and v→u become one edge, weights summed. */
    static <V, E> IndexedGraph<V> undirected(Graph<V, E> graph) {
        return build(graph, false);
    }

    int edgeCount() {
        return directed ? out.adj.length : out.adj.length / 2;
    }

    /** Scores in vertex order as an unmodifiable map. */
    <T> Map<V, T> toMap(IntFunctionOf<T> score) {
        Map<V, T> result = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            result.put(vertices.get(i), score.apply(i));
        }
        return Collections.unmodifiableMap(result);
    }

    Map<V, Double> toMap(double[] scores) {
        return toMap(i -> scores[i]);
    }

    int indexOf(V vertex) {
        Integer i = index.get(vertex);
        if (i == null) {
            throw new IllegalArgumentException("vertex not in graph: " + vertex);
        }
        return i;
    }

    @FunctionalInterface
    interface IntFunctionOf<T> {
        T apply(int i);
    }

    private static <V, E> IndexedGraph<V> build(Graph<V, E> graph, boolean directed) {
        if (graph instanceof CompactUndirectedGraph<?> compact) {
            @SuppressWarnings("unchecked")
            CompactUndirectedGraph<V> c = (CompactUndirectedGraph<V>) compact;
            return fromCompact(c);
        }
        if (graph.getType().isMixed()) {
            throw new IllegalArgumentException("mixed graphs are not supported");
        }
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        boolean weighted = graph.getType().isWeighted();
        int edges = graph.edgeSet().size();
        int arcsPerEdge = directed ? 1 : 2;
        int[] src = new int[edges * arcsPerEdge];
        int[] dst = new int[edges * arcsPerEdge];
        double[] w = new double[edges * arcsPerEdge];
        int a = 0;
        for (E e : graph.edgeSet()) {
            int u = index.get(graph.getEdgeSource(e));
            int v = index.get(graph.getEdgeTarget(e));
            if (u == v) {
                continue;
            }
            double weight = weighted ? graph.getEdgeWeight(e) : 1.0;
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("edge weight must be finite and > 0 (tie strength), got " + weight
                        + " on " + graph.getEdgeSource(e) + "-" + graph.getEdgeTarget(e));
            }
            src[a] = u;
            dst[a] = v;
            w[a++] = weight;
            if (!directed) {
                src[a] = v;
                dst[a] = u;
                w[a++] = weight;
            }
        }
        Csr out = Csr.fromArcs(n, src, dst, w, a, !weighted);
        Csr in = directed ? Csr.fromArcs(n, dst, src, w, a, !weighted) : out;
        return new IndexedGraph<>(Collections.unmodifiableList(vertices), index, directed, weighted, out, in);
    }

    /**
     * Straight from the arrays of a compact graph (already simple, merged and weighted), sharing its
     * vertex list and index: no boxing and no hashing per edge.
     */
    private static <V> IndexedGraph<V> fromCompact(CompactUndirectedGraph<V> c) {
        int m = c.edgeCount();
        int[] src = new int[2 * m];
        int[] dst = new int[2 * m];
        double[] w = new double[2 * m];
        int a = 0;
        for (int e = 0; e < m; e++) {
            int u = c.sourceIndex(e);
            int v = c.targetIndex(e);
            double weight = c.weight(e);
            src[a] = u;
            dst[a] = v;
            w[a++] = weight;
            src[a] = v;
            dst[a] = u;
            w[a++] = weight;
        }
        Csr out = Csr.fromArcs(c.vertexList().size(), src, dst, w, a, false);
        return new IndexedGraph<>(c.vertexList(), c.indexMap(), false, true, out, out);
    }

    /** The undirected projection of this directed snapshot: reciprocal arcs merged, weights summed. */
    IndexedGraph<V> undirectedProjection() {
        int arcs = out.adj.length;
        int[] src = new int[2 * arcs];
        int[] dst = new int[2 * arcs];
        double[] w = new double[2 * arcs];
        int i = 0;
        for (int u = 0; u < n; u++) {
            for (int a = out.start[u]; a < out.start[u + 1]; a++) {
                src[i] = u;
                dst[i] = out.adj[a];
                w[i++] = out.weight[a];
                src[i] = out.adj[a];
                dst[i] = u;
                w[i++] = out.weight[a];
            }
        }
        Csr projection = Csr.fromArcs(n, src, dst, w, i, !weighted);
        return new IndexedGraph<>(vertices, index, false, weighted, projection, projection);
    }

    private static int[] arcMapping(Csr out, Csr in, int n) {
        int[] mapping = new int[out.adj.length];
        int[] cursor = new int[n];
        for (int u = 0; u < n; u++) {
            for (int a = out.start[u]; a < out.start[u + 1]; a++) {
                int w = out.adj[a];
                mapping[a] = in.start[w] + cursor[w]++;
            }
        }
        return mapping;
    }

    private static boolean allEqual(double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** One direction of adjacency: row {@code v} is {@code adj[start[v] .. start[v+1])}, sorted. */
    static final class Csr {
        final int[] start;
        final int[] adj;
        final double[] weight;

        Csr(int[] start, int[] adj, double[] weight) {
            this.start = start;
            this.adj = adj;
            this.weight = weight;
        }

        int degree(int v) {
            return start[v + 1] - start[v];
        }

        /**
         * Sorts arcs by (source, target) with two stable counting sorts and merges duplicates by
         * summing their weights (or setting weight 1 when {@code unitWeights}).
         */
        static Csr fromArcs(int n, int[] src, int[] dst, double[] w, int count, boolean unitWeights) {
            int[] byTarget = countingSort(n, dst, identity(count), count);
            int[] order = countingSort(n, src, byTarget, count);
            int[] start = new int[n + 1];
            int[] adj = new int[count];
            double[] weight = new double[count];
            int size = 0;
            int previousSource = -1;
            int previousTarget = -1;
            for (int i = 0; i < count; i++) {
                int arc = order[i];
                int s = src[arc];
                int t = dst[arc];
                if (s == previousSource && t == previousTarget) {
                    if (!unitWeights) {
                        weight[size - 1] += w[arc];
                    }
                    continue;
                }
                adj[size] = t;
                weight[size] = unitWeights ? 1.0 : w[arc];
                start[s + 1]++;
                size++;
                previousSource = s;
                previousTarget = t;
            }
            for (int v = 0; v < n; v++) {
                start[v + 1] += start[v];
            }
            return new Csr(start, java.util.Arrays.copyOf(adj, size), java.util.Arrays.copyOf(weight, size));
        }

        /** Both directions of every arc of {@code directed}, merged, with unit weights. */
        static Csr symmetric(Csr directed, int n) {
            int arcs = directed.adj.length;
            int[] src = new int[2 * arcs];
            int[] dst = new int[2 * arcs];
            double[] w = new double[2 * arcs];
            int i = 0;
            for (int u = 0; u < n; u++) {
                for (int a = directed.start[u]; a < directed.start[u + 1]; a++) {
                    src[i] = u;
                    dst[i++] = directed.adj[a];
                    src[i] = directed.adj[a];
                    dst[i++] = u;
                }
            }
            return fromArcs(n, src, dst, w, i, true);
        }

        private static int[] identity(int count) {
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) {
                ids[i] = i;
            }
            return ids;
        }

        private static int[] countingSort(int n, int[] key, int[] items, int count) {
            int[] bucketStart = new int[n + 1];
            for (int i = 0; i < count; i++) {
                bucketStart[key[items[i]] + 1]++;
            }
            for (int b = 0; b < n; b++) {
                bucketStart[b + 1] += bucketStart[b];
            }
            int[] sorted = new int[count];
            for (int i = 0; i < count; i++) {
                sorted[bucketStart[key[items[i]]]++] = items[i];
            }
            return sorted;
        }
    }
}
