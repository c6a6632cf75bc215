package uk.nexus.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static List<String> files() {
        List<String> files = new ArrayList<>(Bundle.FILES);
        files.add("manifest.json");
        return files;
    }

    @Test
    void same_settings_give_byte_identical_files() throws IOException {
        GeneratorSettings s = GeneratorSettings.defaults();
        Path first = Bundles.defaults().dir();
        Path second = Bundles.newDir();
        new ForceGenerator().generate(s, second);
        for (String f : files()) {
            assertThat(Files.mismatch(first.resolve(f), second.resolve(f)))
                    .as(f)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void planted_duplicates_are_deterministic_too() throws IOException {
        GeneratorSettings s = GeneratorSettings.defaults(1_000, 7, java.time.LocalDate.of(2025, 2, 28))
                .withPlantedDuplicates(40);
        Path first = Bundles.of(s).dir();
        Path second = Bundles.newDir();
        new ForceGenerator().generate(s, second);
        List<String> files = files();
        files.add(Bundle.TRUTH_FILE);
        for (String f : files) {
            assertThat(Files.mismatch(first.resolve(f), second.resolve(f)))
                    .as(f)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void another_seed_gives_other_data() throws IOException {
        Path other = Bundles.newDir();
        new ForceGenerator().generate(GeneratorSettings.defaults(5_000, 43, GeneratorSettings.DEFAULT_AS_OF), other);
        Path base = Bundles.defaults().dir();
        assertThat(Files.mismatch(base.resolve("subjects.csv"), other.resolve("subjects.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(base.resolve("associations.csv"), other.resolve("associations.csv")))
                .isNotEqualTo(-1L);
    }
}
