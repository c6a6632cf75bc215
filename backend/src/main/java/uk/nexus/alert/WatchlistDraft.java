package uk.nexus.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A watch list to create. */
public record WatchlistDraft(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 2000) String description) {}
