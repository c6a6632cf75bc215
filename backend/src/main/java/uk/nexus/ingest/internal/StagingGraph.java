package uk.nexus.ingest.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes what the core forms of a bundle's rows would write into an empty store as the CSV files of
 * Neo4j's offline importer ({@code neo4j-admin database import full}), for the initial load
 * (decision 0603). The store's existing content (reference tables, migration records, the access
 * log: a few hundred nodes) is given as a {@link Snapshot} and written too, with whatever the rows
 * change on it, so the imported store is the old one plus the bundle.
 *
 * <p>Every node gets an id in the space of its key's label ({@code id:ID(Subject)}), nodes of the
 * snapshot one in the space {@value #COPY_SPACE}. One header and one data file per combination of
 * labels, property names and types. What MERGE would have decided from the database is decided
 * here from what was written: validation guarantees unique keys for the files that define a kind of
 * node; any other repeated node key, or a repeated link (same type, ends and key properties), stops
 * the load with {@link NotInitialLoadable}, since the rows already written cannot be changed; the
 * transactional import then loads such a bundle.
 */
public final class StagingGraph implements GraphWriter, AutoCloseable {

    /** The id space of the nodes already in the store. */
    public static final String COPY_SPACE = "_copy";

    /** Separates the elements of an array property (passed to the importer as --array-delimiter). */
    public static final char ARRAY_DELIMITER = '\u001F';

    /** A row this writer cannot turn into import files without changing what MERGE would have written. */
    public static final class NotInitialLoadable extends RuntimeException {
        public NotInitialLoadable(String message) {
            super(message);
        }
    }

    /** A node of the store as it was before the load. */
    public record StoredNode(String elementId, Set<String> labels, Map<String, Object> properties) {}

    /** A relationship of the store as it was before the load. */
    public record StoredRelationship(String type, String start, String end, Map<String, Object> properties) {}

    /** The store's content before the load. */
    public record Snapshot(List<StoredNode> nodes, List<StoredRelationship> relationships) {
        /** Whether two snapshots hold the same nodes and relationships (by element id and type). */
        public static boolean sameSize(Snapshot a, Snapshot b) {
            return a.nodes().size() == b.nodes().size()
                    && a.relationships().size() == b.relationships().size()
                    && a.nodes().stream()
                            .map(StoredNode::elementId)
                            .collect(java.util.stream.Collectors.toSet())
                            .equals(b.nodes().stream()
                                    .map(StoredNode::elementId)
                                    .collect(java.util.stream.Collectors.toSet()));
        }
    }

    /** A node written (or to be written) by this writer. */
    private record Staged(String space, String id, @Nullable PendingNode pending) implements Ref {}

    /** A node of the snapshot. */
    private record Copied(StoredNode node) implements Ref {}

    private static final class PendingNode {
        final String keyProperty;
        final String key;
        final Set<String> labels = new LinkedHashSet<>();
        final Map<String, Object> properties = new HashMap<>();

        PendingNode(String label, String keyProperty, String key) {
            this.keyProperty = keyProperty;
            this.key = key;
            labels.add(label);
        }
    }

    /** One pair of header and data file: the importer's unit of input. */
    private static final class Group implements AutoCloseable {
        final Path header;
        final Path data;
        final List<String> properties;
        final BufferedWriter out;

        Group(Path header, Path data, String headerLine, List<String> properties) throws IOException {
            this.header = header;
            this.data = data;
            this.properties = properties;
            Files.writeString(header, headerLine + "\n", StandardCharsets.UTF_8);
            this.out = new BufferedWriter(
                    new java.io.OutputStreamWriter(Files.newOutputStream(data), StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private final Path directory;
    private final Set<String> uniqueLabels;
    private final Map<String, Map<Object, StoredNode>> stored = new HashMap<>();
    private final Set<String> storedLabels = new HashSet<>();
    private final Map<String, Set<String>> keysSeen = new HashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> readBack = new HashMap<>();
    private final Map<String, Set<String>> readBackProperties;
    private final LongSet links = new LongSet();
    private final Map<String, Group> nodeGroups = new HashMap<>();
    private final Map<String, Group> relationshipGroups = new HashMap<>();
    private final List<PendingNode> rowNodes = new ArrayList<>();
    private final Set<String> createdByRow = new HashSet<>();
    private final Snapshot snapshot;
    private final StringBuilder line = new StringBuilder(512);
    private boolean multiline;
    private long nodes;
    private long relationships;

    /**
     * @param directory where the import files go (created; must be empty)
     * @param snapshot the store's content before the load, and how its nodes are found by key
     * @param keys the key property of each label nodes are found or merged by ({@code Offence} → code)
     * @param uniqueLabels labels whose keys validation has proved unique in the bundle
     * @param readBack properties of nodes of these labels that later rows read ({@link
     *     BundleSchema#READ_BACK})
     */
    public StagingGraph(
            Path directory,
            Snapshot snapshot,
            Map<String, String> keys,
            Set<String> uniqueLabels,
            Map<String, Set<String>> readBack) {
        this.directory = directory;
        this.snapshot = snapshot;
        this.uniqueLabels = uniqueLabels;
        this.readBackProperties = readBack;
        for (StoredNode n : snapshot.nodes()) {
            for (String label : n.labels()) {
                storedLabels.add(label);
                String key = keys.get(label);
                Object value = key == null ? null : n.properties().get(key);
                if (value != null) {
                    stored.computeIfAbsent(label, l -> new HashMap<>()).put(value, n);
                }
            }
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beginRow() {
        flushRow();
        createdByRow.clear();
    }

    @Override
    public @Nullable Ref find(String label, String key, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (storedLabels.contains(label)) {
            StoredNode n = stored.getOrDefault(label, Map.of()).get(value);
            if (n != null) {
                return new Copied(n);
            }
        }
        // Validation has resolved every reference: not in the store, so written by an earlier row.
        return new Staged(label, id(label, value), null);
    }

    @Override
    public Ref mergeNode(String label, String key, Object value, Map<String, Object> props) {
        if (storedLabels.contains(label)) {
            StoredNode n = stored.getOrDefault(label, Map.of()).get(value);
            if (n != null) {
                setAll(n.properties(), props);
                return new Copied(n);
            }
        }
        String id = id(label, value);
        if (!uniqueLabels.contains(label)
                && !keysSeen.computeIfAbsent(label, l -> new HashSet<>()).add(id)) {
            throw new NotInitialLoadable("repeats a " + label + " written by an earlier row (" + key + " " + id + ")");
        }
        PendingNode node = new PendingNode(label, key, id);
        for (var e : props.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (e.getKey().equals(key)) {
                if (!Objects.equals(e.getValue(), value)) {
                    throw new NotInitialLoadable("changes the key " + key + " of " + label + " " + id);
                }
                continue;
            }
            node.properties.put(e.getKey(), CoreGraph.storable(e.getValue()));
        }
        rowNodes.add(node);
        createdByRow.add(label + '\u0000' + id);
        Set<String> remembered = readBackProperties.get(label);
        if (remembered != null) {
            Map<String, Object> kept = new HashMap<>();
            kept.put(key, value);
            node.properties.forEach((k, v) -> {
                if (remembered.contains(k)) {
                    kept.put(k, v);
                }
            });
            readBack.computeIfAbsent(label, l -> new HashMap<>()).put(id, kept);
        }
        return new Staged(label, id, node);
    }

    @Override
    public @Nullable Object property(Ref ref, String key) {
        return switch (ref) {
            case Copied c -> c.node().properties().get(key);
            case Staged s
            when s.pending() != null ->
                s.pending().keyProperty.equals(key)
                        ? s.pending().key
                        : s.pending().properties.get(key);
            case Staged s -> {
                if (!readBackProperties.getOrDefault(s.space(), Set.of()).contains(key)) {
                    throw new IllegalStateException(
                            "BundleSchema.READ_BACK does not name " + s.space() + "." + key + ", read by a core form");
                }
                yield readBack.getOrDefault(s.space(), Map.of())
                        .getOrDefault(s.id(), Map.of())
                        .get(key);
            }
            default -> throw new IllegalArgumentException("not a node of this writer: " + ref);
        };
    }

    @Override
    public void relabel(Ref ref, String add, String remove) {
        switch (ref) {
            case Copied c -> {
                c.node().labels().add(add);
                c.node().labels().remove(remove);
            }
            case Staged s
            when s.pending() != null -> {
                s.pending().labels.add(add);
                s.pending().labels.remove(remove);
            }
            default -> throw new NotInitialLoadable("relabels a node written by an earlier row");
        }
    }

    @Override
    public void mergeRelationship(Ref from, String type, Ref to, Map<String, Object> keys, Map<String, Object> props) {
        if (from instanceof Copied && to instanceof Copied) {
            throw new NotInitialLoadable("links two records that were in the store before the load");
        }
        String start = space(from);
        String end = space(to);
        String startId = id(from);
        String endId = id(to);
        if (!createdByRow.contains(start + '\u0000' + startId) && !createdByRow.contains(end + '\u0000' + endId)) {
            // Neither end is new in this row, so MERGE could have found an earlier row's link.
            long hash = Hash.of(type, start, startId, end, endId, new TreeMap<>(keys).toString());
            if (!links.add(hash)) {
                throw new NotInitialLoadable("repeats a " + type + " link written by an earlier row");
            }
        }
        Map<String, Object> properties = new TreeMap<>();
        keys.forEach((k, v) -> {
            if (v != null) {
                properties.put(k, CoreGraph.storable(v));
            }
        });
        props.forEach((k, v) -> {
            if (v != null) {
                properties.put(k, CoreGraph.storable(v));
            }
        });
        writeRelationship(type, start, startId, end, endId, properties);
    }

    @Override
    public void deleteOutgoingExcept(Ref ref, String type, String otherLabel, String otherKey, @Nullable Object keep) {
        // A node this row created has only the links this row gave it, which are the ones to keep.
        if (!(ref instanceof Staged s && createdByRow.contains(s.space() + '\u0000' + s.id()))) {
            throw new NotInitialLoadable("removes links of a node written before this row");
        }
    }

    /** Nodes and relationships written so far (the snapshot's are written on close). */
    public long nodes() {
        return nodes;
    }

    public long relationships() {
        return relationships;
    }

    /** Whether some text holds a line break: the importer must then read fields across lines. */
    public boolean multiline() {
        return multiline;
    }

    /** The node groups as {@code header,data} pairs for {@code --nodes}. */
    public List<String> nodeArguments() {
        return arguments(nodeGroups);
    }

    /** The relationship groups for {@code --relationships}. */
    public List<String> relationshipArguments() {
        return arguments(relationshipGroups);
    }

    private static List<String> arguments(Map<String, Group> groups) {
        return groups.values().stream()
                .map(g -> g.header.toAbsolutePath() + "," + g.data.toAbsolutePath())
                .sorted()
                .toList();
    }

    /** Writes the last row's nodes and the snapshot (with what the rows changed on it), and closes every file. */
    @Override
    public void close() {
        flushRow();
        for (StoredNode n : snapshot.nodes()) {
            Map<String, Object> properties = new TreeMap<>();
            n.properties().forEach((k, v) -> properties.put(k, CoreGraph.storable(v)));
            writeNode(COPY_SPACE, null, n.elementId(), n.labels(), properties);
        }
        for (StoredRelationship r : snapshot.relationships()) {
            Map<String, Object> properties = new TreeMap<>();
            r.properties().forEach((k, v) -> properties.put(k, CoreGraph.storable(v)));
            writeRelationship(r.type(), COPY_SPACE, r.start(), COPY_SPACE, r.end(), properties);
        }
        try {
            for (Group g : nodeGroups.values()) {
                g.close();
            }
            for (Group g : relationshipGroups.values()) {
                g.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushRow() {
        for (PendingNode n : rowNodes) {
            writeNode(n.labels.iterator().next(), n.keyProperty, n.key, n.labels, new TreeMap<>(n.properties));
        }
        rowNodes.clear();
    }

    private void writeNode(
            String space, @Nullable String keyProperty, String id, Set<String> labels, Map<String, Object> properties) {
        List<String> sortedLabels = labels.stream().sorted().toList();
        StringBuilder signature =
                new StringBuilder(space).append('|').append(keyProperty).append('|');
        sortedLabels.forEach(l -> signature.append(l).append(';'));
        properties.forEach((k, v) -> signature.append('|').append(k).append(':').append(type(k, v)));
        Group group = nodeGroups.computeIfAbsent(signature.toString(), s -> {
            StringBuilder header = new StringBuilder();
            header.append(keyProperty == null ? "" : keyProperty)
                    .append(":ID(")
                    .append(space)
                    .append("),:LABEL");
            properties.forEach(
                    (k, v) -> header.append(',').append(k).append(':').append(type(k, v)));
            return open("n", header.toString(), List.copyOf(properties.keySet()));
        });
        StringBuilder out = line;
        out.setLength(0);
        quote(out, id);
        out.append(',');
        if (!sortedLabels.isEmpty()) {
            quote(out, String.join(String.valueOf(ARRAY_DELIMITER), sortedLabels));
        }
        for (String k : group.properties) {
            out.append(',');
            value(out, k, properties.get(k));
        }
        out.append('\n');
        write(group, out);
        nodes++;
    }

    private void writeRelationship(
            String type, String start, String startId, String end, String endId, Map<String, Object> properties) {
        StringBuilder signature =
                new StringBuilder(type).append('|').append(start).append('|').append(end);
        properties.forEach((k, v) -> signature.append('|').append(k).append(':').append(type(k, v)));
        Group group = relationshipGroups.computeIfAbsent(signature.toString(), s -> {
            StringBuilder header = new StringBuilder();
            header.append(":START_ID(")
                    .append(start)
                    .append("),:END_ID(")
                    .append(end)
                    .append("),:TYPE");
            properties.forEach(
                    (k, v) -> header.append(',').append(k).append(':').append(type(k, v)));
            return open("r", header.toString(), List.copyOf(properties.keySet()));
        });
        StringBuilder out = line;
        out.setLength(0);
        quote(out, startId);
        out.append(',');
        quote(out, endId);
        out.append(',');
        quote(out, type);
        for (String k : group.properties) {
            out.append(',');
            value(out, k, properties.get(k));
        }
        out.append('\n');
        write(group, out);
        relationships++;
    }

    private static void write(Group group, StringBuilder text) {
        try {
            group.out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Group open(String prefix, String header, List<String> properties) {
        int n = nodeGroups.size() + relationshipGroups.size() + 1;
        String name = String.format(java.util.Locale.ROOT, "%s-%04d", prefix, n);
        try {
            return new Group(
                    directory.resolve(name + ".header.csv"), directory.resolve(name + ".csv"), header, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The importer's name for a value's type. */
    static String type(String property, Object v) {
        return switch (v) {
            case String s -> "string";
            case Long l -> "long";
            case Integer i -> "long";
            case Double d -> "double";
            case Boolean b -> "boolean";
            case LocalDate d -> "date";
            case ZonedDateTime t -> "datetime";
            case OffsetDateTime t -> "datetime";
            case LocalDateTime t -> "localdatetime";
            case LocalTime t -> "localtime";
            case OffsetTime t -> "time";
            case TemporalAmount d -> "duration";
            case String[] a when a.length > 0 -> "string[]";
            case long[] a when a.length > 0 -> "long[]";
            case double[] a when a.length > 0 -> "double[]";
            case boolean[] a when a.length > 0 -> "boolean[]";
            default ->
                throw new NotInitialLoadable("property " + property + " holds a value the offline importer cannot"
                        + " write exactly (" + v.getClass().getSimpleName() + describeEmpty(v) + ")");
        };
    }

    private static String describeEmpty(Object v) {
        return v.getClass().isArray() && java.lang.reflect.Array.getLength(v) == 0 ? ", empty" : "";
    }

    private void value(StringBuilder out, String property, @Nullable Object v) {
        switch (v) {
            case null -> {}
            case String s -> quote(out, s);
            case ZonedDateTime t -> DateTimeFormatter.ISO_ZONED_DATE_TIME.formatTo(t, out);
            case OffsetDateTime t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.formatTo(t, out);
            case String[] a -> {
                StringBuilder joined = new StringBuilder();
                for (String element : a) {
                    if (element.isEmpty() || element.indexOf(ARRAY_DELIMITER) >= 0) {
                        throw new NotInitialLoadable("property " + property + " has an empty element or one holding"
                                + " the array delimiter U+001F");
                    }
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(element);
                }
                quote(out, joined.toString());
            }
            case long[] a ->
                out.append(
                        join(java.util.Arrays.stream(a).mapToObj(Long::toString).toList()));
            case double[] a ->
                out.append(join(
                        java.util.Arrays.stream(a).mapToObj(Double::toString).toList()));
            case boolean[] a -> {
                List<String> parts = new ArrayList<>();
                for (boolean b : a) {
                    parts.add(Boolean.toString(b));
                }
                out.append(join(parts));
            }
            default -> out.append(v);
        }
    }

    private static String join(List<String> parts) {
        return String.join(String.valueOf(ARRAY_DELIMITER), parts);
    }

    private void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append('"');
            } else if (c == '\n' || c == '\r') {
                multiline = true;
            }
            out.append(c);
        }
        out.append('"');
    }

    private static String space(Ref ref) {
        return switch (ref) {
            case Staged s -> s.space();
            case Copied c -> COPY_SPACE;
            default -> throw new IllegalArgumentException("not a node of this writer: " + ref);
        };
    }

    private static String id(Ref ref) {
        return switch (ref) {
            case Staged s -> s.id();
            case Copied c -> c.node().elementId();
            default -> throw new IllegalArgumentException("not a node of this writer: " + ref);
        };
    }

    private static String id(String label, Object value) {
        if (!(value instanceof String s)) {
            throw new NotInitialLoadable("the key of " + label + " is not text: " + value);
        }
        return s;
    }

    private static void setAll(Map<String, Object> target, Map<String, Object> props) {
        props.forEach((k, v) -> {
            if (v == null) {
                target.remove(k);
            } else {
                target.put(k, CoreGraph.storable(v));
            }
        });
    }

    /** 64-bit hashes of the links written, to find a repeated one without keeping them all. */
    static final class LongSet {
        private long[] slots = new long[1 << 16];
        private int size;

        /** Adds the hash; false if it was there. */
        boolean add(long value) {
            long v = value == 0 ? 1 : value;
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = (int) (Hash.mix(v) & mask);
            while (slots[i] != 0) {
                if (slots[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = v;
            size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long v : old) {
                if (v != 0) {
                    add(v);
                }
            }
        }
    }

    /** FNV-1a over the parts (with separators), finished with a 64-bit mixer. */
    static final class Hash {
        static long of(String... parts) {
            long h = 0xcbf29ce484222325L;
            for (String part : parts) {
                for (int i = 0; i < part.length(); i++) {
                    h ^= part.charAt(i);
                    h *= 0x100000001b3L;
                }
                h ^= 0x1F;
                h *= 0x100000001b3L;
            }
            return mix(h);
        }

        static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return z ^ (z >>> 33);
        }
    }

    /** For logs and error messages: where the files go and how much was written. */
    @Override
    public String toString() {
        return "StagingGraph[" + directory + ", " + nodes + " nodes, " + relationships + " relationships]";
    }
}
