package uk.nexus.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleUploadTest {

    private static final BundleUpload.Limits LIMITS = new BundleUpload.Limits(1_000_000, 8);

    @TempDir
    Path temp;

    @Test
    void unpacks_the_files_of_a_zip_by_their_names_even_inside_a_folder() throws IOException {
        Path target = Files.createDirectory(temp.resolve("t"));
        BundleUpload.unzip(
                zip(Map.of("force/manifest.json", "{}", "force/subjects.csv", "subject_id\n", "__MACOSX/._x", "junk")),
                target,
                LIMITS);
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("manifest.json", "subjects.csv");
        }
    }

    @Test
    void a_zip_entry_that_climbs_out_of_the_bundle_is_refused_and_nothing_is_written_outside() throws IOException {
        Path target = Files.createDirectories(temp.resolve("a/b"));
        assertThatThrownBy(() -> BundleUpload.unzip(zip(Map.of("../../evil.csv", "x")), target, LIMITS))
                .isInstanceOf(BundleUpload.InvalidUpload.class)
                .hasMessage("zip entry \"../../evil.csv\" points outside the bundle");
        assertThatThrownBy(() -> BundleUpload.unzip(zip(Map.of("/etc/evil.csv", "x")), target, LIMITS))
                .isInstanceOf(BundleUpload.InvalidUpload.class);
        assertThat(temp.resolve("evil.csv")).doesNotExist();
    }

    @Test
    void a_zip_bomb_is_stopped_at_the_limit_of_unpacked_bytes() throws IOException {
        Path target = Files.createDirectory(temp.resolve("t"));
        byte[] bomb = zip(Map.of("subjects.csv", "0".repeat(20_000_000))).readAllBytes();
        assertThat(bomb.length).as("the zip is small").isLessThan(100_000);
        assertThatThrownBy(() -> BundleUpload.unzip(new ByteArrayInputStream(bomb), target, LIMITS))
                .isInstanceOf(BundleUpload.TooLarge.class)
                .hasMessage("the bundle unpacks to more than 1000000 bytes");
        assertThat(Files.size(target.resolve("subjects.csv"))).isLessThanOrEqualTo(1_000_000);
    }

    @Test
    void too_many_files_and_odd_names_are_refused() {
        Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i < 9; i++) {
            many.put("f" + i + ".csv", "x");
        }
        assertThatThrownBy(() -> BundleUpload.unzip(zip(many), temp, LIMITS)).hasMessage("zip holds more than 8 files");
        assertThatThrownBy(() -> BundleUpload.unzip(zip(Map.of("sub jects.csv", "x")), temp, LIMITS))
                .hasMessage("zip entry \"sub jects.csv\" is not a bundle file name");
    }

    @Test
    void a_json_bundle_becomes_csv_files_and_lines_map_back_to_array_index_plus_two() throws IOException {
        String json = """
                {"manifest": {"format": "nexus-csv-bundle", "version": 1},
                 "files": {"subjects.csv": [
                   {"subject_id": "J1", "surname": "Two\\nLines, with comma", "flags": ["DRUGS", "WEAPONS"]},
                   {"subject_id": "J2", "surname": "Quote \\"q\\"", "dob": null, "weight": 3}
                 ]}}
                """;
        BundleUpload.LineMap lines =
                BundleUpload.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), temp, LIMITS);

        assertThat(Files.readString(temp.resolve("subjects.csv")))
                .isEqualTo("subject_id,surname,flags,dob,weight\n"
                        + "J1,\"Two\nLines, with comma\",DRUGS;WEAPONS,,\n"
                        + "J2,\"Quote \"\"q\"\"\",,,3\n");
        assertThat(Files.readString(temp.resolve("manifest.json"))).contains("\"nexus-csv-bundle\"");
        assertThat(lines.line("subjects.csv", 2)).isEqualTo(2);
        assertThat(lines.line("subjects.csv", 4))
                .as("J2 starts on physical line 4, index 1")
                .isEqualTo(3);
    }

    @Test
    void a_json_bundle_with_a_nested_object_or_a_bad_file_name_is_refused() {
        assertThatThrownBy(() -> BundleUpload.fromJson(
                        new ByteArrayInputStream("""
                                {"manifest": {}, "files": {"subjects.csv": [{"surname": {"x": 1}}]}}""".getBytes(StandardCharsets.UTF_8)), temp, LIMITS))
                .hasMessageContaining("files.subjects.csv[0].surname");
        assertThatThrownBy(() -> BundleUpload.fromJson(
                        new ByteArrayInputStream("""
                                {"manifest": {}, "files": {"../x.csv": []}}""".getBytes(StandardCharsets.UTF_8)), temp, LIMITS))
                .hasMessage("\"../x.csv\" is not a bundle file name");
    }

    static ByteArrayInputStream zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
