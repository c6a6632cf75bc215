/**
 * Pure graph algorithms for offender-network analysis, over JGraphT {@link org.jgrapht.Graph}s.
 *
 * <p>No Spring, no database and no I/O in this package. Each problem has an interface (JGraphT's
 * {@link org.jgrapht.alg.interfaces.VertexScoringAlgorithm} for centralities, {@link
 * uk.nexus.graph.CommunityDetection}, {@link uk.nexus.graph.CutElementsAlgorithm}, {@link
 * uk.nexus.graph.KeyPlayerAlgorithm}, JGraphT's {@link
 * org.jgrapht.alg.interfaces.KShortestPathAlgorithm}); implementations are named after their
 * algorithm, take the graph in the constructor and compute lazily on first request. Every
 * constructor also accepts a {@link uk.nexus.graph.GraphSnapshot}, so that several measures on a
 * large graph share one conversion to primitive arrays.
 *
 * <p>Conventions shared by every class (those of the reference data in {@code seed-data/networks}):
 *
 * <ul>
 *   <li>Edge weight is <em>tie strength</em> and must be finite and &gt; 0. Path-based measures
 *       use length {@code 1/weight}; spectral measures, PageRank, strength and modularity use the
 *       weight itself. A graph whose type is unweighted (e.g. {@link
 *       org.jgrapht.graph.AsUnweightedGraph}) has weight 1 everywhere.
 *   <li>Parallel edges are merged by summing their weights (reciprocal arcs too, where a measure
 *       works on the undirected projection); self-loops are ignored.
 *   <li>Ties between weighted path lengths are decided exactly (see {@code
 *       docs/decisions/0101-graph-weighted-path-ties.md}).
 *   <li>Internally each algorithm maps vertices to {@code 0..n-1} once and runs on primitive
 *       compressed-sparse-row arrays; parallel parts split work into fixed blocks combined in a
 *       fixed order, so results do not depend on the number of cores.
 * </ul>
 */
package uk.nexus.graph;
