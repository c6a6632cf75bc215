package uk.nexus.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.nexus.web.Ids;

/**
 * What an officer writes to start a referral.
 *
 * @param subjectId the subject referred
 * @param originatorId the originating unit (one of the referral originators)
 * @param justification why: at least a sentence
 * @param evidence the records to disclose, as {@code KIND:id} (e.g. {@code INCIDENT:INC000140},
 *     {@code CONVICTION:C2}, {@code INTELLIGENCE:N1}); each must belong to the subject
 */
public record ReferralDraft(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String subjectId,

        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String originatorId,

        @NotBlank @Size(min = 20, max = 10_000, message = "must be between 20 and 10,000 characters")
        String justification,

        @NotNull @Size(max = 200)
        List<
                        @Pattern(
                                regexp = "(INCIDENT|CONVICTION|INTELLIGENCE):" + Ids.PATTERN,
                                message = "must be KIND:id with KIND INCIDENT, CONVICTION or INTELLIGENCE")
                        String>
                evidence) {}
