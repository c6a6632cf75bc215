package uk.nexus.ingest.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the in-process form of a {@link FileSpec.Write} writes with: MERGE on natural keys, {@code SET
 * +=}, relabelling and deleting stale links, on nodes it only holds by reference. {@link CoreGraph}
 * does it in a transaction of the embedded database (decision 0601); {@link StagingGraph} writes the
 * same rows as the files of Neo4j's offline importer for an initial load into an empty store
 * (decision 0603). Each method says which Cypher clause it stands for.
 */
public interface GraphWriter {

    /** A node found or written; only the writer that returned it can use it. */
    interface Ref {}

    /** Starts a row (the writer may treat nodes this row creates specially). */
    void beginRow();

    /** {@code MATCH (n:label {key: value})}: the node, or null. */
    @Nullable
    Ref find(String label, String key, @Nullable Object value);

    /** {@code MERGE (n:label {key: value}) SET n += props} (a null value removes the property). */
    Ref mergeNode(String label, String key, Object value, Map<String, Object> props);

    /**
     * {@code node.key}: a property of a node found or written. {@link StagingGraph} answers it only for
     * the labels {@link BundleSchema#READ_BACK} names.
     */
    @Nullable
    Object property(Ref node, String key);

    /** {@code SET n:add REMOVE n:remove}. */
    void relabel(Ref node, String add, String remove);

    /**
     * {@code MERGE (from)-[r:type {keys}]->(to) SET r += props}: every matching relationship is
     * updated (as MERGE does when several match), else one is created.
     */
    void mergeRelationship(Ref from, String type, Ref to, Map<String, Object> keys, Map<String, Object> props);

    /**
     * {@code MATCH (node)-[stale:type]->(other:otherLabel) WHERE keep IS NULL OR other.otherKey <> keep
     * DELETE stale}: drops the links to any node of that label but the one to keep.
     */
    void deleteOutgoingExcept(Ref node, String type, String otherLabel, String otherKey, @Nullable Object keep);
}
