package uk.nexus.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * CSV files that people open in spreadsheets: RFC 4180, UTF-8 with a byte-order mark (so Excel reads
 * the accents), and every cell defused against formula injection: a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text and never runs it (OWASP "CSV injection").
 */
public final class Csv implements AutoCloseable {

    private final CSVPrinter printer;

    private Csv(Writer writer) throws IOException {
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /** A CSV writer on {@code out}, which it does not close. */
    public static Csv to(OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            return new Csv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; nulls are empty cells. */
    public void row(List<? extends @Nullable Object> cells) {
        try {
            printer.printRecord(cells.stream()
                    .map(c -> safe(c == null ? "" : String.valueOf(c)))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet will show it, never as a formula. */
    public static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** Flushes; the underlying stream stays open. */
    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
