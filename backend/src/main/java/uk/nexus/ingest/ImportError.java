package uk.nexus.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a bundle, located precisely.
 *
 * @param file file name within the bundle
 * @param line physical line the record starts on (1 = header), 0 for the file as a whole
 * @param field column name, or empty when the problem is the whole line or file
 * @param message what is wrong, in words a user can act on
 * @param value the offending value as read, if any (shortened when huge)
 */
public record ImportError(
        String file,
        long line,
        String field,
        String message,
        @Nullable String value) {

    private static final int MAX_VALUE = 80;

    public ImportError {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "…(" + value.length() + " characters)";
        }
    }

    /** {@code file:line:field: message ("value")}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        if (!field.isEmpty()) {
            s.append(':').append(field);
        }
        s.append(": ").append(message);
        if (value != null) {
            s.append(" (\"").append(value).append("\")");
        }
        return s.toString();
    }
}
