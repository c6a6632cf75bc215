package uk.nexus.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import uk.nexus.model.Provenance;
import uk.nexus.network.LinkType;
import uk.nexus.network.Subnetwork;

/**
 * Expands a network breadth-first, one hop per query, so that the node limit is applied between
 * hops and a hub cannot explode a query. Links among the nodes reached at the last hop are added so
 * the result is the induced sub-network.
 */
@Repository
public class NetworkQueries {

    private static final Set<String> PROVENANCE_KEYS =
            Set.of("source", "recordedAt", "validFrom", "validTo", "basis", "gradeScheme", "grade", "handling");

    private static final String EXPAND = """
            UNWIND $frontier AS eid
            MATCH (a) WHERE elementId(a) = eid
            MATCH (a)-[r]-(b)
            WHERE type(r) IN $types
              AND ($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from)
              AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)
              AND (b:Subject OR b:Group OR b:Incident OR b:Phone OR b:Vehicle OR b:Weapon OR b:Location OR b:IntelReport)
              AND (NOT b:Incident OR (($from IS NULL OR date(b.occurredAt) >= $from)
                                      AND ($to IS NULL OR date(b.occurredAt) <= $to)))
              AND ($known IS NULL OR elementId(b) IN $known)
            WITH DISTINCT r, b
            RETURN elementId(r) AS rid, type(r) AS type, elementId(startNode(r)) AS start, elementId(endNode(r)) AS end,
                   properties(r) AS p, elementId(b) AS bid, labels(b) AS labels, properties(b) AS props,
                   CASE WHEN b:Incident THEN COLLECT { MATCH (b)-[:CLASSIFIED_AS]->(o:Offence) RETURN o.code }[0] END AS offence,
                   coalesce(b.reviewDate < date(), false) AS pastReview,
                   CASE WHEN b:Subject THEN COUNT { (b)-[x:INVOLVED_IN]->() WHERE x.category IN ['OFFENDER', 'SUSPECT'] }
                        ELSE 0 END AS offender,
                   CASE WHEN b:Subject THEN COUNT { (b)-[x:INVOLVED_IN]->() WHERE x.category IN ['VICTIM', 'WITNESS'] }
                        ELSE 0 END AS victim
            ORDER BY bid
            LIMIT $limit
            """;

    private final Neo4jClient neo4j;

    public NetworkQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The node kinds a network can hold, which are also the labels of their nodes. */
    public static final Set<String> KINDS =
            Set.of("Subject", "Gang", "Ocg", "Incident", "Phone", "Vehicle", "Weapon", "Location", "IntelReport");

    /** The network around a subject, or empty if there is no such subject. */
    public Optional<Subnetwork> around(
            String subjectId,
            int hops,
            Collection<LinkType> types,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int maxNodes) {
        return around("Subject", subjectId, hops, types, from, to, maxNodes);
    }

