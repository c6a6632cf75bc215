package uk.nexus.network;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.disclosure.DisclosureFormat;
import uk.nexus.disclosure.DisclosureGraph;
import uk.nexus.disclosure.DisclosureItem;
import uk.nexus.disclosure.DisclosureProperties;
import uk.nexus.disclosure.DisclosureWriter;
import uk.nexus.disclosure.Recipient;
import uk.nexus.disclosure.Recipients;
import uk.nexus.disclosure.Redacted;
import uk.nexus.disclosure.Redaction;
import uk.nexus.disclosure.Redactor;
import uk.nexus.model.Provenance;
import uk.nexus.network.internal.NetworkQueries;
import uk.nexus.security.Access;
import uk.nexus.web.NotFoundException;

/**
 * Discloses the sub-network around a subject to a named recipient, as GraphML, GraphSON or CSV. Every
 * item carries its grade, handling code and conditions, the person's category (victim/witness shown as
 * such), its review flag, and the disclosure's reference, recipient, purpose and marking. Restricted
 * intelligence the recipient is not cleared for is withheld and replaced by a visible redaction, and
 * whatever only withheld intelligence linked to the subject is withheld with it, so the shape of the
 * network does not give the intelligence away. The disclosure is logged with what went and what was
 * withheld.
 */
