package uk.nexus.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check result as it came back.
 *
 * @param result the result
 * @param summary what it said
 * @param convictions for an ACRO TRACE: the convictions abroad it reported (each becomes a Conviction
 *     of the subject and counts towards harm)
 */
public record CheckEntry(
        @NotNull CheckResult result,
        @Nullable @Size(max = 2000) String summary,
        @Nullable @Size(max = 50) List<@Valid OverseasConviction> convictions) {

    public CheckEntry {
        convictions = convictions == null ? List.of() : List.copyOf(convictions);
    }
}
