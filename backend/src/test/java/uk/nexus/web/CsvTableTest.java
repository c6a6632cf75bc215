package uk.nexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_neutralised_and_quoting_is_rfc4180() {
        CsvTable table = new CsvTable(
                List.of("a", "b"),
                List.of(
                        List.of("=HYPERLINK(\"http://x\")", "+1"),
                        List.of("@SUM(A1)", "-2"),
                        List.of("plain, with comma", -3),
                        List.of("line\nbreak", "\ttab")));
        assertThat(table.render())
                .isEqualTo("\uFEFFa,b\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",'+1\r\n"
                        + "'@SUM(A1),'-2\r\n"
                        + "\"plain, with comma\",-3\r\n"
                        + "\"line\nbreak\",'\ttab\r\n");
    }
}
