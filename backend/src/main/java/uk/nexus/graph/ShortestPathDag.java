package uk.nexus.graph;

import java.util.Arrays;

/**
 * Single-source shortest-path DAG over an {@link IndexedGraph.Csr}: distances, numbers of shortest
 * paths ({@code sigma}), the settle order and (optionally) which arcs are on shortest paths. One
 * instance is reused for many sources by one thread; resets touch only the vertices reached.
 *
 * <p>Arc length is {@code 1 / weight} (weight = tie strength). When all weights are equal a
 * breadth-first search is used ({@code O(n + m)} per source). Otherwise Dijkstra with a binary heap
 * ({@code O(m log n)} per source) whose comparisons are exact: two floating-point lengths that are
 * closer than their proven rounding-error bound are compared as exact rationals ({@link Fraction}),
 * so paths such as {@code 1/2 + 1/2} and {@code 1/1} tie exactly, as in networkx with rational
 * distances. When all weights are integers whose least common multiple {@code L} is small enough,
 * lengths are instead kept exactly as {@code long} multiples of {@code 1/L} and compared as
 * integers (no rationals needed). See {@code docs/decisions/0101-graph-weighted-path-ties.md}.
 */
final class ShortestPathDag {

    private static final double UNIT_ROUNDOFF = 0x1p-53;
    private static final byte UNREACHED = 0;
    private static final byte QUEUED = 1;
    private static final byte SETTLED = 2;

    private final IndexedGraph.Csr forward;
    private final IndexedGraph.Csr backward;
    private final int[] forwardToBackward;
    private final boolean hops;
    private final double hopLength;
    private final double tau;

    final double[] dist;
    final double[] sigma;
    final int[] settled;
    int settledCount;
    /** Predecessor flags per backward arc; used only when lengths are doubles (see {@link #flags}). */
    private final boolean[] predArc;

    /** Whether predecessors are recorded as flags (double lengths) rather than recomputed exactly. */
    private final boolean flags;

    /** {@code L / weight} per backward arc in integer mode, else null. */
    private final long[] backwardUnitLength;

    private final int[] reached;
    private int reachedCount;
    private final byte[] state;
    private final double[] length;
    private final int[] arcTail;
    private final int[] via;
    private final Fraction[] exact;
    private final int[] chain;
    /** Integer mode: path lengths in units of 1/L, L = lcm of the (integer) weights; else null. */
    private final long[] units;

    private final long[] unitLength;
    private final int[] heap;
    private final double[] heapKey;
    private final int[] heapPos;
    private int heapSize;

    /**
     * @param forward arcs followed from the source
     * @param backward reverse arcs, used to record predecessors; {@code null} to skip that
     * @param forwardToBackward position in {@code backward} of each forward arc (or {@code null})
     * @param uniformWeights whether all weights are equal (breadth-first search suffices)
     */
    ShortestPathDag(
            IndexedGraph.Csr forward, IndexedGraph.Csr backward, int[] forwardToBackward, boolean uniformWeights) {
        int n = forward.start.length - 1;
        this.forward = forward;
        this.backward = backward;
        this.forwardToBackward = forwardToBackward;
        this.hops = uniformWeights;
        this.hopLength = forward.weight.length == 0 ? 1.0 : 1.0 / forward.weight[0];
        this.tau = 4.0 * (n + 1.0) * UNIT_ROUNDOFF;
        this.dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        this.sigma = new double[n];
        this.settled = new int[n];
        this.reached = new int[n];
        this.state = new byte[n];
        if (uniformWeights) {
            this.length = null;
            this.arcTail = null;
            this.via = null;
            this.exact = null;
            this.chain = null;
            this.units = null;
            this.unitLength = null;
            this.heap = null;
            this.heapKey = null;
            this.heapPos = null;
        } else {
            this.length = new double[forward.adj.length];
            this.arcTail = new int[forward.adj.length];
            for (int u = 0; u < n; u++) {
                for (int a = forward.start[u]; a < forward.start[u + 1]; a++) {
                    length[a] = 1.0 / forward.weight[a];
                    arcTail[a] = u;
                }
            }
            this.unitLength = integerLengths(forward.weight, n);
            this.units = unitLength == null ? null : new long[n];
            this.via = new int[n];
            this.exact = new Fraction[n];
            this.chain = new int[n];
            this.heap = new int[n];
            this.heapKey = new double[n];
            this.heapPos = new int[n];
        }
        this.flags = backward != null && !uniformWeights && units == null;
        this.predArc = flags ? new boolean[backward.adj.length] : new boolean[0];
        if (backward != null && units != null) {
            long lcm = unitLength.length == 0 ? 1 : unitLength[0] * (long) forward.weight[0];
            this.backwardUnitLength = new long[backward.adj.length];
            for (int q = 0; q < backward.adj.length; q++) {
                backwardUnitLength[q] = lcm / (long) backward.weight[q];
            }
        } else {
            this.backwardUnitLength = null;
        }
    }

