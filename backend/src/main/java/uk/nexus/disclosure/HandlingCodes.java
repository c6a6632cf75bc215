package uk.nexus.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * Which handling codes restrict sharing. Under 3x5x2, {@code P} means lawful sharing permitted and
 * {@code C} sharing only with the originator's conditions. Under 5x5x5, code 1 may go to other law
 * enforcement and prosecutors; codes 2–5 carry conditions (2 UK non-prosecuting parties with
 * authorisation, 3 non-EEA law enforcement with conditions, 4 the originating agency only, 5 no
 * further dissemination without the originator).
 */
public final class HandlingCodes {

    private HandlingCodes() {}

    /** Whether an item with this scheme and handling code may leave only with conditions, to cleared recipients. */
    public static boolean isRestricted(@Nullable String scheme, @Nullable String handling) {
        if (scheme == null || handling == null) {
            return false;
        }
        return switch (scheme) {
            case "3x5x2" -> handling.equals("C");
            case "5x5x5" -> handling.matches("[2-5]");
            default -> true; // an unknown scheme is treated as restricted, never as free to share
        };
    }
}
