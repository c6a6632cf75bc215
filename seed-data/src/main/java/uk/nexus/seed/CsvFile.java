package uk.nexus.seed;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams one RFC 4180 CSV file: CRLF line ends, a field is quoted only if it holds a comma, quote, CR or LF, and a
 * quote inside is doubled. A row is built field by field and must have exactly as many fields as the header.
 */
final class CsvFile implements Closeable {

    private final String name;
    private final int columns;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private int field;
    private long rows;

    CsvFile(Path dir, String name, String... header) {
        this.name = name;
        this.columns = header.length;
        try {
            this.out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(dir.resolve(name)), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String h : header) {
            add(h);
        }
        endLine();
    }

    String name() {
        return name;
    }

    long rows() {
        return rows;
    }

    CsvFile add(String value) {
        if (field > 0) {
            line.append(',');
        }
        field++;
        if (needsQuotes(value)) {
            line.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvFile add(long value) {
        if (field > 0) {
            line.append(',');
        }
        field++;
        line.append(value);
        return this;
    }

    CsvFile empty() {
        return add("");
    }

    CsvFile date(long epochDay) {
        comma();
        Time.appendDate(line, epochDay);
        return this;
    }

    CsvFile instant(long epochSecond) {
        comma();
        Time.appendInstant(line, epochSecond);
        return this;
    }

    /** A date column that may be empty ({@code Long.MIN_VALUE} = not recorded). */
    CsvFile dateOrEmpty(long epochDay) {
        return epochDay == Long.MIN_VALUE ? empty() : date(epochDay);
    }

    /** Fixed-point decimal with {@code scale} digits, e.g. 51.523101. */
    CsvFile decimal(long unscaled, int scale) {
        comma();
        if (unscaled < 0) {
            line.append('-');
            unscaled = -unscaled;
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        line.append(unscaled / pow).append('.');
        String frac = Long.toString(unscaled % pow);
        for (int i = frac.length(); i < scale; i++) {
            line.append('0');
        }
        line.append(frac);
        return this;
    }

    void endRow() {
        rows++;
        endLine();
    }

    private void endLine() {
        if (field != columns) {
            throw new IllegalStateException(name + ": row has " + field + " fields, header has " + columns);
        }
        line.append("\r\n");
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
        field = 0;
    }

    private void comma() {
        if (field > 0) {
            line.append(',');
        }
        field++;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
