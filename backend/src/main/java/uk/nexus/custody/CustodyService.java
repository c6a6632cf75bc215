package uk.nexus.custody;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import uk.nexus.alert.AlertService;
import uk.nexus.alert.HighHarm;
import uk.nexus.alert.RaisedAlert;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.audit.Records;
import uk.nexus.custody.internal.CustodyStore;
import uk.nexus.harm.HarmService;
import uk.nexus.model.PageOf;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.resolution.IdentityResolver;
import uk.nexus.resolution.MatchCandidate;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.NotFoundException;

/**
 * Custody intake: resolve the detainee, record the event and its checks, add overseas convictions to
 * harm, raise alerts (decisions 0640–0645).
 *
 * <p>Exactly one candidate in the MATCH band identifies the detainee at once; anything else (several
 * MATCHes, only POSSIBLE ones, none) waits for a user's {@linkplain #decide decision}. Once identified,
 * the custody alerts are raised — high harm (see {@link AlertService#highHarm}), on the high-harm
 * tracker, wanted — and the saved rules are evaluated for the person; again after every check result.
 *
 * <p>Lawful processing: intake is logged as a collection (the details taken), results and decisions as
 * alterations, each in the transaction of its write; every read of an event as a consultation of the
 * detainee and the candidates shown.
 */
@Service
@Validated
public class CustodyService {

    /** Custody records are reviewed six years after the arrest (MoPI group 3 by default). */
    static final int REVIEW_YEARS = 6;

    private static final Logger log = LoggerFactory.getLogger(CustodyService.class);

    private final CustodyStore store;
    private final IdentityResolver resolver;
    private final HarmService harm;
    private final AlertService alerts;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ObjectProvider<CheckAdapter> adapters;

    CustodyService(
            CustodyStore store,
            IdentityResolver resolver,
            HarmService harm,
            AlertService alerts,
            AccessLog accessLog,
            Clock clock,
            ObjectProvider<CheckAdapter> adapters) {
        this.store = store;
        this.resolver = resolver;
        this.harm = harm;
        this.alerts = alerts;
        this.accessLog = accessLog;
        this.clock = clock;
        this.adapters = adapters;
    }

    /** Books a detainee in: resolves the identity, records the event and its checks, raises alerts. */
    /** The scorer's reason for an identifier given in custody that a record holds exactly. */
    private static final java.util.regex.Pattern EXACT_IDENTIFIER =
            java.util.regex.Pattern.compile("^[+][0-9.]+ (PNC id|CRO number|passport number) matches ");

    /**
     * True when another candidate holds exactly a PNC id, CRO number or passport number the detainee gave:
     * the details point at two people (a borrowed identity, a mistyped id), so a person decides.
     */
    static boolean contested(MatchCandidate match, List<MatchCandidate> candidates) {
        return candidates.stream()
                .filter(c -> !c.subjectId().equals(match.subjectId()))
                .anyMatch(c -> c.reasons().stream()
                        .anyMatch(r -> EXACT_IDENTIFIER.matcher(r).find()));
    }

