package uk.nexus.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One operation to log: what was done ({@link Operation} and a dotted {@code action} such as {@code
 * subject.view}), to which records ({@link Records} keys), why, and to whom for a disclosure. Who and
 * when are added by {@link AccessLog}. Build one with the static factories.
 *
 * @param operation the s.62 category
 * @param action what exactly, {@code feature.verb} (e.g. {@code network.export})
 * @param records keys of the records touched ({@code Subject:S1}); people first
 * @param justification why; null means "the purpose of the user's current task" (see {@link
 *     AccessLog#purpose()})
 * @param recipient to whom, for a disclosure
 * @param detail what else an auditor needs (query text, parameters, counts, redactions). Never the
 *     content of erased records.
 */
public record AccessEvent(
        Operation operation,
        String action,
        List<String> records,
        @Nullable String justification,
        @Nullable String recipient,
        @Nullable String detail) {

    public AccessEvent {
        Objects.requireNonNull(operation, "operation");
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an access event needs an action");
        }
        records = List.copyOf(records);
        if (operation == Operation.DISCLOSURE && (recipient == null || recipient.isBlank())) {
            throw new IllegalArgumentException("a disclosure needs its recipient");
        }
    }

    /** Records were read for the user's current purpose. */
    public static AccessEvent consultation(String action, Collection<String> records, @Nullable String detail) {
        return new AccessEvent(Operation.CONSULTATION, action, List.copyOf(records), null, null, detail);
    }

    /** Records were read for a stated reason (e.g. an oversight task with a fixed purpose). */
    public static AccessEvent consultation(
            String action, Collection<String> records, String justification, @Nullable String detail) {
        return new AccessEvent(Operation.CONSULTATION, action, List.copyOf(records), justification, null, detail);
    }

    /** Records left the system for the user's current purpose, to {@code recipient}. */
    public static AccessEvent disclosure(
            String action, Collection<String> records, String recipient, @Nullable String detail) {
        return new AccessEvent(Operation.DISCLOSURE, action, List.copyOf(records), null, recipient, detail);
    }

    /** Records were changed, for {@code reason}. */
    public static AccessEvent alteration(
            String action, Collection<String> records, String reason, @Nullable String detail) {
        return new AccessEvent(Operation.ALTERATION, action, List.copyOf(records), reason, null, detail);
    }

    /** Records were combined (merged), for {@code reason}; list the survivor first. */
    public static AccessEvent combination(
            String action, Collection<String> records, String reason, @Nullable String detail) {
        return new AccessEvent(Operation.COMBINATION, action, List.copyOf(records), reason, null, detail);
    }

    /** Records were collected (imported), for {@code reason}. */
    public static AccessEvent collection(
            String action, Collection<String> records, String reason, @Nullable String detail) {
        return new AccessEvent(Operation.COLLECTION, action, List.copyOf(records), reason, null, detail);
    }

    /**
     * Records were deleted, for {@code reason}. {@code records} are the keys of what was deleted and
     * {@code detail} may count what went with them; neither may hold the deleted content.
     */
    public static AccessEvent erasure(
            String action, Collection<String> records, String reason, @Nullable String detail) {
        return new AccessEvent(Operation.ERASURE, action, List.copyOf(records), reason, null, detail);
    }
}
