package uk.nexus.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table to download as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it as
 * UTF-8). Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) are prefixed with an apostrophe, as OWASP advises against CSV injection.
 *
 * @param header column names
 * @param rows the rows; cells are written with {@code String.valueOf}, null as empty
 */
public record CsvTable(List<String> header, List<List<?>> rows) {

    public String render() {
        StringBuilder s = new StringBuilder("\uFEFF");
        line(s, header);
        rows.forEach(r -> line(s, r));
        return s.toString();
    }

    /** The table as a download named {@code fileName}. */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(render().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder s, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(cell(cells.get(i)));
        }
        s.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