    @PreAuthorize(Access.ANALYSE)
    public CustodyEvent intake(@Valid CustodyIntake intake) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        if (intake.arrestedAt().isAfter(now.plusSeconds(300))) {
            throw new BadRequestException("arrestedAt", "is in the future: " + intake.arrestedAt());
        }
        if (!store.offenceExists(intake.offenceCode())) {
            throw new BadRequestException("offenceCode", "unknown offence code \"" + intake.offenceCode() + "\"");
        }
        List<MatchCandidate> candidates = resolver.candidates(intake.claim(), 5);
        List<MatchCandidate> matches = candidates.stream()
                .filter(c -> c.band() == MatchCandidate.Band.MATCH)
                .toList();
        String matched = matches.size() == 1 && !contested(matches.getFirst(), candidates)
                ? matches.getFirst().subjectId()
                : null;
        String by = user();
        LocalDate review = reviewDate(intake.arrestedAt());
        String id = accessLog.writeAndRecord(
                tx -> {
                    String eventId = store.nextId(tx, "custodyEvent", "CE", ZonedDateTime.now(clock));
                    store.create(tx, eventId, intake, candidates, review, by, now);
                    if (matched != null) {
                        store.identify(tx, eventId, matched, IdentityState.MATCHED, by, now);
                    }
                    GraphVersion.bump(tx, "custody intake " + eventId);
                    return eventId;
                },
                eventId -> AccessEvent.collection(
                        "custody.intake",
                        records(eventId, matched),
                        "Custody intake at " + intake.custodySuite().strip() + " for " + intake.offenceCode(),
                        matched != null
                                ? "resolved to " + matched + " ("
                                        + String.join("; ", matches.getFirst().reasons()) + ")"
                                : candidates.size() + " candidates proposed, awaiting a decision"));
        if (matched != null) {
            afterIdentified(id, matched);
        }
        CustodyEvent event = get(id);
        log.info(
                "custody intake {}: {} {} with {} candidates and {} alerts in {} ms",
                id,
                event.identity(),
                event.subjectId() == null ? "" : event.subjectId(),
                event.candidates().size(),
                event.alerts().size(),
                (System.nanoTime() - started) / 1_000_000);
        return event;
    }

    /**
     * Settles who an unresolved detainee is: a known subject, or a new one made from the details given.
     *
     * @throws ConflictException {@code already-identified} if the event's detainee is already identified
     */
    @PreAuthorize(Access.ANALYSE)
    public CustodyEvent decide(String id, @Valid IdentityDecision decision) {
        CustodyEvent event = store.details(id).orElseThrow(() -> new NotFoundException("custody event", id));
        if (event.identity() != IdentityState.UNRESOLVED) {
            throw new ConflictException(
                    "already-identified", "custody event " + id + " is already identified (" + event.identity() + ")");
        }
        if (decision.createsNewPerson() == (decision.subjectId() != null)) {
            throw new BadRequestException(
                    "subjectId", "give either a subjectId or newPerson: true, not both or neither");
        }
        if (decision.subjectId() != null && !store.subjectExists(decision.subjectId())) {
            throw new BadRequestException("subjectId", "no subject " + decision.subjectId());
        }
        if (decision.createsNewPerson() && event.given() == null) {
            throw new ConflictException(
                    "no-details", "custody event " + id + " holds no details to create a subject from");
        }
        Instant now = clock.instant();
        String by = user();
        String subjectId = accessLog.writeAndRecord(
                tx -> {
                    String s = decision.subjectId();
                    IdentityState state = IdentityState.CONFIRMED;
                    if (decision.createsNewPerson()) {
                        s = store.nextId(tx, "custodySubject", "CUS", ZonedDateTime.now(clock));
                        store.createSubject(tx, s, id, event.given(), reviewDate(event.arrestedAt()), now);
                        state = IdentityState.NEW_SUBJECT;
                    }
                    if (!store.identify(tx, id, s, state, by, now)) {
                        throw new ConflictException(
                                "already-identified", "custody event " + id + " was identified meanwhile");
                    }
                    GraphVersion.bump(tx, "custody identity " + id);
                    return s;
                },
                s -> AccessEvent.alteration(
                        "custody.identify",
                        records(id, s),
                        decision.createsNewPerson()
                                ? "Detainee of " + id + " is none of the candidates: new subject " + s
                                : "Detainee of " + id + " confirmed as " + s,
                        decision.createsNewPerson() ? "new subject" : "confirmed"));
        afterIdentified(id, subjectId);
        return get(id);
    }

    /**
     * Records a check result entered by hand.
     *
     * @throws ConflictException {@code identity-unconfirmed} for convictions before the detainee is identified
     */
    @PreAuthorize(Access.ANALYSE)
    public CustodyEvent recordCheck(String id, CheckKind kind, @Valid CheckEntry entry) {
        record(id, kind, entry, user(), false);
        return get(id);
    }

    private void record(String id, CheckKind kind, CheckEntry entry, String by, boolean simulated) {
        if (store.details(id).isEmpty()) {
            throw new NotFoundException("custody event", id);
        }
        if (!entry.convictions().isEmpty()) {
            if (kind != CheckKind.ACRO || entry.result() != CheckResult.TRACE) {
                throw new BadRequestException(
                        "convictions", "only an ACRO check with result TRACE reports convictions abroad");
            }
            for (int i = 0; i < entry.convictions().size(); i++) {
                OverseasConviction c = entry.convictions().get(i);
                if (c.country().equals("GBR")) {
                    throw new BadRequestException(
                            "convictions[" + i + "].country", "GBR is not overseas: UK convictions come from PNC");
                }
                if (!store.offenceExists(c.offenceCode())) {
                    throw new BadRequestException(
                            "convictions[" + i + "].offenceCode", "unknown offence code \"" + c.offenceCode() + "\"");
                }
            }
        }
        String subjectId = store.subjectOf(id).orElse(null);
        if (subjectId == null && !entry.convictions().isEmpty()) {
            throw new ConflictException(
                    "identity-unconfirmed",
                    "convictions need an identified detainee: decide who the detainee of " + id + " is first");
        }
        Instant now = clock.instant();
        String summary = entry.summary() == null ? null : entry.summary().strip();
        List<String> convictions = accessLog.writeAndRecord(
                tx -> {
                    List<String> ids = store.recordCheck(
                            tx, id, kind, entry.result(), summary, entry.convictions(), by, simulated, now);
                    GraphVersion.bump(tx, "custody check " + id + " " + kind);
                    return ids;
                },
                ids -> {
                    List<String> keys = new ArrayList<>(records(id, subjectId));
                    keys.add(Records.key("Check", id + "-" + kind));
                    ids.forEach(c -> keys.add(Records.key("Conviction", c)));
                    return AccessEvent.alteration(
                            "custody.check",
                            keys,
                            kind + " result for custody event " + id,
                            entry.result() + (simulated ? " (SIMULATED)" : "") + ", " + ids.size()
                                    + " overseas convictions");
                });
        log.debug("custody {} {} {} convictions {}", id, kind, entry.result(), convictions);
        if (subjectId != null) {
            raiseAlerts(id, subjectId);
        }
    }

    /** A custody event with the detainee's harm, tracker state and alerts; logged as a consultation. */
    @PreAuthorize(Access.ANALYSE)
    public CustodyEvent get(String id) {
        return accessLog.consult(
                "custody.view",
                () -> enrich(store.details(id).orElseThrow(() -> new NotFoundException("custody event", id))),
                e -> {
                    List<String> keys = new ArrayList<>();
                    if (e.subjectId() != null) {
                        keys.add(Records.subject(e.subjectId()));
                    }
                    e.candidates().stream()
                            .map(c -> Records.subject(c.subjectId()))
                            .filter(k -> !keys.contains(k))
                            .forEach(keys::add);
                    keys.add(Records.key("Incident", e.id()));
                    return keys;
                },
                e -> "identity " + e.identity()
                        + (e.harm() == null
                                ? ""
                                : " harm=" + Math.round(e.harm().harm())) + " alerts="
                        + e.alerts().size());
    }

    private CustodyEvent enrich(CustodyEvent e) {
        if (e.subjectId() == null) {
            return e;
        }
        return new CustodyEvent(
                e.id(),
                e.custodySuite(),
                e.arrestedAt(),
                e.offenceCode(),
                e.offence(),
                e.arrestingOfficer(),
                e.circumstances(),
                e.given(),
                e.identity(),
                e.subjectId(),
                e.subjectName(),
                e.candidates(),
                harm.snapshot(e.subjectId()),
                alerts.highHarm(e.subjectId()),
                alerts.trackerReferral(e.subjectId()),
                e.checks(),
                alerts.ofCustodyEvent(e.id()),
                e.recordedBy(),
                e.recordedAt(),
                e.source());
    }

    /** Custody events, latest arrest first; logged as a consultation of every identified detainee listed. */
    @PreAuthorize(Access.ANALYSE)
    public PageOf<CustodyEventListItem> list(int page, int size) {
        return accessLog.consult(
                "custody.list",
                () -> new PageOf<>(store.list((long) page * size, size), page, size, store.count()),
                p -> p.items().stream()
                        .filter(i -> i.subjectId() != null)
                        .map(i -> Records.subject(i.subjectId()))
                        .distinct()
                        .toList(),
                p -> "page=" + page + " rows=" + p.items().size());
    }

    // ---- after identification ---------------------------------------------------------------------

    private void afterIdentified(String id, String subjectId) {
        raiseAlerts(id, subjectId);
        requestAutomatedChecks(id, subjectId);
    }

    /** The custody alerts for the detainee (once each per event) and the saved rules for the person. */
    void raiseAlerts(String id, String subjectId) {
        List<RaisedAlert> raised = new ArrayList<>();
        String cause = "custody event " + id;
        HighHarm high = alerts.highHarm(subjectId);
        if (high.high()) {
            raised.add(new RaisedAlert(
                    AlertService.CUSTODY_RULE,
                    "Custody intake",
                    "HIGH_HARM_IN_CUSTODY",
                    subjectId,
                    cause,
                    "High harm in custody: " + high.why(),
                    id));
        }
        String referral = alerts.trackerReferral(subjectId);
        if (referral != null) {
            raised.add(new RaisedAlert(
                    AlertService.CUSTODY_RULE,
                    "Custody intake",
                    "TRACKED_IN_CUSTODY",
                    subjectId,
                    cause,
                    "On the high-harm tracker (referral " + referral + " accepted by immigration enforcement)",
                    id));
        }
        for (CustodyStore.Wanted w : store.wanted(subjectId)) {
            raised.add(new RaisedAlert(
                    AlertService.CUSTODY_RULE,
                    "Custody intake",
                    "WANTED",
                    subjectId,
                    cause + " check " + w.checkId(),
                    "Wanted: " + w.kind() + " " + w.result() + (w.summary() == null ? "" : " - " + w.summary()),
                    id));
        }
        alerts.raise(raised, "custody event " + id);
        alerts.evaluate(List.of(subjectId), "custody event " + id);
    }

    private void requestAutomatedChecks(String id, String subjectId) {
        List<CheckKind> pending = store.pending(id);
        if (pending.isEmpty()) {
            return;
        }
        CustodyStore.SubjectName name = store.subjectName(subjectId).orElse(null);
        if (name == null) {
            return;
        }
        for (CheckKind kind : pending) {
            for (CheckAdapter adapter : adapters.orderedStream().toList()) {
                if (!adapter.handles(kind)) {
                    continue;
                }
                adapter.request(new CheckQuery(id, kind, subjectId, name.forenames(), name.surname(), name.dob()))
                        .whenComplete((answer, failure) -> {
                            if (failure != null) {
                                log.warn(
                                        "check adapter {} failed on {} {}: {}",
                                        adapter.name(),
                                        id,
                                        kind,
                                        failure.toString());
                                return;
                            }
                            try {
                                accessLog.runAs(Actor.system(), () -> {
                                    record(id, kind, answer, adapter.name(), adapter.simulated());
                                    return null;
                                });
                            } catch (RuntimeException e) {
                                log.warn("could not record the answer of {} on {} {}", adapter.name(), id, kind, e);
                            }
                        });
                break;
            }
        }
    }

    private static List<String> records(String eventId, @Nullable String subjectId) {
        List<String> keys = new ArrayList<>();
        if (subjectId != null) {
            keys.add(Records.subject(subjectId));
        }
        keys.add(Records.key("Incident", eventId));
        return keys;
    }

    private static LocalDate reviewDate(Instant arrestedAt) {
        return arrestedAt.atZone(ZoneOffset.UTC).toLocalDate().plusYears(REVIEW_YEARS);
    }

    private static String user() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
