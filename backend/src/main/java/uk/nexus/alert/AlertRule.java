package uk.nexus.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A saved alert rule.
 *
 * @param id {@code AR-} and a number
 * @param name what users call it
 * @param kind what it looks for
 * @param threshold harm threshold for HARM_THRESHOLD and HIGH_HARM_OCG_LINK
 * @param watchlistId the watch list of WATCHED_IN_CUSTODY
 * @param enabled evaluated or not
 * @param createdBy who saved it
 * @param createdAt when: "new" links and custody events are those recorded after this
 */
public record AlertRule(
        String id,
        String name,
        RuleKind kind,
        @Nullable Double threshold,
        @Nullable String watchlistId,
        boolean enabled,
        String createdBy,
        Instant createdAt) {}
