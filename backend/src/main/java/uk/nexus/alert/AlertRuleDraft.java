package uk.nexus.alert;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import uk.nexus.web.Ids;

/**
 * A rule to save. HARM_THRESHOLD and HIGH_HARM_OCG_LINK need a threshold; WATCHED_IN_CUSTODY needs a
 * watch list.
 */
public record AlertRuleDraft(
        @NotBlank @Size(max = 200) String name,
        @NotNull RuleKind kind,
        @Nullable @DecimalMin("0") @DecimalMax("1000000") Double threshold,

        @Nullable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String watchlistId) {}
