package uk.nexus.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Records;
import uk.nexus.model.PageOf;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.resolution.internal.IdentityRecord;
import uk.nexus.resolution.internal.PairScan;
import uk.nexus.resolution.internal.PairScorer;
import uk.nexus.resolution.internal.ResolutionStore;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.Ids;
import uk.nexus.web.NotFoundException;

/**
 * Entity resolution's review work: the scan for duplicate subjects, the queue of pairs best first,
 * same/distinct/undecided decisions remembered with who, when and why, merges that keep every record
 * ({@code MERGED_INTO}) and their exact undo. Reads are logged as consultations; decisions, merges and
 * undos are written in the same transaction as their log entry. Decisions 0620–0624.
 */
@Service
public class ResolutionService {

    private final ResolutionStore store;
    private final PairScan scan;
    private final AccessLog accessLog;

    ResolutionService(ResolutionStore store, PairScan scan, AccessLog accessLog) {
        this.store = store;
        this.scan = scan;
        this.accessLog = accessLog;
    }

    /** Scans every subject for likely duplicates and refreshes the open queue. */
    @PreAuthorize(Access.RESOLVE)
    public ScanReport scan() {
        return scanNow("resolution scan requested by " + user());
    }

    /** The scan without a user check, for the command-line tools and scheduled work. */
    public ScanReport scanNow(String why) {
        PairScan.Result r = scan.run();
        ScanReport report = new ScanReport(
                r.records(),
                r.candidatePairs(),
                r.skippedBlocks(),
                r.match(),
                r.possible(),
                r.alreadyDecided(),
                r.open(),
                r.millis());
        accessLog.record(AccessEvent.alteration(
                "resolution.scan",
                List.of(),
                why,
                "records=" + report.records() + " compared=" + report.candidatePairs() + " match=" + report.match()
                        + " possible=" + report.possible() + " open=" + report.open()));
        return report;
    }

    /** One page of pairs with a status (OPEN by default: waiting for a decision), best first. */
    @PreAuthorize(Access.RESOLVE)
    public PageOf<ReviewPair> queue(@Nullable String status, int page, int size) {
        String s = status(status);
        return accessLog.consult(
                "resolution.queue",
                () -> new PageOf<>(
                        store.pairs(s, (long) page * size, size).stream()
                                .map(this::view)
                                .toList(),
                        page,
                        size,
                        store.count(s)),
                p -> p.items().stream()
                        .flatMap(i -> java.util.stream.Stream.of(
                                Records.subject(i.left().subjectId()),
                                Records.subject(i.right().subjectId())))
                        .distinct()
                        .toList(),
                p -> "status=" + s + " page=" + page + " shown=" + p.items().size());
    }

    /** One pair, side by side; a pair of two subjects no scan proposed is scored on the spot. */
    @PreAuthorize(Access.RESOLVE)
    public ReviewPair pair(String pairId) {
        return accessLog.consult(
                "resolution.pair",
                () -> view(stored(pairId).orElseGet(() -> scoredNow(pairId))),
                p -> List.of(
                        Records.subject(p.left().subjectId()),
                        Records.subject(p.right().subjectId())),
                p -> "pair " + pairId);
    }