    /**
     * Whether backward arc {@code q} of {@code w} (from {@code v = backward.adj[q]}) lies on a
     * shortest path from the last source to the settled vertex {@code w}.
     */
    boolean isPredecessorArc(int q, int w) {
        if (flags) {
            return predArc[q];
        }
        int v = backward.adj[q];
        if (hops) {
            return dist[v] + 1 == dist[w];
        }
        return state[v] != UNREACHED && units[v] + backwardUnitLength[q] == units[w];
    }

    /**
     * If every weight is an integer and {@code n · lcm(weights)} stays below 2^62, returns
     * {@code lcm / weight} per arc: path lengths are then exact {@code long}s in units of
     * {@code 1/lcm}, which makes tie detection a plain integer comparison. Otherwise null.
     */
    private static long[] integerLengths(double[] weight, int n) {
        long lcm = 1;
        long limit = (1L << 62) / Math.max(1, n);
        for (double w : weight) {
            if (w != Math.rint(w) || w > limit) {
                return null;
            }
            long v = (long) w;
            if (lcm % v != 0) {
                long g = java.math.BigInteger.valueOf(lcm)
                        .gcd(java.math.BigInteger.valueOf(v))
                        .longValue();
                long next = lcm / g;
                if (next > limit / v) {
                    return null;
                }
                lcm = next * v;
            }
        }
        long[] lengths = new long[weight.length];
        for (int a = 0; a < weight.length; a++) {
            lengths[a] = lcm / (long) weight[a];
        }
        return lengths;
    }

    /** Distance of a reached vertex in length units (1/weight). */
    double distance(int v) {
        return hops ? dist[v] * hopLength : dist[v];
    }

    int reachedCount() {
        return reachedCount;
    }

    int reached(int i) {
        return reached[i];
    }

    /**
     * Computes the DAG from {@code source}. If {@code stopAt >= 0} the search stops once that vertex
     * is settled; its distance, {@code sigma} and predecessor arcs are then final.
     */
    void run(int source, int stopAt) {
        reset();
        dist[source] = 0;
        sigma[source] = 1;
        reached[reachedCount++] = source;
        clearPredecessors(source);
        if (hops) {
            breadthFirst(source, stopAt);
        } else {
            dijkstra(source, stopAt);
        }
    }

    private void reset() {
        for (int i = 0; i < reachedCount; i++) {
            int v = reached[i];
            dist[v] = Double.POSITIVE_INFINITY;
            sigma[v] = 0;
            state[v] = UNREACHED;
            if (exact != null) {
                exact[v] = null;
            }
        }
        reachedCount = 0;
        settledCount = 0;
        heapSize = 0;
    }

    private void breadthFirst(int source, int stopAt) {
        state[source] = QUEUED;
        int head = 0;
        while (head < reachedCount) {
            int u = reached[head++];
            state[u] = SETTLED;
            settled[settledCount++] = u;
            if (u == stopAt) {
                return;
            }
            double next = dist[u] + 1;
            for (int a = forward.start[u], end = forward.start[u + 1]; a < end; a++) {
                int w = forward.adj[a];
                if (state[w] == UNREACHED) {
                    state[w] = QUEUED;
                    dist[w] = next;
                    sigma[w] = sigma[u];
                    reached[reachedCount++] = w;
                    clearPredecessors(w);
                    markPredecessor(a);
                } else if (dist[w] == next) {
                    sigma[w] += sigma[u];
                    markPredecessor(a);
                }
            }
        }
    }

