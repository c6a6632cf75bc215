package uk.nexus.referral;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Operation;
import uk.nexus.audit.Records;
import uk.nexus.disclosure.DisclosureItem;
import uk.nexus.disclosure.Recipient;
import uk.nexus.disclosure.Recipients;
import uk.nexus.disclosure.Redacted;
import uk.nexus.disclosure.Redactor;
import uk.nexus.harm.HarmService;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.referral.internal.ReferralStore;
import uk.nexus.security.Access;
import uk.nexus.security.Role;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.NotFoundException;

/**
 * Launching and tracking referrals to immigration enforcement: eligibility, drafting with the evidence
 * to disclose, the four-eyes workflow and the tracker. Every change is one recorded event with who,
 * when and why.
 *
 * <p>Lawful processing (decision 0402): every read of a referral or of what it says about a person is
 * logged as a consultation, every step as an alteration, and the supervisor's approval — the moment the
 * referral is sent to immigration enforcement — as a disclosure of the person and every evidence record
 * to {@value #RECIPIENT}. Evidence passes the {@link Redactor} for that recipient when it is chosen: an
 * item whose handling code the recipient is not cleared for cannot be attached, and restricted items
 * that can go carry their conditions. Reads take the purpose of the user's task when one was given,
 * else the referral itself is the purpose.
 */
@Service
@Transactional
@Validated
public class ReferralService {

    /** The recipient of every referral: Home Office Immigration Enforcement. */
    public static final String RECIPIENT = "HOIE";

    private final ReferralStore store;
    private final Clock clock;
    private final AccessLog accessLog;
    private final Redactor redactor;
    private final Recipients recipients;
    private final HarmService harm;

    ReferralService(
            ReferralStore store,
            Clock clock,
            AccessLog accessLog,
            Redactor redactor,
            Recipients recipients,
            HarmService harm) {
        this.store = store;
        this.clock = clock;
        this.accessLog = accessLog;
        this.redactor = redactor;
        this.recipients = recipients;
        this.harm = harm;
    }

    /**
     * A subject's harm today with its explanation, as a referral would carry it: shown while drafting.
     * Logged as a consultation of the subject.
     *
     * @throws NotFoundException if there is no such subject
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public SubjectHarm currentHarm(String subjectId) {
        SubjectHarm now = harm.snapshot(subjectId);
        log(AccessEvent.consultation(
                "referral.harm",
                List.of(Records.subject(subjectId)),
                purposeOr("Drafting a referral of " + subjectId),
                "harm=" + Math.round(now.harm()) + " contributions="
                        + now.contributions().size()));
        return now;
    }

    /**
     * Whether a subject may be referred. A subject recorded as British (nationality GBR, alone or with
     * another, or status BRITISH_CITIZEN) may not; missing nationality or status is flagged for
     * checking, never assumed.
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public Eligibility eligibility(String subjectId) {
        Eligibility eligibility = assess(subjectId);
        log(AccessEvent.consultation(
                "referral.eligibility",
                List.of(Records.subject(subjectId)),
                purposeOr("Checking whether subject " + subjectId + " may be referred"),
                eligibility.eligible() ? "eligible, flags " + eligibility.flags() : "not eligible"));
        return eligibility;
    }

    private Eligibility assess(String subjectId) {
        ReferralStore.SubjectFacts facts =
                store.subjectFacts(subjectId).orElseThrow(() -> new NotFoundException("subject", subjectId));
        List<Eligibility.Flag> flags = new ArrayList<>();
        if (facts.nationalities().contains("GBR")) {
            return new Eligibility(
                    false,
                    "Recorded as a British national (GBR): cannot be referred for immigration" + " enforcement.",
                    List.of());
        }
        if ("BRITISH_CITIZEN".equals(facts.immigrationStatus())) {
            return new Eligibility(
                    false,
                    "Recorded as a British citizen: cannot be referred for immigration" + " enforcement.",
                    List.of());
        }
        if (facts.nationalities().isEmpty()) {
            flags.add(Eligibility.Flag.NATIONALITY_NOT_RECORDED);
        }
        if (facts.immigrationStatus() == null || facts.immigrationStatus().equals("UNKNOWN")) {
            flags.add(Eligibility.Flag.IMMIGRATION_STATUS_NOT_RECORDED);
        }
        if (store.hasActiveReferral(subjectId)) {
            flags.add(Eligibility.Flag.ACTIVE_REFERRAL_EXISTS);
        }
        if (facts.reviewDate() != null && facts.reviewDate().isBefore(LocalDate.now(clock))) {
            flags.add(Eligibility.Flag.RECORD_PAST_REVIEW);
        }
        return new Eligibility(true, "", List.copyOf(flags));
    }

    /** The records of a subject that can be disclosed with a referral. */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public List<EvidenceItem> candidateEvidence(String subjectId) {
        store.subjectFacts(subjectId).orElseThrow(() -> new NotFoundException("subject", subjectId));
        List<EvidenceItem> candidates = withWithheld(store.candidateEvidence(subjectId));
        List<String> keys = new ArrayList<>();
        keys.add(Records.subject(subjectId));
        candidates.forEach(e -> keys.add(e.recordKey()));
        log(AccessEvent.consultation(
                "referral.evidence",
                keys,
                purposeOr("Choosing the evidence for a referral of subject " + subjectId),
                candidates.size() + " candidate items"));
        return candidates;
    }