    /**
     * Records a decision on a pair. SAME merges the two (keeping both records); DISTINCT means the pair
     * is never proposed again; UNDECIDED leaves the records apart and the pair out of the open queue.
     * A merged pair must be undone before it can be decided otherwise.
     */
    @PreAuthorize(Access.RESOLVE)
    public ReviewPair decide(String pairId, Decision decision, String reason) {
        String why = checkReason(reason);
        String[] ids = split(pairId);
        ResolutionStore.StoredPair existing = stored(pairId).orElseGet(() -> scoredNow(pairId));
        if (existing.status().equals("SAME") && existing.survivor() != null) {
            throw new ConflictException(
                    "merged", "pair " + pairId + " is merged: undo the merge before deciding otherwise");
        }
        String by = user();
        record Outcome(Optional<String[]> merge) {}
        Outcome outcome = accessLog.writeAndRecord(
                tx -> {
                    ResolutionStore.create(
                            tx,
                            new ResolutionStore.PairRow(
                                    existing.id(),
                                    existing.a(),
                                    existing.b(),
                                    existing.score(),
                                    existing.total(),
                                    existing.band(),
                                    existing.reasons()));
                    ResolutionStore.decide(tx, pairId, decision.name(), by, why);
                    Optional<String[]> merged = Optional.empty();
                    if (decision == Decision.SAME) {
                        merged = ResolutionStore.merge(tx, pairId, ids[0], ids[1], by, why);
                        if (merged.isPresent()) {
                            GraphVersion.bump(tx, "resolution.merge " + pairId);
                        }
                    }
                    return new Outcome(merged);
                },
                o -> o.merge().isPresent()
                        ? AccessEvent.combination(
                                "resolution.merge",
                                List.of(
                                        Records.subject(o.merge().get()[0]),
                                        Records.subject(o.merge().get()[1])),
                                why,
                                "pair " + pairId + ": " + o.merge().get()[1] + " merged into "
                                        + o.merge().get()[0]
                                        + " (score " + String.format(java.util.Locale.ROOT, "%.3f", existing.score())
                                        + ")")
                        : AccessEvent.alteration(
                                "resolution.decision",
                                List.of(Records.subject(ids[0]), Records.subject(ids[1])),
                                why,
                                "pair " + pairId + " decided " + decision
                                        + (decision == Decision.SAME ? " (already one person)" : "")));
        return view(stored(pairId).orElseThrow());
    }

    /**
     * Undoes the merge a pair's SAME decision made: the MERGED_INTO link goes, exactly as it came, and
     * the pair is left UNDECIDED. Nothing else changes; a pair that is not merged reports so.
     */
    @PreAuthorize(Access.RESOLVE)
    public UndoResult undo(String pairId, String reason) {
        String why = checkReason(reason);
        String[] ids = split(pairId);
        Optional<ResolutionStore.StoredPair> existing = stored(pairId);
        if (existing.isEmpty() && !store.subjectsExist(ids[0], ids[1])) {
            throw new NotFoundException("pair", pairId);
        }
        if (existing.isEmpty() || existing.get().survivor() == null) {
            return new UndoResult(pairId, false, null, null);
        }
        String by = user();
        Optional<String[]> undone = accessLog.writeAndRecord(
                tx -> {
                    Optional<String[]> u = ResolutionStore.unmerge(tx, pairId);
                    if (u.isPresent()) {
                        ResolutionStore.decide(tx, pairId, Decision.UNDECIDED.name(), by, "merge undone: " + why);
                        GraphVersion.bump(tx, "resolution.undo " + pairId);
                    }
                    return u;
                },
                u -> AccessEvent.alteration(
                        "resolution.undo",
                        u.map(x -> List.of(Records.subject(x[0]), Records.subject(x[1])))
                                .orElse(List.of(Records.subject(ids[0]), Records.subject(ids[1]))),
                        why,
                        u.map(x -> "pair " + pairId + ": " + x[1] + " no longer merged into " + x[0])
                                .orElse("pair " + pairId + ": nothing to undo")));
        return undone.map(x -> new UndoResult(pairId, true, x[0], x[1]))
                .orElse(new UndoResult(pairId, false, null, null));
    }

    /** Who a subject is once merges are counted: its survivor and the records merged into that. */
    @PreAuthorize(Access.READ_RECORDS)
    public CombinedIdentity identity(String subjectId) {
        return accessLog.consult(
                "resolution.identity",
                () -> combined(subjectId),
                c -> {
                    List<String> keys = new ArrayList<>();
                    keys.add(Records.subject(c.survivorId()));
                    c.alsoRecordedAs().forEach(m -> keys.add(Records.subject(m.subjectId())));
                    return keys.stream().distinct().toList();
                },
                c -> "combined identity of " + subjectId);
    }

