package uk.nexus.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Equality monitoring", description = "Auditors only")
class EqualityController {

    private final EqualityService equality;

    EqualityController(EqualityService equality) {
        this.equality = equality;
    }

    @GetMapping("/api/equality/report")
    @Operation(
            summary = "Equality monitoring report",
            description = "Nationality and ethnicity mix of referrals and of the top-N harm ranking against the custody"
                    + " population, with disproportion flags.")
    EqualityReport report(@RequestParam(required = false) @Nullable Integer topN) {
        return topN == null ? equality.report() : equality.report(topN);
    }
}
