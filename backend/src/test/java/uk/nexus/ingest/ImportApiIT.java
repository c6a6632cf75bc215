package uk.nexus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nexus.GraphIT;
import uk.nexus.security.Role;

/** {@code POST /api/imports}: a zip or JSON bundle, imported in the background, followed by polling. */
class ImportApiIT extends GraphIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void empty() {
        wipe();
    }

    @Test
    void a_zip_in_quarantine_mode_loads_the_valid_rows_reports_progress_and_offers_the_quarantine() throws Exception {
        Map<String, String> files = tinyFiles();
        files.put(
                "subjects.csv",
                files.get("subjects.csv")
                        + "U1,Ashdown,Petra,1990-13-01,F,,,,,,,Northgate,,2029-01-01,CRIMS-9,2024-01-01T10:00:00Z\n");

        String location = mvc.perform(multipart("/api/imports")
                        .file(new MockMultipartFile("file", "tiny.zip", "application/zip", zip(files)))
                        .param("mode", "quarantine")
                        .param("label", "upload test")
                        .with(as(Role.ADMIN)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/imports/")))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        JsonNode done = awaitFinished(location);
        assertThat(done.path("phase").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("mode").asString()).isEqualTo("quarantine");
        assertThat(done.path("quarantinedRows").asLong()).isEqualTo(1);
        assertThat(done.path("rowsTotal").asLong()).isPositive();
        assertThat(done.path("rowsDone").asLong())
                .isEqualTo(done.path("rowsTotal").asLong());
        assertThat(done.path("errors").get(0).path("file").asString()).isEqualTo("subjects.csv");
        assertThat(done.path("errors").get(0).path("line").asLong()).isEqualTo(8);
        assertThat(done.path("errors").get(0).path("field").asString()).isEqualTo("dob");
        assertThat(done.path("errors").get(0).path("value").asString()).isEqualTo("1990-13-01");
        assertThat(count("MATCH (s:Subject) RETURN count(s)")).isEqualTo(6);
        assertThat(count("MATCH (r:ImportRun {label: 'upload test', status: 'COMPLETED'}) RETURN count(r)"))
                .isEqualTo(1);

        byte[] quarantine = mvc.perform(get(done.path("quarantine").asString()).with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> held = unzip(quarantine);
        assertThat(held).containsOnlyKeys("manifest.json", "subjects.csv", "_errors.csv");
        assertThat(held.get("subjects.csv"))
                .endsWith("\nU1,Ashdown,Petra,1990-13-01,F,,,,,,,Northgate,,2029-01-01,"
                        + "CRIMS-9,2024-01-01T10:00:00Z\n");
    }

    @Test
    void a_json_bundle_with_errors_is_rejected_whole_with_every_error_at_its_array_index_plus_two() throws Exception {
        String body = """
                {"manifest": {"format": "nexus-csv-bundle", "version": 1},
                 "files": {"subjects.csv": [
                   {"subject_id": "J1", "surname": "Two\\nLines", "forenames": "Ann", "review_date": "2029-01-01",
                    "source": "API", "recorded_at": "2024-01-01T10:00:00Z"},
                   {"subject_id": "J2", "surname": "Bad", "forenames": "Date", "dob": "1990-02-30",
                    "review_date": "2029-01-01", "source": "API", "recorded_at": "2024-01-01T10:00:00Z"},
                   {"subject_id": "J3", "surname": "", "forenames": "Nobody", "review_date": "2029-01-01",
                    "source": "API", "recorded_at": "2024-01-01T10:00:00Z"}
                 ]}}
                """;
        String location = mvc.perform(post("/api/imports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(as(Role.ADMIN)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        JsonNode done = awaitFinished(location);
        assertThat(done.path("phase").asString()).isEqualTo("REJECTED");
        assertThat(done.path("totalErrors").asLong()).isEqualTo(2);
        assertThat(done.path("errors").get(0).path("line").asLong())
                .as("J2 is element 1")
                .isEqualTo(3);
        assertThat(done.path("errors").get(0).path("field").asString()).isEqualTo("dob");
        assertThat(done.path("errors").get(1).path("line").asLong())
                .as("J3 is element 2")
                .isEqualTo(4);
        assertThat(done.path("errors").get(1).path("field").asString()).isEqualTo("surname");
        assertThat(count("MATCH (s:Subject) RETURN count(s)")).isZero();
        mvc.perform(get(location + "/quarantine.zip").with(as(Role.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void a_zip_slip_upload_fails_without_writing_anything() throws Exception {
        Map<String, String> files = tinyFiles();
        files.put("../../escape.csv", "x\n");
        String location = mvc.perform(post("/api/imports")
                        .contentType("application/zip")
                        .content(zip(files))
                        .with(as(Role.ADMIN)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        JsonNode done = awaitFinished(location);
        assertThat(done.path("phase").asString()).isEqualTo("FAILED");
        assertThat(done.path("errors").get(0).path("message").asString())
                .isEqualTo("zip entry \"../../escape.csv\" points outside the bundle");
        assertThat(count("MATCH (s:Subject) RETURN count(s)")).isZero();
    }

    @Test
    void only_an_administrator_may_upload() throws Exception {
        mvc.perform(post("/api/imports")
                        .contentType("application/zip")
                        .content(zip(tinyFiles()))
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_upload_over_the_limit_is_refused_with_413_problem_details_before_anything_is_read() throws Exception {
        var small = org.springframework.test.web.servlet.setup.MockMvcBuilders.standaloneSetup(
                        new ImportController(jobs, 1_000))
                .setControllerAdvice(new uk.nexus.web.ApiExceptionHandler())
                .build();
        byte[] zip = zip(tinyFiles());
        assertThat(zip.length).isGreaterThan(1_000);

        small.perform(post("/api/imports").contentType("application/zip").content(zip))
                .andExpect(status().is(413))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.type")
                        .value(org.hamcrest.Matchers.endsWith("/too-large")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("an upload may be at most 1000 bytes")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    ImportJobs jobs;

    private JsonNode awaitFinished(String location) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            String text = mvc.perform(get(location).with(as(Role.ADMIN)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            JsonNode status = JSON.readTree(text);
            if (!status.path("finishedAt").isNull()
                    && !status.path("finishedAt").isMissingNode()) {
                return status;
            }
            assertThat(System.nanoTime()).as("import finished in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static Map<String, String> tinyFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(bundleDir("tiny"))) {
            for (Path p : paths.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
