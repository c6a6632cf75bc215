package uk.nexus.graph;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * An immutable, memory-compact undirected weighted simple graph for large projections: edges are
 * the integers {@code 0..m-1} held in primitive arrays (endpoints and weight) with a compressed
 * sparse row incidence index, so a link costs about 24 bytes instead of the ~200 of a JGraphT
 * {@code SimpleWeightedGraph}. It implements JGraphT's {@link Graph} read-only, so every algorithm of
 * this package and of JGraphT runs on it; changes throw {@link UnsupportedOperationException}.
 *
 * <p>Build it with {@link #fromEdges}: self-loops are dropped and parallel edges (either direction)
 * merged into one edge whose weight is the sum of theirs, the package convention of
 * {@link GraphSnapshot}. Building takes {@code O(n + m)} time (counting sorts).
 *
 * @param <V> vertex type
 */
public final class CompactUndirectedGraph<V> extends AbstractGraph<V, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder()
            .undirected()
            .weighted(true)
            .allowMultipleEdges(false)
            .allowSelfLoops(false)
            .allowCycles(true)
            .modifiable(false)
            .build();

    private final List<V> vertices;
    private final Map<V, Integer> index;
    private final int[] source;
    private final int[] target;
    private final double[] weight;
    /** Incident edges of vertex {@code v}: {@code incident[start[v] .. start[v+1])}. */
    private final int[] start;

    private final int[] incident;

    private CompactUndirectedGraph(List<V> vertices, int[] source, int[] target, double[] weight) {
        this.vertices = vertices;
        Map<V, Integer> positions = new HashMap<>(Math.max(16, vertices.size() * 2));
        for (int i = 0; i < vertices.size(); i++) {
            if (positions.put(vertices.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate vertex: " + vertices.get(i));
            }
        }
        this.index = Collections.unmodifiableMap(positions);
        this.source = source;
        this.target = target;
        this.weight = weight;
        int n = vertices.size();
        this.start = new int[n + 1];
        for (int e = 0; e < source.length; e++) {
            start[source[e] + 1]++;
            start[target[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        this.incident = new int[2 * source.length];
        int[] cursor = Arrays.copyOf(start, n);
        for (int e = 0; e < source.length; e++) {
            incident[cursor[source[e]]++] = e;
            incident[cursor[target[e]]++] = e;
        }
    }

    /**
     * A graph on {@code vertices} with the first {@code count} edges {@code (from[i], to[i])} given by
     * vertex position and weighted {@code weight[i]} (finite, &gt; 0). Self-loops are dropped; parallel
     * edges in either direction are merged with their weights summed. The arrays are not kept.
     */
    public static <V> CompactUndirectedGraph<V> fromEdges(
            List<V> vertices, int[] from, int[] to, double[] weight, int count) {
        int n = vertices.size();
        int[] lo = new int[count];
        int[] hi = new int[count];
        double[] kw = new double[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int a = from[i];
            int b = to[i];
            if (a < 0 || a >= n || b < 0 || b >= n) {
                throw new IllegalArgumentException("edge " + i + " has an endpoint outside 0.." + (n - 1));
            }
            double w = weight[i];
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("edge weight must be finite and > 0 (tie strength), got " + w);
            }
            if (a == b) {
                continue;
            }
            lo[kept] = Math.min(a, b);
            hi[kept] = Math.max(a, b);
            kw[kept] = w;
            kept++;
        }
        // Order by (lo, hi) with two stable counting sorts, then merge runs of the same pair.
        int[] ids = new int[kept];
        for (int i = 0; i < kept; i++) {
            ids[i] = i;
        }
        int[] order = countingSort(n, lo, countingSort(n, hi, ids, kept), kept);
        int[] s = new int[kept];
        int[] t = new int[kept];
        double[] w = new double[kept];
        int m = 0;
        for (int i = 0; i < kept; i++) {
            int e = order[i];
            if (m > 0 && s[m - 1] == lo[e] && t[m - 1] == hi[e]) {
                w[m - 1] += kw[e];
                continue;
            }
            s[m] = lo[e];
            t[m] = hi[e];
            w[m] = kw[e];
            m++;
        }
        return new CompactUndirectedGraph<>(
                List.copyOf(vertices), Arrays.copyOf(s, m), Arrays.copyOf(t, m), Arrays.copyOf(w, m));
    }

    private static int[] countingSort(int n, int[] key, int[] items, int count) {
        int[] bucket = new int[n + 1];
        for (int i = 0; i < count; i++) {
            bucket[key[items[i]] + 1]++;
        }
        for (int b = 0; b < n; b++) {
            bucket[b + 1] += bucket[b];
        }
        int[] sorted = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[bucket[key[items[i]]]++] = items[i];
        }
        return sorted;
    }

    /** The vertex at position {@code i} ({@code 0..n-1}, the order given to {@link #fromEdges}). */
    public V vertex(int i) {
        return vertices.get(i);
    }

    /** The position of {@code v}, or -1 if it is not a vertex. */
    public int indexOf(V v) {
        Integer i = index.get(v);
        return i == null ? -1 : i;
    }

    /** The vertices in position order. */
    public List<V> vertexList() {
        return vertices;
    }

    /** Position of an edge's first endpoint. */
    public int sourceIndex(int edge) {
        return source[edge];
    }

    /** Position of an edge's second endpoint. */
    public int targetIndex(int edge) {
        return target[edge];
    }

    /** The weight of an edge (tie strength). */
    public double weight(int edge) {
        return weight[edge];
    }

    /** The edges incident to the vertex at position {@code v}: {@code incidentEdges(v)[from..to)}. */
    public int firstIncident(int v) {
        return start[v];
    }

    /** End (exclusive) of the vertex's range in {@link #incidentEdge(int)}. */
    public int endIncident(int v) {
        return start[v + 1];
    }

    /** The edge at position {@code i} of the incidence index. */
    public int incidentEdge(int i) {
        return incident[i];
    }

    /** The position of the other endpoint of {@code edge} seen from position {@code v}. */
    public int opposite(int edge, int v) {
        return source[edge] == v ? target[edge] : source[edge];
    }

    /** Number of edges. */
    public int edgeCount() {
        return source.length;
    }

    /** The vertex index, shared with snapshots of this graph (read-only by convention). */
    Map<V, Integer> indexMap() {
        return index;
    }

    /** Approximate heap bytes held by the arrays of this graph (not the vertex objects or index map). */
    public long arrayBytes() {
        return 4L * source.length * 2 + 8L * weight.length + 4L * start.length + 4L * incident.length;
    }

    // ---- org.jgrapht.Graph -----------------------------------------------------------------

    @Override
    public Set<Integer> getAllEdges(V sourceVertex, V targetVertex) {
        Integer e = getEdge(sourceVertex, targetVertex);
        return e == null ? Collections.emptySet() : Set.of(e);
    }

    @Override
    public Integer getEdge(V sourceVertex, V targetVertex) {
        int a = indexOf(sourceVertex);
        int b = indexOf(targetVertex);
        if (a < 0 || b < 0) {
            return null;
        }
        int from = start[a];
        int to = start[a + 1];
        if (start[b + 1] - start[b] < to - from) {
            from = start[b];
            to = start[b + 1];
        }
        for (int i = from; i < to; i++) {
            int e = incident[i];
            if ((source[e] == a && target[e] == b) || (source[e] == b && target[e] == a)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public Supplier<V> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(V sourceVertex, V targetVertex) {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    @Override
    public boolean addEdge(V sourceVertex, V targetVertex, Integer e) {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    @Override
    public V addVertex() {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    @Override
    public boolean addVertex(V v) {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    @Override
    public boolean containsEdge(Integer e) {
        return e != null && e >= 0 && e < source.length;
    }

    @Override
    public boolean containsVertex(V v) {
        return index.containsKey(v);
    }

    @Override
    public Set<Integer> edgeSet() {
        return new RangeSet(source.length);
    }

    @Override
    public int degreeOf(V vertex) {
        int v = require(vertex);
        return start[v + 1] - start[v];
    }

    @Override
    public Set<Integer> edgesOf(V vertex) {
        int v = require(vertex);
        return new IncidentSet(v);
    }

    @Override
    public int inDegreeOf(V vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> incomingEdgesOf(V vertex) {
        return edgesOf(vertex);
    }

    @Override
    public int outDegreeOf(V vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(V vertex) {
        return edgesOf(vertex);
    }

    @Override
    public Integer removeEdge(V sourceVertex, V targetVertex) {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    @Override
    public boolean removeVertex(V v) {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    @Override
    public Set<V> vertexSet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<V> iterator() {
                return vertices.iterator();
            }

            @Override
            public int size() {
                return vertices.size();
            }

            @Override
            public boolean contains(Object o) {
                return index.containsKey(o);
            }
        };
    }

    @Override
    public V getEdgeSource(Integer e) {
        return vertices.get(source[e]);
    }

    @Override
    public V getEdgeTarget(Integer e) {
        return vertices.get(target[e]);
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        return weight[e];
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw new UnsupportedOperationException("this graph cannot be modified");
    }

    private int require(V vertex) {
        Integer v = index.get(vertex);
        if (v == null) {
            throw new IllegalArgumentException("no such vertex in graph: " + vertex);
        }
        return v;
    }

    /** The edges {@code 0..size-1}. */
    private static final class RangeSet extends AbstractSet<Integer> {
        private final int size;

        RangeSet(int size) {
            this.size = size;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Integer next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer e && e >= 0 && e < size;
        }
    }

    /** The edges incident to one vertex, a view of the incidence index. */
    private final class IncidentSet extends AbstractSet<Integer> {
        private final int v;

        IncidentSet(int v) {
            this.v = v;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = start[v];

                @Override
                public boolean hasNext() {
                    return next < start[v + 1];
                }

                @Override
                public Integer next() {
                    if (next >= start[v + 1]) {
                        throw new NoSuchElementException();
                    }
                    return incident[next++];
                }
            };
        }

        @Override
        public int size() {
            return start[v + 1] - start[v];
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer e && e >= 0 && e < source.length && (source[e] == v || target[e] == v);
        }
    }
}
