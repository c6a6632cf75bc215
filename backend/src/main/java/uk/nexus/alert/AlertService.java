package uk.nexus.alert;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import uk.nexus.alert.internal.AlertStore;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Records;
import uk.nexus.harm.HarmService;
import uk.nexus.harm.HarmTable;
import uk.nexus.model.PageOf;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.NotFoundException;

/**
 * Alerts: raising them (once per rule, subject and cause), evaluating the saved rules, and their triage;
 * saved rules and watch lists.
 *
 * <p>Lawful processing: every read that shows a person (the inbox, an alert) is logged as a consultation
 * of the people shown; triage, rules and watch lists as alterations; alerts raised by evaluation as one
 * alteration per run, attributed to whoever (or whatever) triggered it. The unread count shows nobody and
 * is not logged.
 */
@Service
@Validated
public class AlertService {

    /** The rule id of the alerts custody intake raises itself. */
    public static final String CUSTODY_RULE = "custody";

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertStore store;
    private final AccessLog accessLog;
    private final HarmService harm;
    private final Clock clock;
    private final AlertSettings settings;

    AlertService(AlertStore store, AccessLog accessLog, HarmService harm, Clock clock, Environment environment) {
        this.store = store;
        this.accessLog = accessLog;
        this.harm = harm;
        this.clock = clock;
        Binder binder = Binder.get(environment);
        this.settings = AlertSettings.of(
                binder.bind("nexus.alerts.high-harm-threshold", Double.class).orElse(null),
                binder.bind("nexus.alerts.high-harm-top", Long.class).orElse(null),
                binder.bind("nexus.alerts.scheduled", Boolean.class).orElse(null),
                binder.bind("nexus.alerts.every", java.time.Duration.class).orElse(null),
                binder.bind("nexus.alerts.poll", java.time.Duration.class).orElse(null));
    }

    /** The settings in force. */
    public AlertSettings settings() {
        return settings;
    }

    // ---- the inbox ------------------------------------------------------------------------------

    /** Alerts, newest first; logged as a consultation of every person on the page. */
    @PreAuthorize(Access.ANALYSE)
    public PageOf<Alert> list(@Nullable Set<AlertState> states, @Nullable String subjectId, int page, int size) {
        Set<AlertState> filter = states == null || states.isEmpty() ? null : states;
        return accessLog.consult(
                "alert.list",
                () -> new PageOf<>(
                        store.alerts(filter, subjectId, null, (long) page * size, size),
                        page,
                        size,
                        store.count(filter, subjectId)),
                p -> p.items().stream()
                        .map(a -> Records.subject(a.subjectId()))
                        .distinct()
                        .toList(),
                p -> "states=" + filter + " subject=" + subjectId + " page=" + page + " rows="
                        + p.items().size());
    }

    /** One alert; logged as a consultation of its person. */
    @PreAuthorize(Access.ANALYSE)
    public Alert get(String id) {
        return accessLog.consult(
                "alert.view",
                () -> store.alert(id).orElseThrow(() -> new NotFoundException("alert", id)),
                a -> List.of(Records.subject(a.subjectId()), Records.key("Alert", a.id())),
                a -> a.kind() + " " + a.cause());
    }

    /** The alerts of a custody event, for the custody feature, which logs what it shows. */
    public List<Alert> ofCustodyEvent(String custodyEventId) {
        return store.alerts(null, null, custodyEventId, 0, 100);
    }

    /** How many alerts nobody has triaged yet (the inbox badge). Shows no person: not logged. */
    @PreAuthorize(Access.ANALYSE)
    public long newCount() {
        return store.count(Set.of(AlertState.NEW), null);
    }