    private void dijkstra(int source, int stopAt) {
        via[source] = -1;
        exact[source] = Fraction.ZERO;
        if (units != null) {
            units[source] = 0;
        }
        state[source] = QUEUED;
        push(source);
        while (heapSize > 0) {
            int u = pop();
            state[u] = SETTLED;
            settled[settledCount++] = u;
            if (u == stopAt) {
                return;
            }
            for (int a = forward.start[u], end = forward.start[u + 1]; a < end; a++) {
                int w = forward.adj[a];
                byte s = state[w];
                if (s == SETTLED) {
                    continue;
                }
                double alt = dist[u] + length[a];
                if (s == UNREACHED) {
                    state[w] = QUEUED;
                    dist[w] = alt;
                    via[w] = a;
                    if (units != null) {
                        units[w] = units[u] + unitLength[a];
                    }
                    sigma[w] = sigma[u];
                    reached[reachedCount++] = w;
                    clearPredecessors(w);
                    markPredecessor(a);
                    push(w);
                    continue;
                }
                double current = dist[w];
                int cmp;
                Fraction altExact = null;
                if (units != null) {
                    cmp = Long.compare(units[u] + unitLength[a], units[w]);
                } else if (clearlyApart(alt, current)) {
                    cmp = alt < current ? -1 : 1;
                } else {
                    altExact = exact(u).plus(Fraction.reciprocalOf(forward.weight[a]));
                    cmp = altExact.compareTo(exact(w));
                }
                if (cmp < 0) {
                    dist[w] = alt;
                    via[w] = a;
                    if (units != null) {
                        units[w] = units[u] + unitLength[a];
                    }
                    exact[w] = altExact;
                    sigma[w] = sigma[u];
                    clearPredecessors(w);
                    markPredecessor(a);
                    int position = heapPos[w];
                    heapKey[position] = alt;
                    siftUp(position);
                } else if (cmp == 0) {
                    sigma[w] += sigma[u];
                    markPredecessor(a);
                }
            }
        }
    }

    /**
     * True when the computed values {@code a} and {@code b} differ by more than twice their proven
     * relative rounding error, so their order is the order of the exact path lengths.
     */
    private boolean clearlyApart(double a, double b) {
        return Math.abs(a - b) > tau * Math.max(a, b);
    }

    /** Exact length of the current tentative (or final) path to {@code v}, memoised per run. */
    private Fraction exact(int v) {
        Fraction known = exact[v];
        if (known != null) {
            return known;
        }
        int depth = 0;
        int x = v;
        while (exact[x] == null) {
            chain[depth++] = x;
            x = arcTail[via[x]];
        }
        Fraction value = exact[x];
        while (depth > 0) {
            x = chain[--depth];
            value = value.plus(Fraction.reciprocalOf(forward.weight[via[x]]));
            exact[x] = value;
        }
        return value;
    }

    private void clearPredecessors(int w) {
        if (flags) {
            Arrays.fill(predArc, backward.start[w], backward.start[w + 1], false);
        }
    }

    private void markPredecessor(int forwardArc) {
        if (flags) {
            predArc[forwardToBackward[forwardArc]] = true;
        }
    }

    /** Whether heap entry {@code a} (vertex, key) must come before entry {@code b}. */
    private boolean precedes(int a, double ka, int b, double kb) {
        if (units != null) {
            return units[a] < units[b];
        }
        if (clearlyApart(ka, kb)) {
            return ka < kb;
        }
        return exact(a).compareTo(exact(b)) < 0;
    }

    private void push(int v) {
        int i = heapSize++;
        heap[i] = v;
        heapKey[i] = dist[v];
        heapPos[v] = i;
        siftUp(i);
    }

    /**
     * Removes the minimum with Floyd's bottom-up method: the hole at the root descends along the
     * smaller children to a leaf (one comparison per level), then the last entry is sifted up from
     * there, which rarely climbs far.
     */
    private int pop() {
        int top = heap[0];
        int size = --heapSize;
        if (size == 0) {
            return top;
        }
        int hole = 0;
        while (true) {
            int child = 2 * hole + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && precedes(heap[child + 1], heapKey[child + 1], heap[child], heapKey[child])) {
                child++;
            }
            move(child, hole);
            hole = child;
        }
        heap[hole] = heap[size];
        heapKey[hole] = heapKey[size];
        heapPos[heap[hole]] = hole;
        siftUp(hole);
        return top;
    }

    private void move(int from, int to) {
        heap[to] = heap[from];
        heapKey[to] = heapKey[from];
        heapPos[heap[to]] = to;
    }

    private void siftUp(int i) {
        int v = heap[i];
        double key = heapKey[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!precedes(v, key, heap[parent], heapKey[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        heap[i] = v;
        heapKey[i] = key;
        heapPos[v] = i;
    }
}
