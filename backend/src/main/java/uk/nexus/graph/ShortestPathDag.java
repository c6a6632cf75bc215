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
 * distances. See {@code docs/decisions/0101-graph-weighted-path-ties.md}.
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
    final boolean[] predArc;

    private final int[] reached;
    private int reachedCount;
    private final byte[] state;
    private final double[] length;
    private final int[] arcTail;
    private final int[] via;
    private final Fraction[] exact;
    private final int[] chain;
    private final int[] heap;
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
        this.predArc = backward == null ? new boolean[0] : new boolean[backward.adj.length];
        if (uniformWeights) {
            this.length = null;
            this.arcTail = null;
            this.via = null;
            this.exact = null;
            this.chain = null;
            this.heap = null;
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
            this.via = new int[n];
            this.exact = new Fraction[n];
            this.chain = new int[n];
            this.heap = new int[n];
            this.heapPos = new int[n];
        }
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
                if (clearlyApart(alt, current)) {
                    cmp = alt < current ? -1 : 1;
                } else {
                    altExact = exact(u).plus(Fraction.reciprocalOf(forward.weight[a]));
                    cmp = altExact.compareTo(exact(w));
                }
                if (cmp < 0) {
                    dist[w] = alt;
                    via[w] = a;
                    exact[w] = altExact;
                    sigma[w] = sigma[u];
                    clearPredecessors(w);
                    markPredecessor(a);
                    siftUp(heapPos[w]);
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
        if (backward != null) {
            Arrays.fill(predArc, backward.start[w], backward.start[w + 1], false);
        }
    }

    private void markPredecessor(int forwardArc) {
        if (backward != null) {
            predArc[forwardToBackward[forwardArc]] = true;
        }
    }

    private boolean precedes(int a, int b) {
        double da = dist[a];
        double db = dist[b];
        if (clearlyApart(da, db)) {
            return da < db;
        }
        return exact(a).compareTo(exact(b)) < 0;
    }

    private void push(int v) {
        heap[heapSize] = v;
        heapPos[v] = heapSize;
        siftUp(heapSize++);
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        if (heapSize > 0) {
            heap[0] = last;
            heapPos[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!precedes(v, p)) {
                break;
            }
            heap[i] = p;
            heapPos[p] = i;
            i = parent;
        }
        heap[i] = v;
        heapPos[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && precedes(heap[child + 1], heap[child])) {
                child++;
            }
            int c = heap[child];
            if (!precedes(c, v)) {
                break;
            }
            heap[i] = c;
            heapPos[c] = i;
            i = child;
        }
        heap[i] = v;
        heapPos[v] = i;
    }
}
