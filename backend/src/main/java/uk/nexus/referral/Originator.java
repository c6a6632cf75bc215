package uk.nexus.referral;

import org.jspecify.annotations.Nullable;

/**
 * A unit referrals come from (editable reference data).
 *
 * @param id originator id
 * @param name display name
 * @param description what the unit is
 */
public record Originator(String id, String name, @Nullable String description) {}
