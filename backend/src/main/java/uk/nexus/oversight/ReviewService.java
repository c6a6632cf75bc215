package uk.nexus.oversight;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import uk.nexus.audit.AccessEntry;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Records;
import uk.nexus.model.PageOf;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.oversight.internal.OversightQueries;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.Ids;
import uk.nexus.web.NotFoundException;

/**
 * The MoPI retention review (decision 0010): the queue of records past their review date, and of
 * subjects with no harm and no active referral; a supervisor retains a record (with a reason and a new
 * review date) or deletes it. Deletion really deletes, and the access log keeps only what was deleted
 * by kind and id, the reason and who had received copies. Each decision is written in the same
 * transaction as its log entry.
 */
@Service
public class ReviewService {

    /** What reads of the queue are logged as being for. */
    static final String PURPOSE = "MoPI retention review";

    /** The furthest a retain decision may set the next review. */
    public static final int MAX_YEARS = 10;

    private static final Pattern REFERENCE = Pattern.compile("ref=(\\S+)");

    private final OversightQueries queries;
    private final HarmFigures harm;
    private final AccessLog accessLog;

    ReviewService(OversightQueries queries, HarmFigures harm, AccessLog accessLog) {
        this.queries = queries;
        this.harm = harm;
        this.accessLog = accessLog;
    }

    /** Records waiting for a decision, past review first; {@code kind} narrows the queue. */
    @PreAuthorize(Access.REVIEW)
    public List<ReviewItem> queue(@Nullable ReviewKind kind, long offset, int limit) {
        List<ReviewItem> items = queries.queue(kind, harm.harmful(), offset, limit);
        accessLog.record(AccessEvent.consultation(
                "review.queue",
                items.stream().map(i -> Records.key(i.kind().name(), i.id())).toList(),
                PURPOSE,
                "kind=" + (kind == null ? "all" : kind) + " offset=" + offset + " shown=" + items.size()));
        return items;
    }

    /** How many records wait for a decision. */
    @PreAuthorize(Access.REVIEW)
    public long count(@Nullable ReviewKind kind) {
        return queries.count(kind, harm.harmful());
    }

    /** One page of the queue with the total. */
    @PreAuthorize(Access.REVIEW)
    public PageOf<ReviewItem> page(@Nullable ReviewKind kind, int page, int size) {
        return new PageOf<>(queue(kind, (long) page * size, size), page, size, count(kind));
    }

    /**
     * Keeps a record until {@code reviewDate} (after today, at most {@value #MAX_YEARS} years ahead), for
     * {@code reason}. Logged as an alteration with the old and new dates.
     */
    @PreAuthorize(Access.REVIEW)
    public Retained retain(ReviewKind kind, String id, String reason, LocalDate reviewDate) {
        checkId(id);
        String why = checkReason(reason);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!reviewDate.isAfter(today)) {
            throw new BadRequestException("reviewDate", "must be after today (" + today + ")");
        }
        if (reviewDate.isAfter(today.plusYears(MAX_YEARS))) {
            throw new BadRequestException("reviewDate", "must be at most " + MAX_YEARS + " years ahead");
        }
        String by = user();
        record Outcome(Optional<@Nullable LocalDate> previous) {}
        Outcome outcome = accessLog.writeAndRecord(
                tx -> {
                    Optional<@Nullable LocalDate> previous = OversightQueries.retain(tx, kind, id, reviewDate, by, why);
                    if (previous.isEmpty()) {
                        throw new NotFoundException(kind.name(), id);
                    }
                    GraphVersion.bump(tx, "review.retain " + kind + " " + id);
                    return new Outcome(previous);
                },
                o -> AccessEvent.alteration(
                        "review.retain",
                        List.of(Records.key(kind.name(), id)),
                        why,
                        "review date " + o.previous().orElse(null) + " -> " + reviewDate));
        return new Retained(kind, id, outcome.previous().orElse(null), reviewDate);
    }

    /** The result of a retain decision. */
    public record Retained(
            ReviewKind kind, String id, @Nullable LocalDate previousReviewDate, LocalDate reviewDate) {}

    /**
     * Deletes a record and what only it owns, for {@code reason}. A subject on an active referral is
     * refused (decide the referral first). The log entry names what was deleted and counts what went
     * with it; it holds none of the deleted content.
     */
    @PreAuthorize(Access.REVIEW)
    public DeletionReport delete(ReviewKind kind, String id, String reason) {
        checkId(id);
        String why = checkReason(reason);
        if (kind == ReviewKind.Subject && queries.onActiveReferral(id)) {
            throw new BadRequestException(
                    "id",
                    "subject " + id + " is on an active referral: decide the referral before deleting the subject");
        }
        String key = Records.key(kind.name(), id);
        List<DeletionReport.PriorDisclosure> disclosures = new ArrayList<>();
        for (AccessEntry e : accessLog.disclosuresOf(key)) {
            Matcher ref = REFERENCE.matcher(e.detail() == null ? "" : e.detail());
            disclosures.add(new DeletionReport.PriorDisclosure(
                    e.seq(), e.at().toString(), String.valueOf(e.recipient()), ref.find() ? ref.group(1) : e.action()));
        }
        Map<String, Long> removed = accessLog.writeAndRecord(
                tx -> {
                    Map<String, Long> deleted = OversightQueries.delete(tx, kind, id)
                            .orElseThrow(() -> new NotFoundException(kind.name(), id));
                    GraphVersion.bump(tx, "review.delete " + kind + " " + id);
                    return deleted;
                },
                r -> AccessEvent.erasure(
                        "review.delete",
                        List.of(key),
                        why,
                        "deleted " + key + " with " + r
                                + (disclosures.isEmpty()
                                        ? "; never disclosed"
                                        : "; earlier disclosed in "
                                                + disclosures.stream()
                                                        .map(d -> d.reference() + " to " + d.recipient())
                                                        .toList())));
        return new DeletionReport(kind, id, removed, List.copyOf(disclosures));
    }

    private static void checkId(String id) {
        if (id == null || !id.matches(Ids.PATTERN)) {
            throw new BadRequestException("id", Ids.MESSAGE);
        }
    }

    private static String checkReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 5 || r.length() > 1_000) {
            throw new BadRequestException("reason", "give the reason for the decision (5 to 1,000 characters)");
        }
        if (r.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new BadRequestException("reason", "must not contain control characters");
        }
        return r;
    }

    private static String user() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
