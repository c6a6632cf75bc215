package uk.nexus.alert;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A watch list: subjects a team wants to hear about.
 *
 * @param id {@code WL-} and a number
 * @param name its name
 * @param description what it is for
 * @param createdBy who made it
 * @param createdAt when
 * @param subjects who is on it (empty in lists)
 */
public record Watchlist(
        String id,
        String name,
        @Nullable String description,
        String createdBy,
        Instant createdAt,
        List<Watched> subjects) {

    public Watchlist {
        subjects = List.copyOf(subjects);
    }

    /** A subject on a watch list, with who added it, when and why. */
    public record Watched(String subjectId, String subjectName, String addedBy, Instant addedAt, String reason) {}
}
