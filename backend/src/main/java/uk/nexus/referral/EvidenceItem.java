package uk.nexus.referral;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One item disclosed with a referral, as it stood when disclosed: what it is, what it says, its
 * grade and handling code (intelligence keeps its grade wherever it goes), and its date.
 *
 * @param kind INCIDENT, CONVICTION or INTELLIGENCE
 * @param ref the record's id
 * @param summary what the item says
 * @param asOf the date the item speaks of (incident date, conviction date, report date)
 * @param basis FACT or ASSESSMENT
 * @param gradeScheme 3x5x2 or 5x5x5 for intelligence
 * @param grade the grade
 * @param handling the handling code
 * @param handlingConditions the conditions that travel with a restricted item
 * @param withheld why the item cannot go to immigration enforcement (its handling code is one the
 *     recipient is not cleared for); null when it can, and always null on a referral's own evidence
 */
public record EvidenceItem(
        String kind,
        String ref,
        String summary,
        @Nullable LocalDate asOf,
        String basis,
        @Nullable String gradeScheme,
        @Nullable String grade,
        @Nullable String handling,
        @Nullable String handlingConditions,
        @Nullable String withheld) {

    /** The access-log key of the record this item comes from ({@code IntelReport:N1}, {@code Incident:I1}). */
    public String recordKey() {
        String label = switch (kind) {
            case "INCIDENT" -> "Incident";
            case "CONVICTION" -> "Conviction";
            default -> "IntelReport";
        };
        return label + ":" + ref;
    }
}
