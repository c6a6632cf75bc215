package uk.nexus.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;
import uk.nexus.graph.BrandesBetweenness;
import uk.nexus.graph.Degree;
import uk.nexus.graph.Louvain;
import uk.nexus.graph.Partition;
import uk.nexus.graph.PowerIterationPageRank;
import uk.nexus.graph.TieStrengthShortestPaths;

/**
 * Measures of a network as it is shown (after the explorer's filters), computed with the pure
 * {@code uk.nexus.graph} algorithms on the undirected graph of its nodes: Louvain communities,
 * degree, betweenness and PageRank, the shortest path between two nodes, and a force-directed
 * layout. Links between the same two nodes are merged by summing their tie strength (the {@code
 * weight} attribute of an association, 1 for every other link). These are measures <em>of the
 * picture</em>, for reading it; they are not scores of the people in it.
 */
public final class SubnetworkAnalysis {

    /** A centrality the explorer can size nodes by. */
    public enum Centrality {
        DEGREE,
        BETWEENNESS,
        PAGERANK
    }

    /**
     * A path between two nodes.
     *
     * @param nodes node keys from the first to the last
     * @param links ids of the links along it (every link between two consecutive nodes)
     * @param length Σ 1/tie strength over its steps
     */
    public record Path(List<String> nodes, List<String> links, double length) {}

    /** Networks with more nodes than this use the Barnes–Hut approximation of the layout's repulsion. */
    static final int INDEXED_LAYOUT_FROM = 500;

    /*
     * For large networks: 50 iterations with a coarse Barnes-Hut opening angle lay out 5,000 nodes in
     * about 1.2 s on one core (100 iterations at the default 0.5 took 5 s) and still separate the
     * communities, which is what a picture of that size is read for.
     */
    private static final int LARGE_ITERATIONS = 50;
    private static final double LARGE_THETA = 0.9;

    private final Subnetwork network;
    private final Graph<String, DefaultWeightedEdge> graph;

    public SubnetworkAnalysis(Subnetwork network) {
        this.network = network;
        this.graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        network.nodes().forEach(n -> graph.addVertex(n.key()));
        for (Subnetwork.Link link : network.links()) {
            if (link.source().equals(link.target())
                    || !graph.containsVertex(link.source())
                    || !graph.containsVertex(link.target())) {
                continue;
            }
            double strength = strength(link);
            DefaultWeightedEdge e = graph.getEdge(link.source(), link.target());
            if (e == null) {
                graph.setEdgeWeight(graph.addEdge(link.source(), link.target()), strength);
            } else {
                graph.setEdgeWeight(e, graph.getEdgeWeight(e) + strength);
            }
        }
    }

    /** Tie strength of a link: an association's positive weight, else 1. */
    static double strength(Subnetwork.Link link) {
        Object w = link.attributes().get("weight");
        if (w instanceof Number n && n.doubleValue() > 0 && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        return 1.0;
    }

    /** Louvain communities of the shown network (seeded, so the same picture gets the same colours). */
    public Partition<String> communities() {
        return new Louvain<>(graph).getPartition();
    }

    /** A centrality of every shown node: degree (count), normalised betweenness, or PageRank. */
    public Map<String, Double> centrality(Centrality measure) {
        return switch (measure) {
            case DEGREE -> new Degree<>(graph).getScores();
            case BETWEENNESS -> new BrandesBetweenness<>(graph, true).getScores();
            case PAGERANK -> new PowerIterationPageRank<>(graph).getScores();
        };
    }

    /**
     * The shortest path between two shown nodes, where a strong tie is a short step (length 1/strength),
     * or null when the shown network does not connect them.
     */
    public @Nullable Path path(String from, String to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return null;
        }
        GraphPath<String, DefaultWeightedEdge> found = new TieStrengthShortestPaths<>(graph).getPath(from, to);
        if (found == null) {
            return null;
        }
        List<String> nodes = found.getVertexList();
        Set<String> steps = new HashSet<>();
        for (int i = 1; i < nodes.size(); i++) {
            steps.add(step(nodes.get(i - 1), nodes.get(i)));
        }
        List<String> links = new ArrayList<>();
        for (Subnetwork.Link l : network.links()) {
            if (steps.contains(step(l.source(), l.target()))) {
                links.add(l.id());
            }
        }
        return new Path(List.copyOf(nodes), List.copyOf(links), found.getWeight());
    }

    private static String step(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    /**
     * A Fruchterman–Reingold layout of the shown network in a square whose area grows with the number
     * of nodes; from {@value #INDEXED_LAYOUT_FROM} nodes the repulsion is approximated with a
     * Barnes–Hut quadtree (JGraphT's {@code IndexedFRLayoutAlgorithm2D}) and fewer iterations, so
     * 5,000 nodes take about a second. Seeded: the same network gets the same picture.
     *
     * @return x, y per node key
     */
    public Map<String, double[]> layout(long seed) {
        int n = Math.max(1, graph.vertexSet().size());
        double side = 80 * Math.sqrt(n);
        MapLayoutModel2D<String> model = new InsideLayoutModel<>(Box2D.of(side, side));
        Random random = new Random(seed);
        FRLayoutAlgorithm2D<String, DefaultWeightedEdge> algorithm = n >= INDEXED_LAYOUT_FROM
                ? new IndexedFRLayoutAlgorithm2D<>(
                        LARGE_ITERATIONS, LARGE_THETA, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random)
                : new FRLayoutAlgorithm2D<>(
                        FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                        random);
        algorithm.layout(graph, model);
        Map<String, double[]> positions = new LinkedHashMap<>();
        for (String v : graph.vertexSet()) {
            Point2D p = model.get(v);
            positions.put(v, new double[] {p.getX(), p.getY()});
        }
        return positions;
    }

    /**
     * Keeps every position strictly inside the drawing area. JGraphT 1.5.3's Barnes–Hut quadtree
     * ({@code FRQuadTree.insert}) throws {@code IllegalArgumentException} for a point on the area's
     * far edge, where Fruchterman–Reingold clamps nodes that repulsion pushes out (many leaves around a
     * hub do): a 5,000-node network of people with their places failed on every seed without this.
     */
    private static final class InsideLayoutModel<V> extends MapLayoutModel2D<V> {

        InsideLayoutModel(Box2D area) {
            super(area);
        }

        @Override
        public Point2D put(V vertex, Point2D point) {
            Box2D area = getDrawableArea();
            double margin = 1e-6 * Math.max(area.getWidth(), area.getHeight());
            return super.put(
                    vertex,
                    Point2D.of(
                            inside(point.getX(), area.getMinX(), area.getMaxX(), margin),
                            inside(point.getY(), area.getMinY(), area.getMaxY(), margin)));
        }

        private static double inside(double value, double min, double max, double margin) {
            if (Double.isNaN(value)) {
                return (min + max) / 2;
            }
            return Math.min(Math.max(value, min + margin), max - margin);
        }
    }
}