    /**
     * The network around any node a network shows ({@code kind} one of {@link #KINDS}), or empty if
     * there is no such node.
     */
    public Optional<Subnetwork> around(
            String kind,
            String id,
            int hops,
            Collection<LinkType> types,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int maxNodes) {
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        // The label is one of KINDS, so it can be written into the query; the id stays a parameter.
        Optional<Map<String, Object>> centre =
                neo4j.query("""
                        MATCH (s:%s {id: $id})
                        RETURN elementId(s) AS eid, properties(s) AS props, coalesce(s.reviewDate < date(), false) AS pastReview,
                               CASE WHEN s:Subject THEN COUNT { (s)-[x:INVOLVED_IN]->() WHERE x.category IN ['OFFENDER', 'SUSPECT'] }
                                    ELSE 0 END AS offender,
                               CASE WHEN s:Subject THEN COUNT { (s)-[x:INVOLVED_IN]->() WHERE x.category IN ['VICTIM', 'WITNESS'] }
                                    ELSE 0 END AS victim,
                               CASE WHEN s:Incident THEN COLLECT { MATCH (s)-[:CLASSIFIED_AS]->(o:Offence) RETURN o.code }[0] END AS offence
                        """.formatted(kind)).bind(id).to("id").fetch().one();
        if (centre.isEmpty()) {
            return Optional.empty();
        }
        String centreEid = (String) centre.get().get("eid");
        @SuppressWarnings("unchecked")
        Map<String, Object> centreProps = (Map<String, Object>) centre.get().get("props");
        Map<String, Subnetwork.Node> nodes = new LinkedHashMap<>();
        Map<String, Subnetwork.Link> links = new LinkedHashMap<>();
        nodes.put(
                centreEid,
                node(List.of(kind), centreProps, (String) centre.get().get("offence"), 0, centre.get()));
        List<String> typeNames = types.stream().map(Enum::name).toList();
        List<String> frontier = List.of(centreEid);
        boolean truncated = false;
        for (int hop = 1; hop <= hops + 1 && !frontier.isEmpty(); hop++) {
            boolean closing = hop == hops + 1;
            Map<String, Object> params = new HashMap<>();
            params.put("frontier", frontier);
            params.put("types", typeNames);
            params.put("from", from);
            params.put("to", to);
            params.put("known", closing ? List.copyOf(nodes.keySet()) : null);
            params.put("limit", 50_000);
            List<String> next = new ArrayList<>();
            for (Map<String, Object> row :
                    neo4j.query(EXPAND).bindAll(params).fetch().all()) {
                String bid = (String) row.get("bid");
                if (!nodes.containsKey(bid)) {
                    if (closing) {
                        continue;
                    }
                    if (nodes.size() >= maxNodes) {
                        truncated = true;
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    List<String> labels = (List<String>) row.get("labels");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> props = (Map<String, Object>) row.get("props");
                    nodes.put(bid, node(labels, props, (String) row.get("offence"), hop, row));
                    next.add(bid);
                }
                String start = (String) row.get("start");
                String end = (String) row.get("end");
                if (nodes.containsKey(start) && nodes.containsKey(end)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> p = (Map<String, Object>) row.get("p");
                    links.putIfAbsent(
                            (String) row.get("rid"),
                            link(
                                    (String) row.get("rid"),
                                    (String) row.get("type"),
                                    nodes.get(start).key(),
                                    nodes.get(end).key(),
                                    p));
                }
            }
            frontier = next;
        }
        return Optional.of(new Subnetwork(
                nodes.get(centreEid).key(), List.copyOf(nodes.values()), List.copyOf(links.values()), truncated));
    }

    /**
     * Intelligence reports by id: grading, handling conditions, originating unit and summary, for the
     * reports a network shows or its links were drawn from.
     */
    public Map<String, Map<String, Object>> intelligence(Collection<String> ids) {
        Map<String, Map<String, Object>> reports = new HashMap<>();
        neo4j.query("""
                        MATCH (n:IntelReport) WHERE n.id IN $ids
                        RETURN n.id AS id, properties(n) AS props
                        """).bind(List.copyOf(ids)).to("ids").fetch().all().forEach(row -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            reports.put((String) row.get("id"), props);
        });
        return reports;
    }

    private static Subnetwork.Link link(String id, String type, String source, String target, Map<String, Object> p) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (!PROVENANCE_KEYS.contains(k) && v != null) {
                attributes.put(k, v);
            }
        });
        return new Subnetwork.Link(id, type, source, target, attributes, Provenance.of(p));
    }

    private static Subnetwork.Node node(
            List<String> labels, Map<String, Object> p, @Nullable String offence, int hop, Map<String, Object> flags) {
        String kind = kind(labels);
        String id = String.valueOf(p.get("id"));
        String label;
        String detail;
        switch (kind) {
            case "Subject" -> {
                label = String.valueOf(p.get("surname")).toUpperCase(java.util.Locale.ROOT) + ", " + p.get("forenames");
                detail = p.get("dob") == null ? null : "b. " + p.get("dob");
            }
            case "Gang", "Ocg" -> {
                label = String.valueOf(p.get("name"));
                detail = p.get("ocgmBand") == null
                        ? kind.toUpperCase(java.util.Locale.ROOT)
                        : "OCG band " + p.get("ocgmBand");
            }
            case "Incident" -> {
                label = p.get("type") + (offence == null ? "" : " · " + offence);
                detail = p.get("occurredAt") == null
                        ? null
                        : p.get("occurredAt").toString().substring(0, 10);
            }
            case "Phone" -> {
                label = String.valueOf(p.get("number"));
                detail = (String) p.get("kind");
            }
            case "Vehicle" -> {
                label = String.valueOf(p.get("vrm"));
                detail = p.get("make") == null ? null : p.get("make") + " " + p.getOrDefault("model", "");
            }
            case "Weapon" -> {
                label = String.valueOf(p.get("kind"));
                detail = (String) p.get("description");
            }
            case "Location" -> {
                label = String.valueOf(p.get("name"));
                detail = (String) p.get("postcode");
            }
            default -> {
                label = "Intelligence " + id;
                detail = p.get("gradeScheme") + " " + p.get("grade") + " " + p.get("handling");
            }
        }
        return new Subnetwork.Node(
                kind + ":" + id,
                kind,
                id,
                label,
                detail,
                hop,
                Boolean.TRUE.equals(flags.get("pastReview")),
                flags.get("offender") instanceof Number n ? n.longValue() : 0,
                flags.get("victim") instanceof Number n ? n.longValue() : 0);
    }

    private static String kind(List<String> labels) {
        for (String k : List.of("Gang", "Ocg", "Subject", "Incident", "Phone", "Vehicle", "Weapon", "Location")) {
            if (labels.contains(k)) {
                return k;
            }
        }
        return "IntelReport";
    }
}
