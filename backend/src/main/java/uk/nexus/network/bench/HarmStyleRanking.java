package uk.nexus.network.bench;

import java.util.Map;
import org.jgrapht.Graph;
import uk.nexus.graph.GraphSnapshot;
import uk.nexus.graph.PowerIterationPageRank;

/**
 * The shape of work a full harm ranking does, for timing: PageRank over the network, an individual
 * harm score per subject, network harm propagated one hop over ties (each subject passes its harm to
 * its associates in proportion to tie strength), the combination, and a sort of every subject.
 *
 * <p>{@code score(v) = harm(v) + ½ · Σ_u harm(u) · w(u,v) / strength(u) + n · PageRank(v)}
 * ({@code n · PageRank} averages 1).
 */
final class HarmStyleRanking {

    private HarmStyleRanking() {}

    /** Subject indices ({@link SyntheticNetwork#index}) from highest to lowest score. */
    static <E> int[] rank(GraphSnapshot<String> snapshot, Graph<String, E> graph, double[] harm) {
        int n = harm.length;
        Map<String, Double> pagerank = new PowerIterationPageRank<>(snapshot).getScores();
        int m = graph.edgeSet().size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] weight = new double[m];
        double[] strength = new double[n];
        int e = 0;
        for (E edge : graph.edgeSet()) {
            int u = SyntheticNetwork.index(graph.getEdgeSource(edge));
            int v = SyntheticNetwork.index(graph.getEdgeTarget(edge));
            double w = graph.getEdgeWeight(edge);
            from[e] = u;
            to[e] = v;
            weight[e++] = w;
            strength[u] += w;
            strength[v] += w;
        }
        double[] score = new double[n];
        for (int i = 0; i < m; i++) {
            int u = from[i];
            int v = to[i];
            score[v] += 0.5 * harm[u] * weight[i] / strength[u];
            score[u] += 0.5 * harm[v] * weight[i] / strength[v];
        }
        for (Map.Entry<String, Double> entry : pagerank.entrySet()) {
            int v = SyntheticNetwork.index(entry.getKey());
            score[v] += harm[v] + n * entry.getValue();
        }
        return sortDescending(score);
    }

    /** Indices of {@code score} from highest to lowest; equal scores by index (a stable merge sort). */
    static int[] sortDescending(double[] score) {
        int n = score.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n - width; from += 2 * width) {
                int middle = from + width;
                int to = Math.min(n, from + 2 * width);
                int i = from;
                int j = middle;
                int k = from;
                while (i < middle && j < to) {
                    buffer[k++] = score[order[j]] > score[order[i]] ? order[j++] : order[i++];
                }
                while (i < middle) {
                    buffer[k++] = order[i++];
                }
                while (j < to) {
                    buffer[k++] = order[j++];
                }
                System.arraycopy(buffer, from, order, from, to - from);
            }
        }
        return order;
    }
}