    /** The candidates, each marked with why it cannot go to the recipient where it cannot. */
    private List<EvidenceItem> withWithheld(List<EvidenceItem> items) {
        Recipient hoie = recipients.get(RECIPIENT, "recipient");
        List<DisclosureItem> asDisclosed =
                items.stream().map(ReferralService::asDisclosure).toList();
        Redacted redacted = redactor.redact(asDisclosed, hoie);
        Map<String, String> withheld = new HashMap<>();
        redacted.redactions().forEach(r -> withheld.put(r.key(), r.reason()));
        Map<String, DisclosureItem> released = new HashMap<>();
        redacted.released().forEach(r -> released.put(r.key(), r));
        return items.stream()
                .map(e -> {
                    DisclosureItem going = released.get(e.recordKey());
                    return new EvidenceItem(
                            e.kind(),
                            e.ref(),
                            e.summary(),
                            e.asOf(),
                            e.basis(),
                            e.gradeScheme(),
                            e.grade(),
                            e.handling(),
                            going == null ? e.handlingConditions() : going.handlingConditions(),
                            withheld.get(e.recordKey()));
                })
                .toList();
    }

    private static DisclosureItem asDisclosure(EvidenceItem e) {
        return new DisclosureItem(
                e.recordKey(),
                e.kind(),
                e.gradeScheme(),
                e.grade(),
                e.handling(),
                e.handlingConditions(),
                null,
                Map.of());
    }

    /**
     * Starts a referral as a draft. Refused for an ineligible subject, an unknown originator, or evidence
     * that is not on the subject's record.
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    public ReferralDetails draft(@Valid ReferralDraft draft) {
        Eligibility eligibility = assess(draft.subjectId());
        if (!eligibility.eligible()) {
            throw new ConflictException("not-eligible", eligibility.refusal());
        }
        if (!store.originatorExists(draft.originatorId())) {
            throw new BadRequestException(
                    "originatorId", "unknown referral originator \"" + draft.originatorId() + "\"");
        }
        Map<String, EvidenceItem> available = new HashMap<>();
        withWithheld(store.candidateEvidence(draft.subjectId()))
                .forEach(e -> available.put(e.kind() + ":" + e.ref(), e));
        List<Map<String, Object>> evidence = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        keys.add(Records.subject(draft.subjectId()));
        for (String key : draft.evidence().stream().distinct().toList()) {
            EvidenceItem item = available.get(key);
            if (item == null) {
                throw new BadRequestException(
                        "evidence", key + " is not on the record of subject " + draft.subjectId());
            }
            if (item.withheld() != null) {
                throw new BadRequestException(
                        "evidence", key + " cannot be disclosed to immigration enforcement: " + item.withheld());
            }
            evidence.add(disclosure(item));
            keys.add(item.recordKey());
        }
        SubjectHarm harmNow = harm.snapshot(draft.subjectId());
        ZonedDateTime now = ZonedDateTime.now(clock);
        String id = store.nextId(now);
        store.create(
                id,
                draft.subjectId(),
                draft.originatorId(),
                draft.justification().strip(),
                actor().name(),
                eligibility.flags(),
                evidence,
                harmNow,
                now);
        keys.add(1, Records.key("Referral", id));
        log(AccessEvent.alteration(
                "referral.draft",
                keys,
                purposeOr("Referral " + id + ": " + draft.justification().strip()),
                "drafted from originator " + draft.originatorId() + " with " + evidence.size()
                        + " evidence items; harm when referred " + Math.round(harmNow.harm())));
        return read(id);
    }

    /** A referral with its evidence and history. */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public ReferralDetails get(String id) {
        ReferralDetails details;
        try {
            details = read(id);
        } catch (NotFoundException e) {
            log(AccessEvent.consultation(
                    "referral.view", List.of(), purposeOr("Referral " + id), "not found: referral " + id));
            throw e;
        }
        log(AccessEvent.consultation(
                "referral.view", recordsOf(details), purposeOr("Referral " + id), "referral " + id));
        return details;
    }

