package uk.nexus.subject;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One search hit.
 *
 * @param id subject id
 * @param surname recorded surname
 * @param forenames recorded forenames
 * @param dob recorded date of birth
 * @param gender M, F, X or U
 * @param borough home borough
 * @param pncId PNC id
 * @param flags warning markers
 * @param matchedOn what matched: "name", "alias: …", "identifier", "date of birth"
 * @param offenderIncidents incidents where the subject is recorded as offender or suspect
 * @param victimOrWitnessIncidents incidents where the subject is recorded only as victim or witness
 * @param pastReview the record is past its MoPI review date without a decision (decision 0010)
 */
public record SubjectListItem(
        String id,
        String surname,
        String forenames,
        @Nullable LocalDate dob,
        @Nullable String gender,
        @Nullable String borough,
        @Nullable String pncId,
        List<String> flags,
        String matchedOn,
        long offenderIncidents,
        long victimOrWitnessIncidents,
        boolean pastReview) {

    /** Surname, forenames as police records show it. */
    public String displayName() {
        return surname.toUpperCase(java.util.Locale.ROOT) + ", " + forenames;
    }
}