    /**
     * Confirms or dismisses a NEW alert with a reason.
     *
     * @throws ConflictException {@code already-triaged} if someone else triaged it first
     */
    @PreAuthorize(Access.ANALYSE)
    public Alert triage(String id, @Valid Triage triage) {
        if (triage.decision() == AlertState.NEW) {
            throw new BadRequestException("decision", "must be CONFIRMED or DISMISSED");
        }
        Alert alert = store.alert(id).orElseThrow(() -> new NotFoundException("alert", id));
        String reason = triage.reason().strip();
        String by = user();
        boolean done = accessLog.writeAndRecord(
                tx -> store.triage(tx, id, triage.decision(), reason, by, clock.instant()),
                changed -> AccessEvent.alteration(
                        "alert.triage",
                        List.of(Records.subject(alert.subjectId()), Records.key("Alert", id)),
                        reason,
                        changed ? triage.decision().name() : "refused: already " + alert.state()));
        if (!done) {
            throw new ConflictException(
                    "already-triaged",
                    "alert " + id + " was already triaged (" + current(id).state() + ")");
        }
        return current(id);
    }

    private Alert current(String id) {
        return store.alert(id).orElseThrow(() -> new NotFoundException("alert", id));
    }

    // ---- raising and evaluating -----------------------------------------------------------------

    /**
     * Raises the alerts not raised before (same rule, subject and cause); for other features (custody
     * intake) and the evaluation. Returns the ids of all of them, new or not.
     */
    public List<String> raise(List<RaisedAlert> alerts, String why) {
        if (alerts.isEmpty()) {
            return List.of();
        }
        Map<String, AlertStore.Keyed> keyed = new LinkedHashMap<>();
        for (RaisedAlert a : alerts) {
            String key = a.ruleId() + "|" + a.kind() + "|" + a.subjectId() + "|" + a.cause();
            keyed.putIfAbsent(key, new AlertStore.Keyed(idOf(key), key, a));
        }
        String batch = UUID.randomUUID().toString();
        List<String> created = accessLog.writeAndRecord(
                tx -> store.raise(tx, keyed.values(), clock.instant(), batch),
                ids -> AccessEvent.alteration(
                        "alert.raise",
                        recordsOf(keyed.values(), ids),
                        why,
                        ids.size() + " new alerts of " + keyed.size() + " matches"));
        if (!created.isEmpty()) {
            log.info("{}: {} new alerts", why, created.size());
        }
        return keyed.values().stream().map(AlertStore.Keyed::id).toList();
    }

    private static List<String> recordsOf(Collection<AlertStore.Keyed> keyed, List<String> created) {
        Set<String> fresh = Set.copyOf(created);
        List<String> records = new ArrayList<>();
        for (AlertStore.Keyed k : keyed) {
            if (fresh.contains(k.id())) {
                records.add(Records.subject(k.alert().subjectId()));
                records.add(Records.key("Alert", k.id()));
            }
        }
        return records;
    }