    private ReferralDetails read(String id) {
        return store.details(id).orElseThrow(() -> new NotFoundException("referral", id));
    }

    /** The person first, then the referral and the evidence records it carries. */
    private static List<String> recordsOf(ReferralDetails details) {
        List<String> keys = new ArrayList<>();
        keys.add(Records.subject(details.summary().subjectId()));
        keys.add(Records.key("Referral", details.summary().id()));
        details.evidence().forEach(e -> keys.add(e.recordKey()));
        return keys.stream().distinct().toList();
    }

    /** One page of referrals; the people it lists are logged as consulted. */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public List<ReferralListItem> list(ReferralFilter filter, int offset, int limit) {
        List<ReferralListItem> page = withLatestHarm(store.list(filter, offset, limit));
        if (!page.isEmpty()) {
            log(AccessEvent.consultation(
                    "referral.list",
                    page.stream()
                            .flatMap(r -> Stream.of(Records.subject(r.subjectId()), Records.key("Referral", r.id())))
                            .distinct()
                            .toList(),
                    purposeOr("Working the referral list"),
                    "offset=" + offset + " rows=" + page.size()));
        }
        return page;
    }

    /** Each subject's harm today (0 for none), from the harm table cached until the graph changes. */
    private List<ReferralListItem> withLatestHarm(List<ReferralListItem> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Double> today = harm.table().harm();
        return rows.stream()
                .map(r -> r.withLatestHarm(today.getOrDefault(r.subjectId(), 0.0)))
                .toList();
    }

    /** The most rows a download carries. */
    public static final int DOWNLOAD_LIMIT = 100_000;

    /**
     * Every referral the filter finds (up to {@value #DOWNLOAD_LIMIT}), for a file the user takes away:
     * logged as a disclosure of the people listed to the user's device, because a copy outside Nexus
     * is beyond retention review and erasure here.
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public List<ReferralListItem> download(ReferralFilter filter) {
        List<ReferralListItem> rows = withLatestHarm(store.list(filter, 0, DOWNLOAD_LIMIT));
        log(new AccessEvent(
                Operation.DISCLOSURE,
                "referral.download",
                rows.stream()
                        .flatMap(r -> Stream.of(Records.subject(r.subjectId()), Records.key("Referral", r.id())))
                        .distinct()
                        .toList(),
                purposeOr("Downloading the referral list"),
                "download by " + actor().name(),
                "CSV rows=" + rows.size()));
        return rows;
    }

    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public long count(ReferralFilter filter) {
        return store.count(filter);
    }

    /**
     * What is waiting for the signed-in user: their drafts and returned referrals; for a supervisor,
     * submitted referrals someone else wrote; for the referral desk, approved referrals awaiting
     * immigration enforcement's decision.
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public ReferralFilter inboxFilter() {
        ReferralWorkflow.Actor me = actor();
        if (me.roles().contains(Role.SUPERVISOR)) {
            return new ReferralFilter(
                    Set.of(ReferralState.SUBMITTED), null, null, null, null, null, null, null, me.name());
        }
        if (me.roles().contains(Role.REFERRALS)) {
            return new ReferralFilter(Set.of(ReferralState.APPROVED), null, null, null, null, null, null, null, null);
        }
        return new ReferralFilter(
                EnumSet.of(ReferralState.DRAFT, ReferralState.SUBMITTED),
                null,
                null,
                null,
                null,
                null,
                null,
                me.name(),
                null);
    }

    /**
     * Takes a workflow action. Refused with 409 when the referral is not in a state that allows it, on
     * a four-eyes breach, or when it changed since {@code expectedVersion}; with 403 when the role may
     * never take it; with 400 when a reason, outcome or barrier the action needs is missing.
     *
     * @param expectedVersion the version the user saw, or null to act on the current one
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    public ReferralDetails act(
            String id,
            Action action,
            @Nullable String reason,
            @Nullable Outcome outcome,
            @Nullable String barrier,
            @Nullable Long expectedVersion) {
        ReferralStore.Current current = store.current(id).orElseThrow(() -> new NotFoundException("referral", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw changedMeanwhile(id);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if ((action == Action.RETURN || action == Action.REJECT) && (why == null || why.length() < 10)) {
            throw new BadRequestException(
                    "reason",
                    "a reason of at least 10 characters is required to "
                            + action.name().toLowerCase(java.util.Locale.ROOT) + " a referral");
        }
        String barrierText = barrier == null || barrier.isBlank() ? null : barrier.strip();
        if (action == Action.RECORD_OUTCOME) {
            if (outcome == null) {
                throw new BadRequestException("outcome", "required: one of " + List.of(Outcome.values()));
            }
            if (outcome == Outcome.UNACTIONABLE && barrierText == null) {
                throw new BadRequestException(
                        "barrier", "required when the outcome is UNACTIONABLE: record the" + " immigration barrier");
            }
            if (outcome != Outcome.UNACTIONABLE) {
                barrierText = null;
            }
        }
        ReferralWorkflow.Actor me = actor();
        ReferralState next = ReferralWorkflow.next(current.state(), action, me, current.author(), current.submitter());
        boolean changed = store.transition(
                id,
                current.version(),
                current.state(),
                next,
                action.name(),
                me.name(),
                why,
                action == Action.RECORD_OUTCOME ? outcome : null,
                barrierText,
                ZonedDateTime.now(clock));
        if (!changed) {
            throw changedMeanwhile(id);
        }
        ReferralDetails after = read(id);
        String step = "referral." + action.name().toLowerCase(java.util.Locale.ROOT);
        String justification = why != null ? why : purposeOr("Referral " + id);
        if (action == Action.APPROVE) {
            // Approval sends the referral to immigration enforcement: the person and every evidence
            // record leave Nexus, with the grades and conditions copied onto the referral.
            log(new AccessEvent(
                    Operation.DISCLOSURE,
                    "referral.disclose",
                    recordsOf(after),
                    justification,
                    RECIPIENT,
                    "referral " + id + " approved and sent with "
                            + after.evidence().size() + " evidence items"));
        } else {
            log(AccessEvent.alteration(
                    step,
                    recordsOf(after).subList(0, 2),
                    justification,
                    current.state() + " -> " + next + (outcome == null ? "" : " outcome " + outcome)));
        }
        return after;
    }

    /** Sets when an accepted referral is next reviewed on the tracker (referral desk). */
    @PreAuthorize("hasRole('REFERRALS')")
    public ReferralDetails setNextReview(String id, LocalDate date, @Nullable Long expectedVersion) {
        ReferralStore.Current current = store.current(id).orElseThrow(() -> new NotFoundException("referral", id));
        if (current.state() != ReferralState.ACCEPTED) {
            throw new ConflictException(
                    "illegal-transition",
                    "Only an ACCEPTED referral is on the tracker; this one is " + current.state() + ".");
        }
        if (date.isBefore(LocalDate.now(clock))) {
            throw new BadRequestException("nextReview", "must not be in the past");
        }
        long version = expectedVersion == null ? current.version() : expectedVersion;
        if (!store.setNextReview(id, version, date, actor().name(), ZonedDateTime.now(clock))) {
            throw changedMeanwhile(id);
        }
        ReferralDetails after = read(id);
        log(AccessEvent.alteration(
                "referral.next-review",
                recordsOf(after).subList(0, 2),
                purposeOr("Referral " + id),
                "next review " + date));
        return after;
    }

