package uk.nexus.custody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.model.PageOf;
import uk.nexus.web.Ids;

@RestController
@Validated
@Tag(name = "Custody", description = "Custody intake: identity resolution, checks, harm and alerts")
class CustodyController {

    private final CustodyService custody;

    CustodyController(CustodyService custody) {
        this.custody = custody;
    }

    @PostMapping("/api/custody-events")
    @Operation(
            summary = "Book a detainee in",
            description =
                    "Resolves the details given: exactly one MATCH identifies the detainee, otherwise the candidates"
                            + " wait for POST /api/custody-events/{id}/identity. Raises alerts for a high-harm, tracked or wanted"
                            + " person.")
    ResponseEntity<CustodyEvent> intake(@RequestBody @Valid CustodyIntake intake) {
        CustodyEvent created = custody.intake(intake);
        return ResponseEntity.created(URI.create("/api/custody-events/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/custody-events")
    @Operation(summary = "Custody events, latest arrest first")
    PageOf<CustodyEventListItem> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return custody.list(page, size);
    }

    @GetMapping("/api/custody-events/{id}")
    @Operation(summary = "A custody event with the detainee's identity, harm and its explanation, checks and alerts")
    CustodyEvent get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return custody.get(id);
    }

    @PostMapping("/api/custody-events/{id}/identity")
    @Operation(
            summary = "Decide who an unresolved detainee is",
            description =
                    "`subjectId` of a known subject, or `newPerson: true` to create a subject from the details given."
                            + " 409 `already-identified` if the detainee is identified.")
    CustodyEvent decide(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Valid IdentityDecision decision) {
        return custody.decide(id, decision);
    }

    @PostMapping("/api/custody-events/{id}/checks/{kind}")
    @Operation(
            summary = "Enter a check result as it came back",
            description = "For an ACRO TRACE, the convictions abroad it reported become convictions of the subject and"
                    + " count towards harm (409 `identity-unconfirmed` before the detainee is identified).")
    CustodyEvent check(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @PathVariable CheckKind kind,
            @RequestBody @Valid CheckEntry entry) {
        return custody.recordCheck(id, kind, entry);
    }
}
