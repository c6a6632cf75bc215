package uk.nexus.subject;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a user searches for: free text (a name, an alias, or an identifier such as a subject id, PNC
 * id, CRO number or passport number) and/or a date of birth.
 *
 * @param text free text, may be null or blank
 * @param dob date of birth, matched against recorded and alias dates of birth
 */
public record SubjectQuery(@Nullable String text, @Nullable LocalDate dob) {

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && dob == null;
    }
}