    /** The originators a referral can come from. */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public List<Originator> originators() {
        return store.originators();
    }

    /** Adds or renames an originator (reference data, ADMIN only). */
    @PreAuthorize(Access.ADMINISTER)
    public Originator saveOriginator(Originator originator) {
        store.saveOriginator(originator, actor().name(), ZonedDateTime.now(clock));
        return originator;
    }

    /** The purpose of the user's task when one was given, else {@code fallback} (the referral itself). */
    private String purposeOr(String fallback) {
        return accessLog.currentPurpose().orElse(fallback);
    }

    private void log(AccessEvent event) {
        accessLog.record(event);
    }

    private static ConflictException changedMeanwhile(String id) {
        return new ConflictException(
                "concurrent-change",
                "Referral " + id + " was changed by someone else meanwhile; reload it and try again.");
    }

    private static Map<String, Object> disclosure(EvidenceItem item) {
        Map<String, Object> props = new HashMap<>();
        props.put("kind", item.kind());
        props.put("summary", item.summary());
        props.put("asOf", item.asOf());
        props.put("basis", item.basis());
        props.put("gradeScheme", item.gradeScheme());
        props.put("grade", item.grade());
        props.put("handling", item.handling());
        props.put("handlingConditions", item.handlingConditions());
        String label = switch (item.kind()) {
            case "INCIDENT" -> "Incident";
            case "CONVICTION" -> "Conviction";
            default -> "IntelReport";
        };
        return Map.of("ref", item.ref(), "label", label, "props", props);
    }

    private static ReferralWorkflow.Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .filter(name -> java.util.Arrays.stream(Role.values())
                        .anyMatch(r -> r.name().equals(name)))
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new ReferralWorkflow.Actor(auth.getName(), roles);
    }
}
