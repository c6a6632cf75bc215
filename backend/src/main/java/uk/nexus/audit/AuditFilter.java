package uk.nexus.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an auditor looks for in the access log; every part is optional.
 *
 * @param user exact user name
 * @param subject a subject id: entries that touched that person
 * @param from first day (UTC) included
 * @param to last day (UTC) included
 * @param operation one s.62 category
 */
public record AuditFilter(
        @Nullable String user,
        @Nullable String subject,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Operation operation) {

    /** No filter: the whole log. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
