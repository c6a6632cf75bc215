package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shared {@link GraphSnapshot} gives the same results as passing the graph itself, including the
 * undirected projection of a directed graph (Caviar's directed wiretap arcs, Morselli 2009, see
 * seed-data/networks/caviar/SOURCE.md).
 */
class GraphSnapshotTest {

    @ParameterizedTest(name = "weighted={0}")
    @ValueSource(booleans = {false, true})
    void snapshot_results_equal_graph_results_on_a_directed_network(boolean weighted) {
        Graph<String, DefaultWeightedEdge> directed = ReferenceNetworks.loadDirected("caviar");
        Graph<String, DefaultWeightedEdge> graph = weighted ? directed : new AsUnweightedGraph<>(directed);
        GraphSnapshot<String> snapshot = GraphSnapshot.of(graph);

        assertThat(snapshot.isDirected()).isTrue();
        assertThat(snapshot.edgeCount()).isEqualTo(graph.edgeSet().size());
        assertThat(new BrandesBetweenness<>(snapshot, true).getScores())
                .isEqualTo(new BrandesBetweenness<>(graph).getScores());
        assertThat(new PowerIterationPageRank<>(snapshot).getScores())
                .isEqualTo(new PowerIterationPageRank<>(graph).getScores());
        assertThat(new Closeness<>(snapshot, Closeness.Variant.REACHABLE_ONLY).getScores())
                .isEqualTo(new Closeness<>(graph, Closeness.Variant.REACHABLE_ONLY).getScores());
        assertThat(new BatageljZaversnikCoreness<>(snapshot).getScores())
                .isEqualTo(new BatageljZaversnikCoreness<>(graph).getScores());
        assertThat(new TarjanCutElements<>(snapshot).getBridges())
                .isEqualTo(new TarjanCutElements<>(graph).getBridges());
        assertThat(new Louvain<>(snapshot).getPartition()).isEqualTo(new Louvain<>(graph).getPartition());
        assertThat(new KeyPlayerFragmentation<>(snapshot, 3).getKeyPlayers())
                .isEqualTo(new KeyPlayerFragmentation<>(graph, 3).getKeyPlayers());
        assertThat(new Strength<>(snapshot).getScores()).isEqualTo(new Strength<>(graph).getScores());
    }

    @ParameterizedTest(name = "weighted={0}")
    @ValueSource(booleans = {false, true})
    void eigenvector_refuses_a_directed_snapshot(boolean weighted) {
        Graph<String, DefaultWeightedEdge> directed = TestGraphs.directed("a-b:2");
        Graph<String, DefaultWeightedEdge> graph = weighted ? directed : new AsUnweightedGraph<>(directed);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PowerIterationEigenvector<>(GraphSnapshot.of(graph)))
                .withMessageContaining("undirected");
    }
}
