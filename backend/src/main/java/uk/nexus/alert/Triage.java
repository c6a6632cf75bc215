package uk.nexus.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user's triage of an alert.
 *
 * @param decision CONFIRMED or DISMISSED
 * @param reason why (required either way: an auditor must be able to see why an alert was let go)
 */
public record Triage(
        @NotNull AlertState decision,
        @NotBlank @Size(min = 3, max = 1000) String reason) {}
