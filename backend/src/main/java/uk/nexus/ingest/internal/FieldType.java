package uk.nexus.ingest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the text of one cell becomes a value Neo4j can store, or why it cannot. Values are plain Java
 * types the driver maps directly: String, LocalDate, ZonedDateTime, Double, List.
 */
@FunctionalInterface
public interface FieldType {

    /** Parses a non-empty cell; throws {@link InvalidValue} with a message a user can act on. */
    Object parse(String text) throws InvalidValue;

    /** A cell that does not fit its column. */
    final class InvalidValue extends Exception {
        public InvalidValue(String message) {
            super(message, null, false, false);
        }
    }

    int MAX_TEXT = 200;
    int MAX_FREE_TEXT = 10_000;
    Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    static FieldType id() {
        return text -> {
            if (!ID.matcher(text).matches()) {
                throw new InvalidValue("not a valid id (letters, digits and . _ : - only, at most 64, starting"
                        + " with a letter or digit)");
            }
            return text;
        };
    }

    static FieldType text() {
        return limited(MAX_TEXT);
    }

    static FieldType freeText() {
        return limited(MAX_FREE_TEXT);
    }

    private static FieldType limited(int max) {
        return text -> {
            if (text.length() > max) {
                throw new InvalidValue("longer than " + max + " characters");
            }
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                throw new InvalidValue("contains control characters");
            }
            return text;
        };
    }

    static FieldType pattern(String regex, String description) {
        Pattern pattern = Pattern.compile(regex);
        return text -> {
            if (!pattern.matcher(text).matches()) {
                throw new InvalidValue("not " + description);
            }
            return text;
        };
    }

    static FieldType date() {
        return text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidValue("not a date, expected YYYY-MM-DD");
            }
        };
    }

    /** A date that cannot lie in the future (dates of birth, conviction dates). */
    static FieldType pastDate() {
        FieldType date = date();
        return text -> {
            LocalDate d = (LocalDate) date.parse(text);
            if (d.isAfter(LocalDate.now())) {
                throw new InvalidValue("is in the future");
            }
            return d;
        };
    }

    static FieldType instant() {
        return text -> {
            try {
                return OffsetDateTime.parse(text).toZonedDateTime();
            } catch (DateTimeParseException e) {
                throw new InvalidValue("not an instant, expected e.g. 2024-03-01T14:22:00Z");
            }
        };
    }

    /** An instant that cannot lie in the future (a few minutes of clock skew allowed). */
    static FieldType pastInstant() {
        FieldType instant = instant();
        return text -> {
            ZonedDateTime t = (ZonedDateTime) instant.parse(text);
            if (t.isAfter(ZonedDateTime.now().plusMinutes(5))) {
                throw new InvalidValue("is in the future");
            }
            return t;
        };
    }

    static FieldType decimal(double min, double max, boolean minExclusive) {
        return text -> {
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new InvalidValue("not a number");
            }
            if (!Double.isFinite(v) || (minExclusive ? v <= min : v < min) || v > max) {
                throw new InvalidValue("must be " + (minExclusive ? "greater than " : "at least ") + fmt(min)
                        + " and at most " + fmt(max));
            }
            return v;
        };
    }

    static FieldType integer(long min, long max) {
        return text -> {
            long v;
            try {
                v = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new InvalidValue("not a whole number");
            }
            if (v < min || v > max) {
                throw new InvalidValue("must be between " + min + " and " + max);
            }
            return v;
        };
    }

    static FieldType oneOf(String... values) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(values));
        return text -> {
            if (!allowed.contains(text)) {
                throw new InvalidValue("must be one of " + String.join(", ", allowed));
            }
            return text;
        };
    }

    static <E extends Enum<E>> FieldType oneOf(Class<E> type) {
        return oneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }

    static FieldType country() {
        return text -> {
            if (!COUNTRIES.contains(text)) {
                throw new InvalidValue("not an ISO 3166-1 alpha-3 country code");
            }
            return text;
        };
    }

    /** Several values separated by {@code ;}, each parsed by {@code element}; duplicates dropped. */
    static FieldType listOf(FieldType element) {
        return text -> {
            List<Object> values = new ArrayList<>();
            for (String part : text.split(";", -1)) {
                String item = part.strip();
                if (item.isEmpty()) {
                    throw new InvalidValue("has an empty item in the ;-separated list");
                }
                try {
                    Object value = element.parse(item);
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                } catch (InvalidValue e) {
                    throw new InvalidValue("item \"" + item + "\" " + e.getMessage());
                }
            }
            return List.copyOf(values);
        };
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
