package uk.nexus.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small building blocks: apportionment, date formatting, CSV quoting, scaling. */
class SupportTest {

    @Test
    void largest_remainder_gives_the_brief_s_originator_counts() {
        long[] shares = ReferenceData.originators().stream()
                .mapToLong(ReferenceData.Originator::shareBasisPoints)
                .toArray();
        assertThat(ReferenceData.apportion(1_269, shares))
                .containsExactly(838, 159, 44, 63, 38, 32, 20, 18, 15, 13, 11, 8, 6, 4);
        assertThat(ReferenceData.apportion(7, new long[] {1, 1, 1})).containsExactly(3, 2, 2);
        assertThat(ReferenceData.apportion(0, new long[] {5, 5})).containsExactly(0, 0);
    }

    @Test
    void dates_and_instants_match_java_time() {
        for (long day = -300_000; day < 2_900_000; day += 997) {
            assertThat(Time.date(day)).isEqualTo(LocalDate.ofEpochDay(day).toString());
        }
        assertThat(Time.date(LocalDate.of(2024, 2, 29).toEpochDay())).isEqualTo("2024-02-29");
        assertThat(Time.date(LocalDate.of(2000, 3, 1).toEpochDay())).isEqualTo("2000-03-01");
        for (long s = 0; s < 4_000_000_000L; s += 86_399_999L) {
            assertThat(Time.instant(s)).isEqualTo(Instant.ofEpochSecond(s).toString());
        }
    }

    @Test
    void csv_fields_are_quoted_only_when_needed() throws IOException {
        Path dir = Bundles.newDir();
        try (CsvFile f = new CsvFile(dir, "t.csv", "a", "b", "c")) {
            f.add("plain").add("with, comma").add("say \"hi\"\nbye").endRow();
            f.decimal(-51_500_000, 6).decimal(5, 6).add(42).endRow();
        }
        assertThat(Files.readString(dir.resolve("t.csv"), StandardCharsets.UTF_8))
                .isEqualTo("a,b,c\r\nplain,\"with, comma\",\"say \"\"hi\"\"\nbye\"\r\n-51.500000,0.000005,42\r\n");
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_a_bug() {
        Path dir = Bundles.newDir();
        try (CsvFile f = new CsvFile(dir, "t.csv", "a", "b")) {
            f.add("x");
            org.assertj.core.api.Assertions.assertThatThrownBy(f::endRow).isInstanceOf(IllegalStateException.class);
            f.add("y").endRow();
        }
    }

    @Test
    void counts_scale_linearly_with_subjects() {
        GeneratorSettings s = GeneratorSettings.defaults(1_000_000, 1, LocalDate.of(2026, 1, 1));
        assertThat(s.gangs()).isEqualTo(12_000);
        assertThat(s.ocgs()).isEqualTo(4_000);
        assertThat(s.incidents()).isEqualTo(6_000_000);
        assertThat(s.referrals()).isEqualTo(253_800);
        assertThat(GeneratorSettings.defaults().referrals()).isEqualTo(1_269);
    }

    @Test
    void name_variants_cover_transliterations_and_diacritics() {
        Rng rng = new Rng(1);
        assertThat(People.variant("Mohammed", rng)).isIn("Muhammad", "Mohamed", "Mohammad", "Mohamad");
        assertThat(People.variant("Łukasz", rng)).isEqualTo("Lukasz");
        assertThat(People.variant("Nguyễn", rng)).isEqualTo("Nguyen");
        assertThat(People.variant("Smith", rng)).isNull();
        assertThat(Subjects.transposed(LocalDate.of(1999, 3, 7).toEpochDay())).isEqualTo(LocalDate.of(1999, 7, 3));
        assertThat(Subjects.transposed(LocalDate.of(1999, 3, 17).toEpochDay())).isNull();
    }
}
