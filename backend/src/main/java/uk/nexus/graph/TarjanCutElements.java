package uk.nexus.graph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.UnorderedPair;

/**
 * Articulation points and bridges by Tarjan's low-point depth-first search, on the undirected
 * simple projection of the graph (direction and weights ignored, parallel edges merged — so two
 * parallel edges between the same pair still form a bridge if their pair is one, as in networkx on
 * the merged reference graphs). A vertex {@code v} is an articulation point if it is a DFS root with
 * at least two children or has a child {@code c} with {@code low(c) ≥ disc(v)}; a tree edge
 * {@code (v,c)} is a bridge if {@code low(c) > disc(v)}. The search is iterative, so deep graphs do
 * not overflow the stack.
 *
 * <p>Reference: R. E. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on
 * Computing 1(2):146–160, 1972; J. Hopcroft and R. Tarjan, CACM 16(6):372–378, 1973.
 *
 * <p>Complexity: {@code O(n + m)} time and memory.
 *
 * @param <V> vertex type
 */
public final class TarjanCutElements<V> implements CutElementsAlgorithm<V> {

    private final IndexedGraph<V> graph;
    private Lowpoints lowpoints;

    public TarjanCutElements(Graph<V, ?> graph) {
        this.graph = IndexedGraph.undirected(graph);
    }

    public TarjanCutElements(GraphSnapshot<V> snapshot) {
        this.graph = snapshot.undirected();
    }

    @Override
    public Set<V> getArticulationPoints() {
        Lowpoints lp = lowpoints();
        Set<V> points = new LinkedHashSet<>();
        for (int v = 0; v < graph.n; v++) {
            if (lp.isArticulationPoint(v)) {
                points.add(graph.vertices.get(v));
            }
        }
        return Collections.unmodifiableSet(points);
    }

    @Override
    public Set<UnorderedPair<V, V>> getBridges() {
        Lowpoints lp = lowpoints();
        Set<UnorderedPair<V, V>> bridges = new LinkedHashSet<>();
        for (int i = 0; i < lp.bridgeCount; i++) {
            bridges.add(
                    UnorderedPair.of(graph.vertices.get(lp.bridgeParent[i]), graph.vertices.get(lp.bridgeChild[i])));
        }
        return Collections.unmodifiableSet(bridges);
    }

    private Lowpoints lowpoints() {
        if (lowpoints == null) {
            lowpoints = new Lowpoints(graph.out, graph.n, null);
        }
        return lowpoints;
    }
}
