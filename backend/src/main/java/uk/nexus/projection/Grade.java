package uk.nexus.projection;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An intelligence grade on the UK 3x5x2 scale: source evaluation 1 (reliable) to 3 (not reliable)
 * and intelligence assessment A (known directly) to E (suspected to be false). Legacy 5x5x5 grades
 * are read onto the same scale (source A–B → 1, C → 2, D–E → 3; intelligence 1 → A … 5 → E) so that
 * one minimum grade filters both schemes and one evidence scale weighs both (decision 0303).
 *
 * @param source 1..3, 1 best
 * @param intelligence 'A'..'E', 'A' best
 */
public record Grade(int source, char intelligence) {

    public Grade {
        if (source < 1 || source > 3) {
            throw new IllegalArgumentException("source evaluation must be 1..3: " + source);
        }
        if (intelligence < 'A' || intelligence > 'E') {
            throw new IllegalArgumentException("intelligence assessment must be A..E: " + intelligence);
        }
    }

    /** Parses a 3x5x2 grade such as {@code 2B}; empty if it is not one. */
    public static Optional<Grade> parse(@Nullable String grade) {
        return of("3x5x2", grade);
    }

    /** The grade of a link or report in its scheme ({@code 3x5x2} or {@code 5x5x5}); empty if unreadable. */
    public static Optional<Grade> of(@Nullable String scheme, @Nullable String grade) {
        if (grade == null || grade.length() != 2) {
            return Optional.empty();
        }
        String g = grade.toUpperCase(Locale.ROOT);
        if ("5x5x5".equals(scheme)) {
            char s = g.charAt(0);
            char i = g.charAt(1);
            if (s < 'A' || s > 'E' || i < '1' || i > '5') {
                return Optional.empty();
            }
            int source = s <= 'B' ? 1 : s == 'C' ? 2 : 3;
            return Optional.of(new Grade(source, (char) ('A' + (i - '1'))));
        }
        char s = g.charAt(0);
        char i = g.charAt(1);
        if (s < '1' || s > '3' || i < 'A' || i > 'E') {
            return Optional.empty();
        }
        return Optional.of(new Grade(s - '0', i));
    }

    /** True when this grade is at least as good as {@code minimum} on both axes. */
    public boolean meets(Grade minimum) {
        return source <= minimum.source && intelligence <= minimum.intelligence;
    }

    @Override
    public String toString() {
        return "" + source + intelligence;
    }
}
