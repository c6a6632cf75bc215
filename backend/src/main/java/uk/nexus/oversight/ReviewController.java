package uk.nexus.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
@RequestMapping("/api/review")
@Tag(name = "Retention review", description = "MoPI review queue and decisions: supervisors only")
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** A retain decision: why, and until when. */
    record RetainRequest(
            @NotNull @Size(max = 1_000) String reason,
            @NotNull LocalDate reviewDate) {}

    /** A delete decision: why. */
    record DeleteRequest(@NotNull @Size(max = 1_000) String reason) {}

    @GetMapping("/queue")
    @Operation(
            summary = "The retention review queue",
            description = "Records past their review date, and subjects with no harm and no active referral; past"
                    + " review first.")
    PageOf<ReviewItem> queue(
            @RequestParam(required = false) @Nullable ReviewKind kind,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return reviews.page(kind, page, size);
    }

    @PostMapping("/{kind}/{id}/retain")
    @Operation(summary = "Retain a record until a new review date, for a reason")
    ReviewService.Retained retain(
            @PathVariable ReviewKind kind,
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Validated RetainRequest request) {
        return reviews.retain(kind, id, request.reason(), request.reviewDate());
    }

    @PostMapping("/{kind}/{id}/delete")
    @Operation(
            summary = "Delete a record and what only it owns",
            description = "Really deletes; the access log keeps what was deleted by kind and id, the reason, and the"
                    + " earlier disclosures that carried it (whose recipients to ask to delete their copies).")
    DeletionReport delete(
            @PathVariable ReviewKind kind,
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Validated DeleteRequest request) {
        return reviews.delete(kind, id, request.reason());
    }
}
