package uk.nexus.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a link comes from, as it travels with the link everywhere it is shown.
 *
 * @param source the document or report
 * @param recordedAt when it was recorded
 * @param validFrom from when it holds
 * @param validTo until when it held
 * @param basis FACT or ASSESSMENT
 * @param gradeScheme 3x5x2 or 5x5x5, for intelligence
 * @param grade source and intelligence evaluation
 * @param handling handling code
 */
public record Provenance(
        @Nullable String source,
        @Nullable ZonedDateTime recordedAt,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String basis,
        @Nullable String gradeScheme,
        @Nullable String grade,
        @Nullable String handling) {

    /** Reads the provenance properties of a relationship (as a property map). */
    public static Provenance of(Map<String, Object> p) {
        return new Provenance(
                (String) p.get("source"),
                (ZonedDateTime) p.get("recordedAt"),
                (LocalDate) p.get("validFrom"),
                (LocalDate) p.get("validTo"),
                (String) p.get("basis"),
                (String) p.get("gradeScheme"),
                (String) p.get("grade"),
                (String) p.get("handling"));
    }
}
