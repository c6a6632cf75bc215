package uk.nexus.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tinkerpop.gremlin.structure.Edge;
import org.apache.tinkerpop.gremlin.structure.T;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.apache.tinkerpop.gremlin.structure.io.graphml.GraphMLWriter;
import org.apache.tinkerpop.gremlin.structure.io.graphson.GraphSONMapper;
import org.apache.tinkerpop.gremlin.structure.io.graphson.GraphSONVersion;
import org.apache.tinkerpop.gremlin.structure.io.graphson.GraphSONWriter;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;
import org.jspecify.annotations.Nullable;
import uk.nexus.web.Csv;

/**
 * Writes a {@link DisclosureGraph} as GraphML or GraphSON (through an in-memory TinkerPop graph) or as
 * CSV. In the graph formats the disclosure itself is a vertex labelled {@code Disclosure} and every
 * redaction a vertex labelled {@code Redaction}, so what was withheld is visible in any tool that
 * opens the file.
 */
public final class DisclosureWriter {

    /** The CSV columns: one row per disclosure header, node, link and redaction. */
    public static final List<String> CSV_COLUMNS = List.of(
            "row",
            "key",
            "kind",
            "label",
            "detail",
            "source",
            "target",
            "recorded_as",
            "past_review",
            "basis",
            "grade_scheme",
            "grade",
            "handling",
            "handling_conditions",
            "provenance",
            "attributes",
            "disclosure_ref",
            "disclosed_to",
            "purpose",
            "marking");

    private DisclosureWriter() {}

