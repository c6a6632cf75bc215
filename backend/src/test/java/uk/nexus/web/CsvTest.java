package uk.nexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cells_that_a_spreadsheet_would_run_are_written_as_text() {
        assertThat(Csv.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.safe("+44 7700 900123")).isEqualTo("'+44 7700 900123");
        assertThat(Csv.safe("-2")).isEqualTo("'-2");
        assertThat(Csv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.safe("\tx")).isEqualTo("'\tx");
        assertThat(Csv.safe("Okafor")).isEqualTo("Okafor");
        assertThat(Csv.safe("")).isEmpty();
    }

    @Test
    void rows_are_rfc_4180_utf_8_with_a_byte_order_mark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = Csv.to(out)) {
            csv.row(List.of("name", "note"));
            csv.row(Arrays.asList("Zoë \"Z\"", null));
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("name,note\r\n\"Zoë \"\"Z\"\"\",\r\n");
    }
}
