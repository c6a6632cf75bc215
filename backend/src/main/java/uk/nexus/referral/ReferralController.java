package uk.nexus.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.model.PageOf;
import uk.nexus.web.Ids;

@RestController
@Tag(name = "Referrals", description = "Referrals to immigration enforcement: four-eyes workflow and tracker")
class ReferralController {

    private final ReferralService referrals;

    ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/api/referrals")
    @Operation(
            summary = "Draft a referral",
            description = "409 `not-eligible` for a subject recorded as British; missing nationality or status is"
                    + " flagged on the referral. Evidence items must be on the subject's record (see"
                    + " /api/subjects/{id}/referral-evidence).")
    ResponseEntity<ReferralDetails> draft(@RequestBody @Valid ReferralDraft draft) {
        ReferralDetails created = referrals.draft(draft);
        return ResponseEntity.created(
                        URI.create("/api/referrals/" + created.summary().id()))
                .body(created);
    }

    @GetMapping("/api/referrals")
    @Operation(summary = "List referrals, newest first, filtered by state, originator, outcome, borough and date")
    PageOf<ReferralListItem> list(
            @RequestParam(required = false) @Nullable Set<ReferralState> state,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Nullable
                    String originator,
            @RequestParam(required = false) @Nullable Outcome outcome,
            @RequestParam(required = false) @Size(max = 100) @Nullable String borough,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Nullable
                    String subject,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return page(new ReferralFilter(state, originator, outcome, borough, from, to, subject, null, null), page, size);
    }

    @GetMapping("/api/referrals/inbox")
    @Operation(
            summary = "What is waiting for me",
            description =
                    "Drafts and submitted referrals of an analyst or detective; submitted referrals others wrote for"
                            + " a supervisor; approved referrals awaiting immigration enforcement's decision for the referral desk.")
    PageOf<ReferralListItem> inbox(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return page(referrals.inboxFilter(), page, size);
    }

    @GetMapping("/api/referrals/tracker")
    @Operation(summary = "The high-harm tracker: accepted referrals with their current outcome and next review")
    PageOf<ReferralListItem> tracker(
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Nullable
                    String originator,
            @RequestParam(required = false) @Nullable Outcome outcome,
            @RequestParam(required = false) @Size(max = 100) @Nullable String borough,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return page(
                new ReferralFilter(
                        Set.of(ReferralState.ACCEPTED), originator, outcome, borough, from, to, null, null, null),
                page,
                size);
    }

    @GetMapping("/api/referrals/{id}")
    @Operation(summary = "A referral with its evidence (grades and handling codes) and its full history")
    ReferralDetails get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return referrals.get(id);
    }

    /**
     * @param action SUBMIT, RETURN, APPROVE, ACCEPT, REJECT or RECORD_OUTCOME
     * @param reason why (required for RETURN and REJECT)
     * @param outcome for RECORD_OUTCOME
     * @param barrier the immigration barrier, required when the outcome is UNACTIONABLE
     * @param version the version you saw; a referral changed since then is refused (409)
     */
    record TransitionRequest(
            @NotNull Action action,
            @Size(max = 10_000) @Nullable String reason,
            @Nullable Outcome outcome,
            @Size(max = 10_000) @Nullable String barrier,
            @Nullable Long version) {}

    @PostMapping("/api/referrals/{id}/transitions")
    @Operation(
            summary = "Move a referral on",
            description = "ANALYST/DETECTIVE/REFERRALS/SUPERVISOR submit; only a SUPERVISOR who neither drafted nor"
                    + " submitted it approves (four-eyes) or returns it; REFERRALS records acceptance, rejection and"
                    + " outcomes. Illegal transitions, four-eyes breaches and stale versions are 409 problem details"
                    + " (`illegal-transition`, `four-eyes`, `concurrent-change`) and change nothing.")
    ReferralDetails transition(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Valid TransitionRequest request) {
        return referrals.act(
                id, request.action(), request.reason(), request.outcome(), request.barrier(), request.version());
    }

    record ReviewRequest(
            @NotNull LocalDate nextReview, @Nullable Long version) {}

    @PutMapping("/api/referrals/{id}/next-review")
    @Operation(summary = "Set the next tracker review of an accepted referral (referral desk)")
    ReferralDetails nextReview(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Valid ReviewRequest request) {
        return referrals.setNextReview(id, request.nextReview(), request.version());
    }

    @GetMapping("/api/subjects/{id}/referral-eligibility")
    @Operation(summary = "Whether a subject may be referred, and what must be checked first")
    Eligibility eligibility(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return referrals.eligibility(id);
    }

    @GetMapping("/api/subjects/{id}/referral-evidence")
    @Operation(summary = "The records of a subject that can be disclosed with a referral, with grades")
    List<EvidenceItem> evidence(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return referrals.candidateEvidence(id);
    }

    @GetMapping("/api/referral-originators")
    @Operation(summary = "The units referrals come from")
    List<Originator> originators() {
        return referrals.originators();
    }

    record OriginatorRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 10_000) @Nullable String description) {}

    @PutMapping("/api/referral-originators/{id}")
    @Operation(summary = "Add or rename an originator (ADMIN)")
    Originator saveOriginator(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Valid OriginatorRequest request) {
        return referrals.saveOriginator(new Originator(id, request.name().strip(), request.description()));
    }

    private PageOf<ReferralListItem> page(ReferralFilter filter, int page, int size) {
        return new PageOf<>(referrals.list(filter, page * size, size), page, size, referrals.count(filter));
    }
}
