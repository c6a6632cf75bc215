package uk.nexus.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void reads_quoted_fields_with_commas_quotes_and_line_breaks_and_knows_where_each_record_starts()
            throws IOException {
        String csv = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\n3,,\n";
        List<String> starts = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = reader(csv.getBytes(StandardCharsets.UTF_8), 1000)) {
            List<String> r;
            while ((r = reader.next()) != null) {
                records.add(r);
                starts.add(String.valueOf(reader.recordStartLine()));
            }
        }
        assertThat(records)
                .containsExactly(
                        List.of("a", "b", "c"),
                        List.of("1", "x, y", "say \"hi\""),
                        List.of("2", "two\nlines", "z"),
                        List.of("3", "", ""));
        assertThat(starts).containsExactly("1", "2", "3", "5");
    }

    @Test
    void skips_a_byte_order_mark_and_reports_blank_lines_as_empty_records() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id\n\nX1\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        try (CsvReader reader = reader(all, 100)) {
            assertThat(reader.next()).containsExactly("id");
            assertThat(reader.next()).isEmpty();
            assertThat(reader.next()).containsExactly("X1");
            assertThat(reader.recordStartLine()).isEqualTo(3);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void a_quote_that_is_never_closed_is_reported_on_the_line_it_opened() {
        assertThatThrownBy(() -> readAll("a,b\n1,\"open\n2,x\n3,y\n", 1000))
                .isInstanceOfSatisfying(CsvReader.CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e).hasMessageContaining("never closed");
                });
    }

    @Test
    void invalid_utf8_is_reported_on_the_line_of_the_bad_byte() {
        byte[] start = "id,name\nA1,Ok\nA2,Fine\nA3,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] all = new byte[start.length + bad.length + 1];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(bad, 0, all, start.length, bad.length);
        all[all.length - 1] = '\n';
        assertThatThrownBy(() -> {
                    try (CsvReader reader = reader(all, 1000)) {
                        while (reader.next() != null) {
                            // read to the end
                        }
                    }
                })
                .isInstanceOfSatisfying(CsvReader.CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e).hasMessageContaining("UTF-8");
                });
    }

    @Test
    void a_huge_field_is_refused_instead_of_filling_memory() {
        String huge = "id,text\n1,\"" + "x".repeat(5_000) + "\"\n";
        assertThatThrownBy(() -> readAll(huge, 1_000))
                .isInstanceOf(CsvReader.CsvSyntaxException.class)
                .hasMessageContaining("longer than 1000 characters");
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_an_error() {
        assertThatThrownBy(() -> readAll("a\nsay \"hi\"\n", 100))
                .isInstanceOfSatisfying(
                        CsvReader.CsvSyntaxException.class,
                        e -> assertThat(e.line()).isEqualTo(2));
    }

    private static List<List<String>> readAll(String csv, int max) throws IOException {
        return readAll(csv.getBytes(StandardCharsets.UTF_8), max);
    }

    private static List<List<String>> readAll(byte[] bytes, int max) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = reader(bytes, max)) {
            List<String> r;
            while ((r = reader.next()) != null) {
                records.add(r);
            }
        }
        return records;
    }

    private static CsvReader reader(byte[] bytes, int max) {
        return new CsvReader(new ByteArrayInputStream(bytes), max);
    }

    @Test
    void a_utf16_file_is_refused_at_once_with_the_reason() {
        byte[] text = "id\nX1\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[text.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(text, 0, all, 2, text.length);
        assertThatThrownBy(() -> {
                    try (CsvReader reader = reader(all, 100)) {
                        reader.next();
                    }
                })
                .isInstanceOfSatisfying(CsvReader.CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e)
                            .hasMessage(
                                    "the file is UTF-16 (it starts with a UTF-16 byte-order mark FF FE); save it as UTF-8");
                });
    }

    @Test
    void a_windows_1252_byte_is_reported_with_the_character_it_would_be() {
        byte[] all = "id,name\nA1,Ok\nA2,Jos\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThatThrownBy(() -> readAll(all, 1000)).isInstanceOfSatisfying(CsvReader.CsvSyntaxException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e)
                    .hasMessage("not valid UTF-8: byte 0xE9, which is \"\u00e9\" in Windows-1252/Latin-1; the file is"
                            + " probably in that encoding: save it as UTF-8");
        });
    }

    @Test
    void a_line_that_never_ends_is_refused_even_when_every_field_is_short() {
        String endless = "a,b\n1,2\n" + "x,".repeat(50_000);
        assertThatThrownBy(() -> readAll(endless.getBytes(StandardCharsets.UTF_8), 1_000))
                .isInstanceOfSatisfying(CsvReader.CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e).hasMessageContaining("a record longer than 14000 characters");
                });
    }

    @Test
    void keeps_the_text_of_each_record_as_written() throws IOException {
        String csv = "a,b\r\n1,\"two\r\nlines\"\r\n\"3\",x";
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 100)
                .keepingRecordText()) {
            reader.next();
            assertThat(reader.recordText()).isEqualTo("a,b");
            reader.next();
            assertThat(reader.recordText()).isEqualTo("1,\"two\r\nlines\"");
            reader.next();
            assertThat(reader.recordText()).isEqualTo("\"3\",x");
            assertThat(reader.next()).isNull();
        }
    }
}
