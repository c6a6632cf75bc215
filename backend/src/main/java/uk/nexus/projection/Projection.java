package uk.nexus.projection;

import java.time.Duration;
import java.time.Instant;
import uk.nexus.graph.CompactUndirectedGraph;
import uk.nexus.graph.GraphSnapshot;

/**
 * One loaded projection: an immutable undirected weighted graph whose vertices are subject ids and
 * whose edge weights are tie strengths, plus the {@link GraphSnapshot} the measures of
 * {@code uk.nexus.graph} share. Subjects past review are not in it (decision 0010); every other
 * subject is, linked or not, so isolated people have degree 0 rather than no score.
 *
 * @param filter what it was made of
 * @param graph the JGraphT view (vertices: subject ids; edges: 0..m-1 with {@code getEdgeWeight})
 * @param snapshot the index form the measures take
 * @param version the graph version it was loaded at (decision 0301)
 * @param loadedAt when loading finished
 * @param loadTime how long streaming and building took
 * @param recordsRead link records streamed from Neo4j (before merging into ties)
 */
public record Projection(
        ProjectionFilter filter,
        CompactUndirectedGraph<String> graph,
        GraphSnapshot<String> snapshot,
        String version,
        Instant loadedAt,
        Duration loadTime,
        long recordsRead) {

    public int subjectCount() {
        return graph.vertexList().size();
    }

    public int linkCount() {
        return graph.edgeSet().size();
    }

    /** True if the subject is a vertex (exists and is in review). */
    public boolean contains(String subjectId) {
        return graph.indexOf(subjectId) >= 0;
    }
}