@Service
@Transactional(readOnly = true)
public class NetworkExportService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC);

    private final NetworkQueries queries;
    private final AccessLog accessLog;
    private final Recipients recipients;
    private final Redactor redactor;
    private final String marking;

    NetworkExportService(
            NetworkQueries queries,
            AccessLog accessLog,
            Recipients recipients,
            Redactor redactor,
            DisclosureProperties properties) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.recipients = recipients;
        this.redactor = redactor;
        this.marking = properties.marking();
    }

    /** Who a network may be disclosed to. */
    @PreAuthorize(Access.EXPORT)
    public List<Recipient> recipients() {
        return recipients.all();
    }

    /**
     * The sub-network around {@code subjectId} (as {@link NetworkService#around}), redacted for {@code
     * recipientId} and written in {@code format}; logged as a disclosure for the current purpose.
     */
    @PreAuthorize(Access.EXPORT)
    public NetworkExport export(
            String subjectId,
            int hops,
            Collection<LinkType> types,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int maxNodes,
            DisclosureFormat format,
            String recipientId) {
        Collection<LinkType> effective = NetworkService.check(hops, types, from, to, maxNodes);
        Recipient recipient = recipients.get(recipientId, "recipient");
        String purpose = accessLog.purpose();
        Subnetwork network = queries.around(subjectId, hops, effective, from, to, maxNodes)
                .orElseThrow(() -> new NotFoundException("subject", subjectId));
        Map<String, Map<String, Object>> reports = queries.intelligence(reportIds(network));

        Map<String, Subnetwork.Node> nodesByKey = new LinkedHashMap<>();
        network.nodes().forEach(n -> nodesByKey.put(n.key(), n));
        List<DisclosureItem> items = new ArrayList<>();
        network.nodes().forEach(n -> items.add(item(n, reports)));
        Map<String, Subnetwork.Link> linksByKey = new LinkedHashMap<>();
        for (Subnetwork.Link l : network.links()) {
            linksByKey.put("link:" + l.id(), l);
            items.add(item(l, reports));
        }
        Redacted redacted = redactor.redact(items, recipient);

        Map<String, DisclosureItem> released = new LinkedHashMap<>();
        redacted.released().forEach(i -> released.put(i.key(), i));
        Set<String> reachable = reachable(network.centre(), released, linksByKey);
        int unreachable = 0;
        List<DisclosureGraph.Node> nodes = new ArrayList<>();
        for (Subnetwork.Node n : network.nodes()) {
            DisclosureItem item = released.get(n.key());
            if (item == null) {
                continue;
            }
            if (!reachable.contains(n.key())) {
                unreachable++;
                continue;
            }
            nodes.add(new DisclosureGraph.Node(n.key(), n.kind(), nodeProperties(n, item)));
        }
        List<DisclosureGraph.Link> links = new ArrayList<>();
        for (Map.Entry<String, Subnetwork.Link> e : linksByKey.entrySet()) {
            Subnetwork.Link l = e.getValue();
            DisclosureItem item = released.get(e.getKey());
            if (item != null && reachable.contains(l.source()) && reachable.contains(l.target())) {
                links.add(new DisclosureGraph.Link(l.id(), l.type(), l.source(), l.target(), linkProperties(l, item)));
            }
        }
        List<Redaction> redactions = new ArrayList<>(redacted.redactions());
        if (unreachable > 0) {
            redactions.add(new Redaction(
                    "unreachable",
                    unreachable + " node(s)",
                    null,
                    null,
                    null,
                    "linked to the subject only through withheld intelligence",
                    null));
        }

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String reference = "D-" + DAY.format(now) + "-" + HexFormat.of().formatHex(randomBytes());
        String description = NetworkService.describe(subjectId, hops, effective, from, to, network);
        DisclosureGraph graph = new DisclosureGraph(
                new DisclosureGraph.Header(reference, recipient, purpose, marking, user(), now, description),
                nodes,
                links,
                redactions);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureWriter.write(graph, format, out);

        List<String> disclosed = nodes.stream()
                .filter(n -> n.kind().equals("Subject") || n.kind().equals("IntelReport"))
                .map(DisclosureGraph.Node::key)
                .toList();
        accessLog.record(AccessEvent.disclosure(
                "network.export",
                disclosed,
                recipient.id(),
                "ref=" + reference + " format=" + format + " " + description + " released nodes=" + nodes.size()
                        + " links=" + links.size() + " redacted="
                        + redacted.redactions().stream()
                                .map(r -> r.key() + " (" + r.gradeScheme() + " " + r.grade() + "/" + r.handling() + ")")
                                .toList()
                        + (unreachable > 0 ? " withheld as unreachable=" + unreachable : "")));
        String filename = "network-" + subjectId + "-" + reference + "." + format.extension();
        return new NetworkExport(
                reference, format, filename, out.toByteArray(), nodes.size(), links.size(), redactions, unreachable);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String user() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /** Report ids the network refers to: report nodes, associations drawn from a report, link sources. */
    private static Set<String> reportIds(Subnetwork network) {
        Set<String> ids = new HashSet<>();
        network.nodes().stream().filter(n -> n.kind().equals("IntelReport")).forEach(n -> ids.add(n.id()));
        for (Subnetwork.Link l : network.links()) {
            if (l.attributes().get("intelId") instanceof String id) {
                ids.add(id);
            }
            if (l.provenance().source() != null) {
                ids.add(l.provenance().source());
            }
        }
        return ids;
    }

    private static DisclosureItem item(Subnetwork.Node n, Map<String, Map<String, Object>> reports) {
        if (n.kind().equals("IntelReport")) {
            Map<String, Object> r = reports.getOrDefault(n.id(), Map.of());
            return new DisclosureItem(
                    n.key(),
                    n.kind(),
                    (String) r.get("gradeScheme"),
                    (String) r.get("grade"),
                    (String) r.get("handling"),
                    (String) r.get("handlingConditions"),
                    (String) r.get("source"),
                    r.get("summary") == null ? Map.of() : Map.of("summary", r.get("summary")));
        }
        return new DisclosureItem(n.key(), n.kind(), null, null, null, null, null, Map.of());
    }

    private static DisclosureItem item(Subnetwork.Link l, Map<String, Map<String, Object>> reports) {
        Provenance p = l.provenance();
        Map<String, Object> report = report(l, reports);
        String conditions = report == null ? null : (String) report.get("handlingConditions");
        String originator = report != null && report.get("source") != null ? (String) report.get("source") : p.source();
        return new DisclosureItem(
                "link:" + l.id(), l.type(), p.gradeScheme(), p.grade(), p.handling(), conditions, originator, Map.of());
    }

    /** The report a link was drawn from, if it names one (its intelId, a mention's report, or its source). */
    private static @Nullable Map<String, Object> report(Subnetwork.Link l, Map<String, Map<String, Object>> reports) {
        if (l.attributes().get("intelId") instanceof String id && reports.containsKey(id)) {
            return reports.get(id);
        }
        if (l.source().startsWith("IntelReport:")) {
            return reports.get(l.source().substring("IntelReport:".length()));
        }
        return l.provenance().source() == null
                ? null
                : reports.get(l.provenance().source());
    }

    /** Nodes still connected to the centre through released links and released nodes. */
    private static Set<String> reachable(
            String centre, Map<String, DisclosureItem> released, Map<String, Subnetwork.Link> links) {
        Map<String, List<String>> adjacent = new HashMap<>();
        links.forEach((key, l) -> {
            if (released.containsKey(key) && released.containsKey(l.source()) && released.containsKey(l.target())) {
                adjacent.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l.target());
                adjacent.computeIfAbsent(l.target(), k -> new ArrayList<>()).add(l.source());
            }
        });
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (released.containsKey(centre)) {
            seen.add(centre);
            queue.add(centre);
        }
        while (!queue.isEmpty()) {
            for (String next : adjacent.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    private static Map<String, Object> nodeProperties(Subnetwork.Node n, DisclosureItem item) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("recordId", n.id());
        p.put("label", n.label());
        if (n.detail() != null) {
            p.put("detail", n.detail());
        }
        p.put("hop", n.hop());
        p.put("pastReview", n.pastReview());
        if (n.kind().equals("Subject")) {
            p.put("offenderIncidents", n.offenderIncidents());
            p.put("victimOrWitnessIncidents", n.victimOrWitnessIncidents());
            p.put("recordedAs", recordedAs(n));
        }
        if (item.gradeScheme() != null) {
            p.put("basis", "ASSESSMENT");
            p.put("gradeScheme", item.gradeScheme());
            p.put("grade", item.grade());
            p.put("handling", item.handling());
        }
        if (item.handlingConditions() != null) {
            p.put("handlingConditions", item.handlingConditions());
        }
        if (item.originator() != null) {
            p.put("originator", item.originator());
        }
        p.putAll(item.content());
        return p;
    }

    private static String recordedAs(Subnetwork.Node n) {
        if (n.offenderIncidents() > 0 && n.victimOrWitnessIncidents() > 0) {
            return "offender or suspect, and victim or witness";
        }
        if (n.offenderIncidents() > 0) {
            return "offender or suspect";
        }
        return n.victimOrWitnessIncidents() > 0 ? "victim or witness only" : "no incidents";
    }

    private static Map<String, Object> linkProperties(Subnetwork.Link l, DisclosureItem item) {
        Map<String, Object> p = new LinkedHashMap<>(l.attributes());
        Provenance prov = l.provenance();
        if (prov.basis() != null) {
            p.put("basis", prov.basis());
        }
        if (prov.gradeScheme() != null) {
            p.put("gradeScheme", prov.gradeScheme());
            p.put("grade", prov.grade());
            p.put("handling", prov.handling());
        }
        if (item.handlingConditions() != null) {
            p.put("handlingConditions", item.handlingConditions());
        }
        putIfSet(p, "provenance.source", prov.source());
        putIfSet(p, "provenance.recordedAt", prov.recordedAt());
        putIfSet(p, "provenance.validFrom", prov.validFrom());
        putIfSet(p, "provenance.validTo", prov.validTo());
        return p;
    }

    private static void putIfSet(Map<String, Object> p, String key, @Nullable Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