    public static void write(DisclosureGraph graph, DisclosureFormat format, OutputStream out) {
        try {
            switch (format) {
                case GRAPHML -> GraphMLWriter.build().normalize(true).create().writeGraph(out, tinker(graph));
                case GRAPHSON ->
                    GraphSONWriter.build()
                            .mapper(GraphSONMapper.build()
                                    .version(GraphSONVersion.V3_0)
                                    .create())
                            .create()
                            .writeGraph(out, tinker(graph));
                case CSV -> csv(graph, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties every item carries: reference, recipient, purpose, marking. */
    static Map<String, Object> stamp(DisclosureGraph.Header h) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("disclosureRef", h.reference());
        p.put("disclosedTo", h.recipient().name() + " (" + h.recipient().id() + ")");
        p.put("purpose", h.purpose());
        p.put("marking", h.marking());
        return p;
    }

    private static TinkerGraph tinker(DisclosureGraph g) {
        TinkerGraph graph = TinkerGraph.open();
        Map<String, Object> stamp = stamp(g.header());
        Vertex header = graph.addVertex(T.id, "Disclosure:" + g.header().reference(), T.label, "Disclosure");
        put(header, stamp);
        put(
                header,
                Map.of(
                        "disclosedBy", g.header().disclosedBy(),
                        "disclosedAt", g.header().disclosedAt().toString(),
                        "description", g.header().description(),
                        "redactions", (long) g.redactions().size()));
        Map<String, Vertex> vertices = new LinkedHashMap<>();
        for (DisclosureGraph.Node n : g.nodes()) {
            Vertex v = graph.addVertex(T.id, n.key(), T.label, n.kind());
            put(v, n.properties());
            put(v, stamp);
            vertices.put(n.key(), v);
        }
        for (DisclosureGraph.Link l : g.links()) {
            Edge e = vertices.get(l.source()).addEdge(l.type(), vertices.get(l.target()), T.id, "link:" + l.id());
            l.properties().forEach((k, v) -> {
                Object value = value(v);
                if (value != null) {
                    e.property(k, value);
                }
            });
            stamp.forEach(e::property);
        }
        int i = 0;
        for (Redaction r : g.redactions()) {
            Vertex v = graph.addVertex(T.id, "Redaction:" + (++i), T.label, "Redaction");
            put(v, redaction(r));
            put(v, stamp);
        }
        return graph;
    }

    private static Map<String, Object> redaction(Redaction r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("withheld", r.kind());
        p.put("gradeScheme", r.gradeScheme());
        p.put("grade", r.grade());
        p.put("handling", r.handling());
        p.put("reason", r.reason());
        p.put("originator", r.originator());
        return p;
    }

    private static void put(Vertex v, Map<String, ?> properties) {
        properties.forEach((k, value) -> {
            Object normalised = value(value);
            if (normalised != null) {
                v.property(k, normalised);
            }
        });
    }

    /** GraphML and GraphSON take strings, longs, doubles and booleans; everything else is written as text. */
    private static @Nullable Object value(@Nullable Object v) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Byte b -> b.longValue();
            case Short s -> s.longValue();
            case Integer n -> n.longValue();
            case Long n -> n;
            case Number n -> n.doubleValue();
            case Collection<?> c ->
                String.join(";", c.stream().map(String::valueOf).toList());
            case TemporalAccessor t -> t.toString();
            default -> String.valueOf(v);
        };
    }

    private static void csv(DisclosureGraph g, OutputStream out) {
        DisclosureGraph.Header h = g.header();
        Map<String, Object> stamp = stamp(h);
        try (Csv csv = Csv.to(out)) {
            csv.row(CSV_COLUMNS);
            csv.row(row(
                    "DISCLOSURE",
                    h.reference(),
                    "Disclosure",
                    h.description(),
                    "by " + h.disclosedBy() + " at " + h.disclosedAt() + "; "
                            + g.redactions().size() + " redaction(s)",
                    Map.of(),
                    stamp));
            for (DisclosureGraph.Node n : g.nodes()) {
                csv.row(row("NODE", n.key(), n.kind(), null, null, n.properties(), stamp));
            }
            for (DisclosureGraph.Link l : g.links()) {
                Map<String, Object> p = new LinkedHashMap<>(l.properties());
                p.put("__source", l.source());
                p.put("__target", l.target());
                csv.row(row("LINK", "link:" + l.id(), l.type(), null, null, p, stamp));
            }
            int i = 0;
            for (Redaction r : g.redactions()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("gradeScheme", r.gradeScheme());
                p.put("grade", r.grade());
                p.put("handling", r.handling());
                csv.row(row(
                        "REDACTION",
                        "Redaction:" + (++i),
                        r.kind(),
                        "WITHHELD",
                        r.reason() + (r.originator() == null ? "" : "; ask " + r.originator()),
                        p,
                        stamp));
            }
        }
    }

    private static final Set<String> COLUMN_PROPERTIES = Set.of(
            "label",
            "detail",
            "recordedAs",
            "pastReview",
            "basis",
            "gradeScheme",
            "grade",
            "handling",
            "handlingConditions",
            "__source",
            "__target");

    private static List<@Nullable Object> row(
            String type,
            String key,
            String kind,
            @Nullable String label,
            @Nullable String detail,
            Map<String, Object> p,
            Map<String, Object> stamp) {
        List<@Nullable Object> cells = new ArrayList<>();
        cells.add(type);
        cells.add(key);
        cells.add(kind);
        cells.add(label != null ? label : text(p.get("label")));
        cells.add(detail != null ? detail : text(p.get("detail")));
        cells.add(text(p.get("__source")));
        cells.add(text(p.get("__target")));
        cells.add(text(p.get("recordedAs")));
        cells.add(text(p.get("pastReview")));
        cells.add(text(p.get("basis")));
        cells.add(text(p.get("gradeScheme")));
        cells.add(text(p.get("grade")));
        cells.add(text(p.get("handling")));
        cells.add(text(p.get("handlingConditions")));
        cells.add(provenance(p));
        Set<String> rest = new LinkedHashSet<>(p.keySet());
        rest.removeAll(COLUMN_PROPERTIES);
        rest.removeIf(k -> k.startsWith("provenance."));
        List<String> attributes = new ArrayList<>();
        for (String k : rest) {
            if (p.get(k) != null) {
                attributes.add(k + "=" + value(p.get(k)));
            }
        }
        cells.add(String.join("; ", attributes));
        cells.add(stamp.get("disclosureRef"));
        cells.add(stamp.get("disclosedTo"));
        cells.add(stamp.get("purpose"));
        cells.add(stamp.get("marking"));
        return cells;
    }

    private static String provenance(Map<String, Object> p) {
        List<String> parts = new ArrayList<>();
        p.forEach((k, v) -> {
            if (k.startsWith("provenance.") && v != null) {
                parts.add(k.substring("provenance.".length()) + "=" + value(v));
            }
        });
        return String.join("; ", parts);
    }

    private static @Nullable String text(@Nullable Object v) {
        Object value = value(v);
        return value == null ? null : String.valueOf(value);
    }
}
