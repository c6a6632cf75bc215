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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
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
 */
@Service
@Transactional
@Validated
public class ReferralService {

    private final ReferralStore store;
    private final Clock clock;

    ReferralService(ReferralStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Whether a subject may be referred. A subject recorded as British (nationality GBR, alone or with
     * another, or status BRITISH_CITIZEN) may not; missing nationality or status is flagged for
     * checking, never assumed.
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public Eligibility eligibility(String subjectId) {
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
        return store.candidateEvidence(subjectId);
    }

    /**
     * Starts a referral as a draft. Refused for an ineligible subject, an unknown originator, or evidence
     * that is not on the subject's record.
     */
    @PreAuthorize(Access.WORK_REFERRALS)
    public ReferralDetails draft(@Valid ReferralDraft draft) {
        Eligibility eligibility = eligibility(draft.subjectId());
        if (!eligibility.eligible()) {
            throw new ConflictException("not-eligible", eligibility.refusal());
        }
        if (!store.originatorExists(draft.originatorId())) {
            throw new BadRequestException(
                    "originatorId", "unknown referral originator \"" + draft.originatorId() + "\"");
        }
        Map<String, EvidenceItem> available = new HashMap<>();
        store.candidateEvidence(draft.subjectId()).forEach(e -> available.put(e.kind() + ":" + e.ref(), e));
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (String key : draft.evidence().stream().distinct().toList()) {
            EvidenceItem item = available.get(key);
            if (item == null) {
                throw new BadRequestException(
                        "evidence", key + " is not on the record of subject " + draft.subjectId());
            }
            evidence.add(disclosure(item));
        }
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
                now);
        return get(id);
    }

    /** A referral with its evidence and history. */
    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public ReferralDetails get(String id) {
        return store.details(id).orElseThrow(() -> new NotFoundException("referral", id));
    }

    @PreAuthorize(Access.WORK_REFERRALS)
    @Transactional(readOnly = true)
    public List<ReferralListItem> list(ReferralFilter filter, int offset, int limit) {
        return store.list(filter, offset, limit);
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
        return get(id);
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
        return get(id);
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
