package uk.nexus.graph;

import java.util.Arrays;

/**
 * Iterative depth-first search with Tarjan's discovery times and low-points on an undirected simple
 * CSR graph, skipping vertices flagged as removed. Besides cut vertices and bridges it records, for
 * every vertex {@code v}, the sizes of the subtrees that removing {@code v} would cut off, so that the
 * component sizes after deleting any single vertex are known after one {@code O(n + m)} pass.
 */
final class Lowpoints {

    final int[] disc;
    final int[] low;
    final int[] parent;
    final int[] subtreeSize;
    /** DFS root of each vertex's component. */
    final int[] root;
    /** Number of children {@code c} with {@code low[c] >= disc[v]} (all children for a root). */
    final int[] separatedChildren;
    /** Total size of those children's subtrees. */
    final int[] separatedSize;
    /** Σ s(s-1) over those children's subtree sizes. */
    final long[] separatedPairs;
    /** Bridges as (parent, child) tree arcs: {@code bridgeParent[i]–bridgeChild[i]}. */
    final int[] bridgeParent;

    final int[] bridgeChild;
    final int bridgeCount;
    /** Σ s(s-1) over all components of the remaining graph. */
    final long connectedPairs;

    Lowpoints(IndexedGraph.Csr adj, int n, boolean[] removed) {
        disc = new int[n];
        low = new int[n];
        parent = new int[n];
        subtreeSize = new int[n];
        root = new int[n];
        separatedChildren = new int[n];
        separatedSize = new int[n];
        separatedPairs = new long[n];
        Arrays.fill(disc, -1);
        int[] next = new int[n];
        int[] stack = new int[n];
        int[] bridgesP = new int[Math.max(1, n)];
        int[] bridgesC = new int[Math.max(1, n)];
        int bridges = 0;
        long pairs = 0;
        int time = 0;
        for (int r = 0; r < n; r++) {
            if (removed != null && removed[r] || disc[r] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = r;
            disc[r] = low[r] = time++;
            parent[r] = -1;
            subtreeSize[r] = 1;
            root[r] = r;
            next[r] = adj.start[r];
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < adj.start[v + 1]) {
                    int w = adj.adj[next[v]++];
                    if (removed != null && removed[w]) {
                        continue;
                    }
                    if (disc[w] < 0) {
                        disc[w] = low[w] = time++;
                        parent[w] = v;
                        subtreeSize[w] = 1;
                        root[w] = r;
                        next[w] = adj.start[w];
                        stack[top++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    int p = parent[v];
                    if (p >= 0) {
                        subtreeSize[p] += subtreeSize[v];
                        low[p] = Math.min(low[p], low[v]);
                        if (low[v] >= disc[p]) {
                            long s = subtreeSize[v];
                            separatedChildren[p]++;
                            separatedSize[p] += subtreeSize[v];
                            separatedPairs[p] += s * (s - 1);
                        }
                        if (low[v] > disc[p]) {
                            bridgesP[bridges] = p;
                            bridgesC[bridges++] = v;
                        }
                    }
                }
            }
            long size = subtreeSize[r];
            pairs += size * (size - 1);
        }
        bridgeParent = bridgesP;
        bridgeChild = bridgesC;
        bridgeCount = bridges;
        connectedPairs = pairs;
    }

    boolean isArticulationPoint(int v) {
        if (disc[v] < 0) {
            return false;
        }
        return parent[v] < 0 ? separatedChildren[v] >= 2 : separatedChildren[v] >= 1;
    }

    /** Σ s(s-1) over the components left after also deleting the (non-removed) vertex {@code v}. */
    long connectedPairsWithout(int v) {
        long componentSize = subtreeSize[root[v]];
        long rest = componentSize - 1 - separatedSize[v];
        return connectedPairs - componentSize * (componentSize - 1) + separatedPairs[v] + rest * (rest - 1);
    }
}
