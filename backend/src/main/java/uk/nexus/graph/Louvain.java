package uk.nexus.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.Graph;

/**
 * Community detection by the Louvain method, maximising modularity (see {@link Modularity}).
 *
 * <p>Each level moves single vertices to the neighbouring community with the largest modularity
 * gain {@code k_v,in(c) − γ·Σ_tot(c)·k_v / 2m} (staying put unless a move is strictly better).
 * Vertices are taken from a queue that starts with all of them in seeded random order; when a
 * vertex moves, its neighbours outside its new community are queued again (the pruning of Ozaki,
 * Tezuka and Inaba, 2016, also Leiden's fast local move), so the level ends exactly when no vertex
 * can improve, without re-sweeping stable vertices. The communities are then contracted into the
 * vertices of the next level (internal weight kept as self-loops) until a level moves no vertex.
 * Then the final partition is refined by local moving of the original vertices; if that moves
 * anything, the multilevel pass restarts from the refined partition (at most {@value #MAX_ROUNDS}
 * rounds). Every move strictly increases modularity. Works on the undirected merged projection (weights summed, tie strength as
 * weight, weight 1 if unweighted). The result is a pure function of the graph's vertex-set
 * iteration order, its edges and the seed.
 *
 * <p>Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. P10008, 2008.
 *
 * <p>Complexity: {@code O(m)} per pass over the queue; in practice a few passes per level and {@code O(log n)}
 * levels. Memory {@code O(n + m)}.
 *
 * @param <V> vertex type
 */
public final class Louvain<V> implements CommunityDetection<V> {

    public static final long DEFAULT_SEED = 42L;
    /** Rounds of (multilevel pass, vertex-level refinement); stops earlier when refinement moves nothing. */
    private static final int MAX_ROUNDS = 10;

    /** Safety cap on local-moving evaluations per level, as a multiple of the level's vertex count. */
    private static final int MAX_VISITS_PER_VERTEX = 1_000;

    private final IndexedGraph<V> graph;
    private final long seed;
    private final double resolution;
    private Partition<V> partition;

    /** Louvain with resolution 1 and seed {@value #DEFAULT_SEED}. */
    public Louvain(Graph<V, ?> graph) {
        this(graph, DEFAULT_SEED, 1.0);
    }

    public Louvain(Graph<V, ?> graph, long seed, double resolution) {
        this(IndexedGraph.undirected(graph), seed, resolution);
    }

    /** Louvain with resolution 1 and seed {@value #DEFAULT_SEED} on a shared snapshot. */
    public Louvain(GraphSnapshot<V> snapshot) {
        this(snapshot.undirected(), DEFAULT_SEED, 1.0);
    }

    public Louvain(GraphSnapshot<V> snapshot, long seed, double resolution) {
        this(snapshot.undirected(), seed, resolution);
    }

