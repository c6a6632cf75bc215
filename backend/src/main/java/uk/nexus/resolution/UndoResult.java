package uk.nexus.resolution;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of undoing a pair's merge. Undoing is idempotent: a pair that is not merged (never was,
 * or was already undone) reports {@code undone = false} and nothing changes.
 */
public record UndoResult(
        String pairId,
        boolean undone,
        @Nullable String survivorId,
        @Nullable String mergedId) {}
