package uk.nexus.custody;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A custody event in the list: where, when, for what, who it was given as and who it resolved to. */
public record CustodyEventListItem(
        String id,
        Instant arrestedAt,
        @Nullable String custodySuite,
        String offenceCode,
        @Nullable String givenName,
        IdentityState identity,
        @Nullable String subjectId,
        @Nullable String subjectName,
        long pendingChecks) {}
