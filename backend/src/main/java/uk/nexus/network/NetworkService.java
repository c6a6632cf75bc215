package uk.nexus.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nexus.audit.AccessLog;
import uk.nexus.network.internal.NetworkQueries;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.NotFoundException;

/** Networks around subjects; every network opened is logged with the people and reports it shows. */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    /** The most hops a sub-network may span. */
    public static final int MAX_HOPS = 4;

    /** The most nodes a sub-network may hold. */
    public static final int MAX_NODES = 5_000;

    private final NetworkQueries queries;
    private final AccessLog accessLog;

    NetworkService(NetworkQueries queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /**
     * The sub-network within {@code hops} of a subject, over the given link types (all when empty),
     * keeping only links valid in [{@code from}, {@code to}] and incidents that happened then.
     */
    @PreAuthorize(Access.READ_RECORDS)
    public Subnetwork around(
            String subjectId,
            int hops,
            Collection<LinkType> types,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int maxNodes) {
        Collection<LinkType> effective = check(hops, types, from, to, maxNodes);
        return accessLog.consult(
                "network.open",
                () -> queries.around(subjectId, hops, effective, from, to, maxNodes)
                        .orElseThrow(() -> new NotFoundException("subject", subjectId)),
                NetworkService::personalRecords,
                n -> describe(subjectId, hops, effective, from, to, n));
    }

    /**
     * The neighbours of one node a network shows (its key {@code Kind:id}, e.g. {@code Gang:G012}), one
     * hop away over the given link types and in the time window, with the links among them: what the
     * explorer adds when a node is expanded. Logged like {@link #around}.
     */
    @PreAuthorize(Access.READ_RECORDS)
    public Subnetwork expand(
            String nodeKey,
            Collection<LinkType> types,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int maxNodes) {
        Collection<LinkType> effective = check(1, types, from, to, maxNodes);
        int colon = nodeKey.indexOf(':');
        if (colon < 1 || colon == nodeKey.length() - 1) {
            throw new BadRequestException("node", "must be Kind:id, e.g. Subject:S000123");
        }
        String kind = nodeKey.substring(0, colon);
        String id = nodeKey.substring(colon + 1);
        return accessLog.consult(
                "network.expand",
                () -> queries.around(kind, id, 1, effective, from, to, maxNodes)
                        .orElseThrow(() -> new NotFoundException("node", nodeKey)),
                NetworkService::personalRecords,
                n -> describe(nodeKey, 1, effective, from, to, n));
    }

    /** Checks the parameters of an expansion; returns the link types to follow (all when none given). */
    static Collection<LinkType> check(
            int hops, Collection<LinkType> types, @Nullable LocalDate from, @Nullable LocalDate to, int maxNodes) {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new BadRequestException("hops", "must be between 1 and " + MAX_HOPS);
        }
        if (maxNodes < 1 || maxNodes > MAX_NODES) {
            throw new BadRequestException("maxNodes", "must be between 1 and " + MAX_NODES);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("to", "is before from");
        }
        return types.isEmpty() ? EnumSet.allOf(LinkType.class) : types;
    }

    /**
     * The records of a network that an access log lists: its people (centre first) and intelligence
     * reports. Groups, incidents and objects are counted in the detail instead.
     */
    static List<String> personalRecords(Subnetwork network) {
        return network.nodes().stream()
                .filter(n -> n.kind().equals("Subject") || n.kind().equals("IntelReport"))
                .map(Subnetwork.Node::key)
                .toList();
    }

    static String describe(
            String centre,
            int hops,
            Collection<LinkType> types,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            Subnetwork n) {
        return "centre=" + centre + " hops=" + hops + " types="
                + types.stream().map(Enum::name).sorted().toList()
                + (from == null ? "" : " from=" + from) + (to == null ? "" : " to=" + to) + " nodes="
                + n.nodes().size() + " links=" + n.links().size() + (n.truncated() ? " truncated" : "");
    }
}
