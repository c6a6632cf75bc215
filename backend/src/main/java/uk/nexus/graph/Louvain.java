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
 * <p>Each level repeatedly moves single vertices, in a seeded random order, to the neighbouring
 * community with the largest modularity gain {@code k_v,in(c) − γ·Σ_tot(c)·k_v / 2m} (staying put
 * unless a move is strictly better) until a sweep moves no vertex or raises modularity by less than
 * {@value #SWEEP_THRESHOLD}; the communities are then contracted into the vertices of the next
 * level (internal weight kept as self-loops). It stops at the first level where no vertex moves. Works on the undirected merged projection (weights summed, tie strength as
 * weight, weight 1 if unweighted). The result is a pure function of the graph's vertex-set
 * iteration order, its edges and the seed.
 *
 * <p>Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. P10008, 2008.
 *
 * <p>Complexity: {@code O(m)} per sweep; in practice a few sweeps per level and {@code O(log n)}
 * levels. Memory {@code O(n + m)}.
 *
 * @param <V> vertex type
 */
public final class Louvain<V> implements CommunityDetection<V> {

    public static final long DEFAULT_SEED = 42L;
    /** A sweep that raises modularity by less than this ends the level (as networkx's threshold). */
    static final double SWEEP_THRESHOLD = 1e-7;

    private static final int MAX_SWEEPS_PER_LEVEL = 1_000;

    private final IndexedGraph<V> graph;
    private final long seed;
    private final double resolution;
    private Partition<V> partition;

    /** Louvain with resolution 1 and seed {@value #DEFAULT_SEED}. */
    public Louvain(Graph<V, ?> graph) {
        this(graph, DEFAULT_SEED, 1.0);
    }

    public Louvain(Graph<V, ?> graph, long seed, double resolution) {
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("resolution must be > 0: " + resolution);
        }
        this.graph = IndexedGraph.undirected(graph);
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
        Level level = Level.of(graph.out, n);
        while (true) {
            int[] community = level.moveVertices(random, resolution);
            int communities = renumber(community);
            if (communities == level.n) {
                break;
            }
            for (int v = 0; v < n; v++) {
                membership[v] = community[membership[v]];
            }
            level = level.aggregate(community, communities);
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

        int[] moveVertices(SplittableRandom random, double resolution) {
            int[] community = new int[n];
            double[] total = new double[n];
            for (int v = 0; v < n; v++) {
                community[v] = v;
                total[v] = strength[v];
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
            for (int sweep = 0; sweep < MAX_SWEEPS_PER_LEVEL; sweep++) {
                int moves = 0;
                double improvement = 0;
                for (int v : order) {
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
                    double stayGain = linkWeight[own] - resolution * total[own] * k / twoM;
                    double bestGain = stayGain;
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
                    if (best != own) {
                        moves++;
                        improvement += 2 * (bestGain - stayGain) / twoM;
                    }
                    for (int i = 0; i < found; i++) {
                        linkWeight[neighbours[i]] = 0;
                    }
                }
                if (moves == 0 || improvement < SWEEP_THRESHOLD) {
                    break;
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
