package uk.nexus.audit;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import uk.nexus.audit.internal.AuditChain;
import uk.nexus.model.PageOf;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.Csv;

/**
 * The auditor's side of the access log: search it, export it as CSV, verify its chain. Reading the
 * log is itself logged.
 */
@Service
public class AuditService {

    /** What an auditor's reads of the log are logged as being for. */
    static final String OVERSIGHT = "access log oversight";

    /** The columns of the CSV export. */
    public static final List<String> CSV_HEADER = List.of(
            "seq",
            "at",
            "user",
            "roles",
            "channel",
            "operation",
            "action",
            "records",
            "justification",
            "recipient",
            "detail",
            "previous_hash",
            "hash");

    private final AuditChain chain;
    private final AccessLog log;

    AuditService(AuditChain chain, AccessLog log) {
        this.chain = chain;
        this.log = log;
    }

    /** Entries matching the filter, newest first. */
    @PreAuthorize(Access.AUDIT)
    public List<AccessEntry> search(AuditFilter filter, long offset, int limit) {
        check(filter);
        List<AccessEntry> entries = chain.search(filter, offset, limit);
        log.record(AccessEvent.consultation(
                "audit.search",
                List.of(),
                OVERSIGHT,
                describe(filter) + " offset=" + offset + " shown=" + entries.size()));
        return entries;
    }

    /** How many entries match the filter. */
    @PreAuthorize(Access.AUDIT)
    public long count(AuditFilter filter) {
        check(filter);
        return chain.count(filter);
    }

    /** One page of entries, with the total. */
    @PreAuthorize(Access.AUDIT)
    public PageOf<AccessEntry> page(AuditFilter filter, int page, int size) {
        return new PageOf<>(search(filter, (long) page * size, size), page, size, count(filter));
    }

    /**
     * Writes every entry matching the filter as CSV (formula-safe cells), oldest first, and logs the
     * download as a disclosure to the auditor.
     */
    @PreAuthorize(Access.AUDIT)
    public long exportCsv(AuditFilter filter, OutputStream out) {
        check(filter);
        AtomicLong rows = new AtomicLong();
        try (Csv csv = Csv.to(out)) {
            csv.row(CSV_HEADER);
            chain.forEach(filter, e -> {
                csv.row(row(e));
                rows.incrementAndGet();
            });
        }
        log.record(new AccessEvent(
                Operation.DISCLOSURE,
                "audit.export",
                List.of(),
                OVERSIGHT,
                "download by the auditor",
                describe(filter) + " rows=" + rows.get()));
        return rows.get();
    }

    /** Checks the chain end to end (and an anchor recorded earlier, if given). */
    @PreAuthorize(Access.AUDIT)
    public ChainVerification verify(@Nullable Long anchorSeq, @Nullable String anchorHash) {
        ChainVerification result = chain.verify(anchorSeq, anchorHash);
        log.record(AccessEvent.consultation(
                "audit.verify",
                List.of(),
                OVERSIGHT,
                (result.intact() ? "intact" : "BROKEN at " + result.firstBrokenSeq()) + ", " + result.entries()
                        + " entries, head " + result.headSeq()));
        return result;
    }

    static List<@Nullable Object> row(AccessEntry e) {
        List<@Nullable Object> cells = new ArrayList<>();
        cells.add(e.seq());
        cells.add(e.at());
        cells.add(e.user());
        cells.add(String.join(";", e.roles()));
        cells.add(e.channel());
        cells.add(e.operation());
        cells.add(e.action());
        cells.add(String.join(";", e.records()));
        cells.add(e.justification());
        cells.add(e.recipient());
        cells.add(e.detail());
        cells.add(e.previousHash());
        cells.add(e.hash());
        return cells;
    }

    private static void check(AuditFilter f) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new BadRequestException("to", "is before from");
        }
    }

    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder("filter");
        if (f.user() != null && !f.user().isBlank()) {
            s.append(" user=").append(f.user());
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            s.append(" subject=").append(f.subject());
        }
        if (f.from() != null) {
            s.append(" from=").append(f.from());
        }
        if (f.to() != null) {
            s.append(" to=").append(f.to());
        }
        if (f.operation() != null) {
            s.append(" operation=").append(f.operation());
        }
        return s.toString();
    }
}
