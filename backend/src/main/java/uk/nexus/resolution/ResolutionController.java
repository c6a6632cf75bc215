package uk.nexus.resolution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.model.PageOf;
import uk.nexus.web.Ids;

@RestController
@RequestMapping("/api/resolution")
@Tag(name = "Entity resolution", description = "Duplicate subjects: scan, review queue, decisions, merges and undo")
class ResolutionController {

    private final ResolutionService resolution;

    ResolutionController(ResolutionService resolution) {
        this.resolution = resolution;
    }

    /** A decision on a pair, with its reason. */
    record DecisionRequest(
            @NotNull Decision decision,
            @NotNull @Size(max = 1_000) String reason) {}

    /** Why a merge is undone. */
    record UndoRequest(@NotNull @Size(max = 1_000) String reason) {}

    @PostMapping("/scan")
    @Operation(
            summary = "Scan for duplicate subjects",
            description = "Scores candidate pairs (blocked, never all pairs) and refreshes the open review queue;"
                    + " decided pairs are kept and never proposed again.")
    ScanReport scan() {
        return resolution.scan();
    }

    @GetMapping("/queue")
    @Operation(
            summary = "The review queue, best first",
            description = "status OPEN (default), SAME, DISTINCT or UNDECIDED.")
    PageOf<ReviewPair> queue(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
        return resolution.queue(status, page, size);
    }

    @GetMapping("/pairs/{id}")
    @Operation(summary = "A pair side by side, with the evidence")
    ReviewPair pair(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return resolution.pair(id);
    }

    @PostMapping("/pairs/{id}/decision")
    @Operation(
            summary = "Decide a pair: SAME (merge), DISTINCT or UNDECIDED",
            description = "Remembered with who, when and why. The pair id is the two subject ids joined by a colon,"
                    + " smaller first; a pair no scan proposed may be decided too.")
    ReviewPair decide(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Validated DecisionRequest request) {
        return resolution.decide(id, request.decision(), request.reason());
    }

    @PostMapping("/pairs/{id}/undo")
    @Operation(
            summary = "Undo a pair's merge",
            description = "Removes exactly the MERGED_INTO link the SAME decision made; idempotent.")
    UndoResult undo(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Validated UndoRequest request) {
        return resolution.undo(id, request.reason());
    }

    @GetMapping("/subjects/{id}")
    @Operation(summary = "A subject's combined identity: its survivor and the records merged into it")
    CombinedIdentity identity(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return resolution.identity(id);
    }
}
