package uk.nexus.disclosure;

import java.util.Set;

/**
 * Someone information may be disclosed to, and the restricted handling codes they are cleared to
 * receive (with the conditions attached). Configured under {@code nexus.disclosure.recipients} from the
 * force's information-sharing agreements.
 *
 * @param id short id used in requests and the access log ({@code HOIE}, {@code CPS}…)
 * @param name who it is
 * @param clearedHandling the restricted codes ({@code C}, {@code 2}–{@code 5}) this recipient may
 *     receive with their conditions; anything restricted and not listed is redacted
 */
public record Recipient(String id, String name, Set<String> clearedHandling) {

    public Recipient {
        clearedHandling = clearedHandling == null ? Set.of() : Set.copyOf(clearedHandling);
    }

    /** Whether this recipient may receive an item with this grading (unrestricted items always). */
    public boolean mayReceive(
            @org.jspecify.annotations.Nullable String scheme, @org.jspecify.annotations.Nullable String handling) {
        return !HandlingCodes.isRestricted(scheme, handling) || clearedHandling.contains(handling);
    }
}
