package uk.nexus.custody;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import uk.nexus.web.Ids;

/**
 * A user's decision on who an unresolved detainee is: a known subject (one of the proposed candidates
 * or one found by search), or nobody known ({@code newPerson}: a new subject is created from the details
 * given, with the custody event as its source).
 */
public record IdentityDecision(
        @Nullable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String subjectId,

        @Nullable Boolean newPerson) {

    /** Whether the user said "none of them: a new person". */
    public boolean createsNewPerson() {
        return Boolean.TRUE.equals(newPerson);
    }
}