    private CombinedIdentity combined(String subjectId) {
        Map<String, Object> card = store.card(subjectId);
        if (card.isEmpty()) {
            throw new NotFoundException("subject", subjectId);
        }
        String survivor = (String) card.get("survivor");
        Map<String, Object> root = survivor.equals(subjectId) ? card : store.card(survivor);
        return new CombinedIdentity(subjectId, survivor, mergedIn(root));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Optional<ResolutionStore.StoredPair> stored(String pairId) {
        split(pairId);
        return store.pair(pairId);
    }

    /** A pair no scan stored: both subjects must exist; it is scored now (band null below POSSIBLE). */
    private ResolutionStore.StoredPair scoredNow(String pairId) {
        String[] ids = split(pairId);
        if (!store.subjectsExist(ids[0], ids[1])) {
            throw new NotFoundException("pair", pairId);
        }
        List<IdentityRecord> records = store.ofRoots(List.of(ids[0]));
        List<IdentityRecord> others = store.ofRoots(List.of(ids[1]));
        PairScorer.Scored s = PairScorer.score(records.getFirst(), others.getFirst());
        return new ResolutionStore.StoredPair(
                pairId,
                ids[0],
                ids[1],
                s.score(),
                s.total(),
                s.band() == null ? "UNLIKELY" : s.band().name(),
                s.reasons(),
                "OPEN",
                null,
                null,
                null,
                null);
    }

    private ReviewPair view(ResolutionStore.StoredPair p) {
        return new ReviewPair(
                p.id(),
                p.score(),
                p.band(),
                p.reasons(),
                p.status(),
                p.decidedBy(),
                p.decidedAt(),
                p.decisionReason(),
                p.survivor(),
                side(p.a()),
                side(p.b()));
    }

    @SuppressWarnings("unchecked")
    private PairSide side(String subjectId) {
        Map<String, Object> c = store.card(subjectId);
        if (c.isEmpty()) {
            throw new NotFoundException("subject", subjectId);
        }
        return new PairSide(
                subjectId,
                (c.get("forenames") == null ? "" : c.get("forenames") + " ")
                        + (c.get("surname") == null
                                ? ""
                                : ((String) c.get("surname")).toUpperCase(java.util.Locale.ROOT)),
                (LocalDate) c.get("dob"),
                (String) c.get("gender"),
                (String) c.get("pnc"),
                (String) c.get("cro"),
                (String) c.get("passport"),
                (String) c.get("borough"),
                (String) c.get("source"),
                (String) c.get("recordedAt"),
                (List<String>) c.get("aliases"),
                (List<String>) c.get("phones"),
                (List<String>) c.get("addresses"),
                ((Number) c.get("incidents")).longValue(),
                ((Number) c.get("convictions")).longValue(),
                (String) c.get("survivor"),
                mergedIn(c));
    }

    @SuppressWarnings("unchecked")
    private static List<CombinedIdentity.MergedRecord> mergedIn(Map<String, Object> card) {
        List<CombinedIdentity.MergedRecord> out = new ArrayList<>();
        for (Object o : (List<Object>) card.getOrDefault("mergedIn", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(new CombinedIdentity.MergedRecord(
                    (String) m.get("id"),
                    ((String) m.get("name")).strip(),
                    (String) m.get("source"),
                    (String) m.get("pairId"),
                    (String) m.get("by"),
                    (String) m.get("at")));
        }
        return out;
    }

    /** The two subject ids of a pair id, checked. */
    static String[] split(String pairId) {
        int colon = pairId == null ? -1 : pairId.indexOf(':');
        if (colon <= 0 || colon == pairId.length() - 1 || !pairId.matches(Ids.PATTERN)) {
            throw new BadRequestException("id", "a pair id is two subject ids joined by a colon, smaller first");
        }
        String a = pairId.substring(0, colon);
        String b = pairId.substring(colon + 1);
        if (b.indexOf(':') >= 0 || a.compareTo(b) >= 0) {
            throw new BadRequestException(
                    "id", "a pair id is two different subject ids joined by a colon, smaller first");
        }
        return new String[] {a, b};
    }

    private static String status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return "OPEN";
        }
        String s = status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("OPEN", "SAME", "DISTINCT", "UNDECIDED").contains(s)) {
            throw new BadRequestException("status", "one of OPEN, SAME, DISTINCT, UNDECIDED: " + status);
        }
        return s;
    }

    private static String checkReason(@Nullable String reason) {
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
