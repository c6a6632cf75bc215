package uk.nexus.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * The Cypher of a {@link FileSpec.Write} done with Neo4j's Java API inside the embedded DBMS: the
 * same MERGE on natural keys (found through the unique constraints' indexes), the same {@code SET
 * +=} (a null value removes the property), without planning and running Cypher for every batch.
 * Decision 0601. Each method says which Cypher clause it stands for.
 */
public final class CoreGraph implements GraphWriter {

    /** A node of this transaction. */
    record NodeRef(Node node) implements Ref {}

    /** Nodes looked up more than once are remembered by element id, up to this many, across transactions. */
    static final int CACHE_LIMIT = 200_000;

    private final Transaction tx;
    private final Map<String, String> cache;
    private final Set<String> absent;
    private final Map<String, String> found = new HashMap<>();
    private final Set<Node> createdByRow = new HashSet<>();

    /**
     * @param tx the transaction to write in
     * @param cache element ids by label, key and value, shared by the transactions of one import (the
     *     importer never deletes a node, so an id stays valid; one deleted by someone else is looked up
     *     again)
     */
    public CoreGraph(Transaction tx, Map<String, String> cache) {
        this(tx, cache, Set.of());
    }

    /**
     * @param absent labels with no node at all when the file started and whose keys the bundle
     *     cannot repeat (validated unique): their nodes are created without looking for them first
     *     (CREATE instead of MERGE). Should someone else create one of those keys meanwhile, the unique
     *     constraint refuses the commit and the importer writes that batch again with lookups.
     */
    public CoreGraph(Transaction tx, Map<String, String> cache, Set<String> absent) {
        this.tx = tx;
        this.cache = cache;
        this.absent = absent;
    }

    /**
     * Starts a row: a node this row creates has no relationships yet but those the row adds, so
     * relationships from it are created without searching for existing ones.
     */
    @Override
    public void beginRow() {
        createdByRow.clear();
    }

    @Override
    public @Nullable Ref find(String label, String key, @Nullable Object value) {
        Node node = findNode(label, key, value);
        return node == null ? null : new NodeRef(node);
    }

    private @Nullable Node findNode(String label, String key, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        String cacheKey = label + '\u0000' + key + '\u0000' + value;
        String id = cache.get(cacheKey);
        if (id != null) {
            try {
                Node node = tx.getNodeByElementId(id);
                // Checked, in case someone else deleted it and its id was used again.
                if (node.hasLabel(Label.label(label)) && value.equals(node.getProperty(key, null))) {
                    return node;
                }
            } catch (NotFoundException e) {
                // deleted meanwhile: look it up again
            }
            cache.remove(cacheKey);
        }
        Node node = tx.findNode(Label.label(label), key, value);
        if (node != null && cache.size() + found.size() < CACHE_LIMIT) {
            found.put(cacheKey, node.getElementId());
        }
        return node;
    }

    /** After the transaction committed: remembers the nodes it looked up (never those of a rolled-back one). */
    public void committed() {
        cache.putAll(found);
        found.clear();
    }

    @Override
    public Ref mergeNode(String label, String key, Object value, Map<String, Object> props) {
        Label l = Label.label(label);
        Node node = absent.contains(label) ? null : tx.findNode(l, key, value);
        if (node == null) {
            node = tx.createNode(l);
            node.setProperty(key, value);
            createdByRow.add(node);
            setNew(node, props);
        } else {
            setAll(node, props);
        }
        return new NodeRef(node);
    }

    @Override
    public @Nullable Object property(Ref ref, String key) {
        return node(ref).getProperty(key, null);
    }

    @Override
    public void relabel(Ref ref, String add, String remove) {
        Node node = node(ref);
        node.addLabel(Label.label(add));
        node.removeLabel(Label.label(remove));
    }

    /** The side with fewer relationships of the type is searched, so a link to a hub (an offence) stays cheap. */
    @Override
    public void mergeRelationship(
            Ref fromRef, String type, Ref toRef, Map<String, Object> keys, Map<String, Object> props) {
        Node from = node(fromRef);
        Node to = node(toRef);
        RelationshipType relType = RelationshipType.withName(type);
        if (createdByRow.contains(from) || createdByRow.contains(to)) {
            Relationship r = from.createRelationshipTo(to, relType);
            setNew(r, keys);
            setNew(r, props);
            return;
        }
        List<Relationship> matches = new ArrayList<>(1);
        boolean fromSide = from.getDegree(relType, Direction.OUTGOING) <= to.getDegree(relType, Direction.INCOMING);
        Node near = fromSide ? from : to;
        Node far = fromSide ? to : from;
        try (var rels = near.getRelationships(fromSide ? Direction.OUTGOING : Direction.INCOMING, relType)) {
            for (Relationship r : rels) {
                if (r.getOtherNode(near).equals(far) && hasAll(r, keys)) {
                    matches.add(r);
                }
            }
        }
        if (matches.isEmpty()) {
            Relationship r = from.createRelationshipTo(to, relType);
            setAll(r, keys);
            matches.add(r);
        }
        for (Relationship r : matches) {
            setAll(r, props);
        }
    }

    @Override
    public void deleteOutgoingExcept(Ref ref, String type, String otherLabel, String otherKey, @Nullable Object keep) {
        Label label = Label.label(otherLabel);
        try (var rels = node(ref).getRelationships(Direction.OUTGOING, RelationshipType.withName(type))) {
            for (Relationship r : rels) {
                Node other = r.getEndNode();
                if (other.hasLabel(label) && (keep == null || !keep.equals(other.getProperty(otherKey, null)))) {
                    r.delete();
                }
            }
        }
    }

    private static Node node(Ref ref) {
        return ((NodeRef) ref).node();
    }

    private static boolean hasAll(Relationship r, Map<String, Object> keys) {
        for (var e : keys.entrySet()) {
            Object stored = r.getProperty(e.getKey(), null);
            if (stored == null || !Objects.equals(stored, storable(e.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code SET +=} on an entity just created: nothing to remove. */
    private static void setNew(org.neo4j.graphdb.Entity entity, Map<String, Object> props) {
        for (var e : props.entrySet()) {
            if (e.getValue() != null) {
                entity.setProperty(e.getKey(), storable(e.getValue()));
            }
        }
    }

    private static void setAll(org.neo4j.graphdb.Entity entity, Map<String, Object> props) {
        for (var e : props.entrySet()) {
            Object value = e.getValue();
            if (value == null) {
                entity.removeProperty(e.getKey());
            } else {
                entity.setProperty(e.getKey(), storable(value));
            }
        }
    }

    /** What the driver would have stored: lists as arrays, every integer as a long, every decimal a double. */
    static Object storable(Object value) {
        return switch (value) {
            case List<?> list when list.isEmpty() -> new String[0];
            case List<?> list when list.getFirst() instanceof String -> list.toArray(String[]::new);
            case List<?> list ->
                throw new IllegalArgumentException(
                        "no core mapping for a list of " + list.getFirst().getClass());
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Float f -> f.doubleValue();
            default -> value;
        };
    }
}