    /** The id of the alert with this deduplication key: {@code AL-} and 16 hex digits of its SHA-256. */
    static String idOf(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "AL-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a subject is high harm now (decision 0641): its harm read fresh, and its rank in the cached
     * harm table only when a top N is configured (rank 0 when not computed or no harm).
     */
    public HighHarm highHarm(String subjectId) {
        double h = harm.current(subjectId).harm();
        if (h <= 0) {
            return new HighHarm(subjectId, 0, 0, false, "no harm recorded");
        }
        if (h >= settings.highHarmThreshold()) {
            return new HighHarm(
                    subjectId, h, 0, true, "harm " + round(h) + " ≥ threshold " + round(settings.highHarmThreshold()));
        }
        long rank = 0;
        if (settings.highHarmTop() > 0) {
            HarmTable table = harm.table();
            rank = 1 + table.harm().values().stream().filter(v -> v > h).count();
            if (rank <= settings.highHarmTop()) {
                return new HighHarm(
                        subjectId,
                        h,
                        rank,
                        true,
                        "rank " + rank + " in the harm ranking (top " + settings.highHarmTop() + ")");
            }
        }
        return new HighHarm(
                subjectId,
                h,
                rank,
                false,
                "harm " + round(h) + " below the threshold " + round(settings.highHarmThreshold()));
    }

    /** Whether the subject is on the high-harm tracker: the id of its accepted referral. */
    public @Nullable String trackerReferral(String subjectId) {
        return store.trackerReferral(subjectId).orElse(null);
    }

    /**
     * Evaluates every enabled saved rule, for the given subjects only when {@code subjects} is not null,
     * and raises what matches. Returns how many alerts matched (new or already raised).
     */
    public int evaluate(@Nullable Collection<String> subjects, String trigger) {
        List<RaisedAlert> raised = new ArrayList<>();
        HarmTable table = null;
        for (AlertRule rule : store.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            List<String> high = List.of();
            if (rule.kind() == RuleKind.HARM_THRESHOLD || rule.kind() == RuleKind.HIGH_HARM_OCG_LINK) {
                if (table == null) {
                    table = harm.table();
                }
                double threshold = rule.threshold() == null ? settings.highHarmThreshold() : rule.threshold();
                high = table.harm().entrySet().stream()
                        .filter(e -> e.getValue() >= threshold && e.getValue() > 0)
                        .filter(e -> subjects == null
                                || subjects.contains(e.getKey())
                                || rule.kind() == RuleKind.HIGH_HARM_OCG_LINK)
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList();
                if (rule.kind() == RuleKind.HARM_THRESHOLD) {
                    for (String s : high) {
                        raised.add(new RaisedAlert(
                                rule.id(),
                                rule.name(),
                                rule.kind().name(),
                                s,
                                "harm ≥ " + round(threshold),
                                "harm " + round(table.harm().get(s)) + " crossed the threshold " + round(threshold),
                                null));
                    }
                    continue;
                }
            }
            for (AlertStore.Match m : store.matches(rule, subjects, high)) {
                raised.add(new RaisedAlert(
                        rule.id(), rule.name(), rule.kind().name(), m.subjectId(), m.cause(), m.detail(), null));
            }
        }
        raise(raised, "alert rules evaluated: " + trigger);
        return raised.size();
    }

    // ---- rules ----------------------------------------------------------------------------------

    @PreAuthorize(Access.ANALYSE)
    public List<AlertRule> rules() {
        return store.rules();
    }

    /** Saves a rule; it is evaluated at once (for "new" links and custody events: from now on). */
    @PreAuthorize(Access.ANALYSE)
    public AlertRule createRule(@Valid AlertRuleDraft draft) {
        boolean needsThreshold = draft.kind() == RuleKind.HARM_THRESHOLD || draft.kind() == RuleKind.HIGH_HARM_OCG_LINK;
        if (!needsThreshold && draft.threshold() != null) {
            throw new BadRequestException(
                    "threshold", "only HARM_THRESHOLD and HIGH_HARM_OCG_LINK rules have a threshold");
        }
        if (draft.kind() == RuleKind.WATCHED_IN_CUSTODY) {
            if (draft.watchlistId() == null) {
                throw new BadRequestException("watchlistId", "a WATCHED_IN_CUSTODY rule needs a watch list");
            }
            if (!store.watchlistExists(draft.watchlistId())) {
                throw new BadRequestException("watchlistId", "no watch list " + draft.watchlistId());
            }
        } else if (draft.watchlistId() != null) {
            throw new BadRequestException("watchlistId", "only a WATCHED_IN_CUSTODY rule has a watch list");
        }
        String by = user();
        Instant now = clock.instant();
        String name = draft.name().strip();
        String id = accessLog.writeAndRecord(
                tx -> {
                    String ruleId = store.nextId(tx, "alertRule", "AR-");
                    store.createRule(
                            tx,
                            new AlertRule(
                                    ruleId,
                                    name,
                                    draft.kind(),
                                    threshold(draft, needsThreshold),
                                    draft.watchlistId(),
                                    true,
                                    by,
                                    now));
                    return ruleId;
                },
                ruleId -> AccessEvent.alteration(
                        "alert.rule.create",
                        List.of(Records.key("AlertRule", ruleId)),
                        "alert rule " + name,
                        draft.kind().name()));
        return store.rule(id).orElseThrow();
    }

    private @Nullable Double threshold(AlertRuleDraft draft, boolean needsThreshold) {
        if (!needsThreshold) {
            return null;
        }
        return draft.threshold() == null ? Double.valueOf(settings.highHarmThreshold()) : draft.threshold();
    }

    @PreAuthorize(Access.ANALYSE)
    public void deleteRule(String id) {
        boolean deleted = accessLog.writeAndRecord(
                tx -> store.deleteRule(tx, id),
                done -> AccessEvent.alteration(
                        "alert.rule.delete",
                        List.of(Records.key("AlertRule", id)),
                        "alert rule deleted",
                        done ? "deleted" : "not found"));
        if (!deleted) {
            throw new NotFoundException("alert rule", id);
        }
    }

    // ---- watch lists ----------------------------------------------------------------------------

    @PreAuthorize(Access.ANALYSE)
    public List<Watchlist> watchlists() {
        return store.watchlists();
    }

    /** A watch list with its subjects; logged as a consultation of each. */
    @PreAuthorize(Access.ANALYSE)
    public Watchlist watchlist(String id) {
        return accessLog.consult(
                "watchlist.view",
                () -> store.watchlist(id).orElseThrow(() -> new NotFoundException("watch list", id)),
                w -> w.subjects().stream()
                        .map(s -> Records.subject(s.subjectId()))
                        .toList(),
                w -> "watch list " + id + " with " + w.subjects().size() + " subjects");
    }

    @PreAuthorize(Access.ANALYSE)
    public Watchlist createWatchlist(@Valid WatchlistDraft draft) {
        String by = user();
        String name = draft.name().strip();
        String id = accessLog.writeAndRecord(
                tx -> {
                    String listId = store.nextId(tx, "watchlist", "WL-");
                    store.createWatchlist(
                            tx,
                            listId,
                            name,
                            draft.description() == null
                                    ? null
                                    : draft.description().strip(),
                            by,
                            clock.instant());
                    return listId;
                },
                listId -> AccessEvent.alteration(
                        "watchlist.create", List.of(Records.key("Watchlist", listId)), "watch list " + name, null));
        return store.watchlist(id).orElseThrow();
    }

    /** Puts a subject on a watch list and evaluates the rules for it at once. */
    @PreAuthorize(Access.ANALYSE)
    public Watchlist watch(String id, @Valid WatchRequest request) {
        if (!store.watchlistExists(id)) {
            throw new NotFoundException("watch list", id);
        }
        String reason = request.reason().strip();
        String by = user();
        boolean added = accessLog.writeAndRecord(
                tx -> store.watch(tx, id, request.subjectId(), reason, by, clock.instant()),
                done -> AccessEvent.alteration(
                        "watchlist.add",
                        List.of(Records.subject(request.subjectId()), Records.key("Watchlist", id)),
                        reason,
                        done ? "added" : "no such subject"));
        if (!added) {
            throw new BadRequestException("subjectId", "no subject " + request.subjectId());
        }
        evaluate(List.of(request.subjectId()), "watch list " + id);
        return watchlist(id);
    }

    @PreAuthorize(Access.ANALYSE)
    public void unwatch(String id, String subjectId, String reason) {
        boolean removed = accessLog.writeAndRecord(
                tx -> store.unwatch(tx, id, subjectId),
                done -> AccessEvent.alteration(
                        "watchlist.remove",
                        List.of(Records.subject(subjectId), Records.key("Watchlist", id)),
                        reason,
                        done ? "removed" : "was not on it"));
        if (!removed) {
            throw new NotFoundException("watched subject", id + "/" + subjectId);
        }
    }

    private static String user() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static String round(double v) {
        return String.valueOf(Math.round(v));
    }
}