    private Louvain(IndexedGraph<V> graph, long seed, double resolution) {
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("resolution must be > 0: " + resolution);
        }
        this.graph = graph;
        this.seed = seed;
        this.resolution = resolution;
    }

    @Override
    public Partition<V> getPartition() {
        if (partition == null) {
            partition = toPartition(run());
        }
        return partition;
    }

    private int[] run() {
        int n = graph.n;
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        Level base = Level.of(graph.out, n);
        int communities = n;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Level level = round == 0 ? base : base.aggregate(membership, communities);
            while (true) {
                int[] community = level.moveVertices(random, resolution, null);
                int count = renumber(community);
                if (count == level.n) {
                    break;
                }
                for (int v = 0; v < n; v++) {
                    membership[v] = community[membership[v]];
                }
                communities = count;
                level = level.aggregate(community, count);
            }
            // refinement: single vertices may now do better in another final community
            int[] refined = base.moveVertices(random, resolution, membership.clone());
            int count = renumber(refined);
            if (Arrays.equals(refined, membership)) {
                break;
            }
            membership = refined;
            communities = count;
        }
        return membership;
    }

    /** Renumbers labels to 0..k-1 in order of first appearance; returns k. */
    private static int renumber(int[] labels) {
        int[] map = new int[labels.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (map[labels[i]] < 0) {
                map[labels[i]] = next++;
            }
            labels[i] = map[labels[i]];
        }
        return next;
    }

    private Partition<V> toPartition(int[] membership) {
        int n = graph.n;
        int count = 0;
        for (int c : membership) {
            count = Math.max(count, c + 1);
        }
        int[] size = new int[count];
        int[] first = new int[count];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int v = 0; v < n; v++) {
            size[membership[v]]++;
            first[membership[v]] = Math.min(first[membership[v]], v);
        }
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        Arrays.sort(
                order,
                (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(first[a], first[b]));
        int[] rank = new int[count];
        for (int r = 0; r < count; r++) {
            rank[order[r]] = r;
        }
        int[] labels = new int[n];
        List<Set<V>> communities = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            communities.add(new LinkedHashSet<>());
        }
        Map<V, Integer> map = new HashMap<>(Math.max(16, 2 * n));
        for (int v = 0; v < n; v++) {
            labels[v] = rank[membership[v]];
            communities.get(labels[v]).add(graph.vertices.get(v));
            map.put(graph.vertices.get(v), labels[v]);
        }
        double q = Modularity.compute(graph.out, n, labels, resolution);
        return new Partition<>(map, communities.stream().map(Set::copyOf).toList(), q);
    }

    /** One level of the hierarchy: a weighted graph with self-loop weights kept separately. */
    private record Level(int n, IndexedGraph.Csr adj, double[] selfLoop, double[] strength, double twoM) {

        static Level of(IndexedGraph.Csr adj, int n) {
            double[] strength = new double[n];
            double twoM = 0;
            for (int v = 0; v < n; v++) {
                strength[v] = Strength.rowSum(adj, v);
                twoM += strength[v];
            }
            return new Level(n, adj, new double[n], strength, twoM);
        }

        /** Local moving from {@code initial} communities (labels below n), or from singletons if null. */
        int[] moveVertices(SplittableRandom random, double resolution, int[] initial) {
            int[] community = new int[n];
            double[] total = new double[n];
            for (int v = 0; v < n; v++) {
                community[v] = initial == null ? v : initial[v];
                total[community[v]] += strength[v];
            }
            if (twoM == 0) {
                return community;
            }
            int[] order = new int[n];
            for (int v = 0; v < n; v++) {
                order[v] = v;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] linkWeight = new double[n];
            int[] neighbours = new int[n];
            double epsilon = 1e-12 * twoM;
            // queue of vertices to (re)consider, initially all in random order; a vertex that moves
            // re-queues its neighbours outside its new community (Ozaki et al.'s pruning)
            int[] queue = order;
            boolean[] queued = new boolean[n];
            Arrays.fill(queued, true);
            int head = 0;
            int size = n;
            long budget = (long) MAX_VISITS_PER_VERTEX * n;
            while (size > 0 && budget-- > 0) {
                int v = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                size--;
                queued[v] = false;
                int own = community[v];
                int found = 0;
                for (int a = adj.start[v]; a < adj.start[v + 1]; a++) {
                    int c = community[adj.adj[a]];
                    if (linkWeight[c] == 0) {
                        neighbours[found++] = c;
                    }
                    linkWeight[c] += adj.weight[a];
                }
                double k = strength[v];
                total[own] -= k;
                int best = own;
                double bestGain = linkWeight[own] - resolution * total[own] * k / twoM;
                for (int i = 0; i < found; i++) {
                    int c = neighbours[i];
                    double gain = linkWeight[c] - resolution * total[c] * k / twoM;
                    if (gain > bestGain + epsilon) {
                        best = c;
                        bestGain = gain;
                    }
                }
                total[best] += k;
                community[v] = best;
                for (int i = 0; i < found; i++) {
                    linkWeight[neighbours[i]] = 0;
                }
                if (best != own) {
                    for (int a = adj.start[v]; a < adj.start[v + 1]; a++) {
                        int u = adj.adj[a];
                        if (!queued[u] && community[u] != best) {
                            queued[u] = true;
                            int tail = head + size;
                            queue[tail >= n ? tail - n : tail] = u;
                            size++;
                        }
                    }
                }
            }
            return community;
        }

        Level aggregate(int[] community, int communities) {
            double[] loops = new double[communities];
            double[] newStrength = new double[communities];
            int arcs = 0;
            for (int v = 0; v < n; v++) {
                loops[community[v]] += selfLoop[v];
                newStrength[community[v]] += strength[v];
                for (int a = adj.start[v]; a < adj.start[v + 1]; a++) {
                    if (community[adj.adj[a]] == community[v]) {
                        loops[community[v]] += adj.weight[a] / 2;
                    } else {
                        arcs++;
                    }
                }
            }
            int[] src = new int[arcs];
            int[] dst = new int[arcs];
            double[] w = new double[arcs];
            int i = 0;
            for (int v = 0; v < n; v++) {
                for (int a = adj.start[v]; a < adj.start[v + 1]; a++) {
                    int cu = community[adj.adj[a]];
                    if (cu != community[v]) {
                        src[i] = community[v];
                        dst[i] = cu;
                        w[i++] = adj.weight[a];
                    }
                }
            }
            IndexedGraph.Csr merged = IndexedGraph.Csr.fromArcs(communities, src, dst, w, arcs, false);
            return new Level(communities, merged, loops, newStrength, twoM);
        }
    }
}
