package uk.nexus.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A conviction abroad that an ACRO check traced.
 *
 * @param country ISO 3166 alpha-3, not GBR
 * @param offenceCode the nearest offence of the offence table (its harm weight applies)
 * @param convictedOn the date of conviction
 * @param sentence as reported
 */
public record OverseasConviction(
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166 alpha-3 country code")
        String country,

        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an offence code")
        String offenceCode,

        @NotNull @Past LocalDate convictedOn,
        @Nullable @Size(max = 500) String sentence) {}
