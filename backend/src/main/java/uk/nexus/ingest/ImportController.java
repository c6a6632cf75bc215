package uk.nexus.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.nexus.web.PayloadTooLargeException;

/** Bundle uploads (decision 0611): {@code POST /api/imports}, then poll {@code GET /api/imports/{id}}. */
@RestController
@Validated
@Tag(name = "Imports", description = "Upload a CSV bundle (zip or JSON) and follow its import; administrators")
class ImportController {

    private static final String ID = "[0-9a-f]{20}";
    private static final String MODE = "all-or-nothing|quarantine";

    private final ImportJobs jobs;
    private final long maxUpload;

    ImportController(ImportJobs jobs, @Value("${nexus.import.max-upload-bytes:1073741824}") long maxUpload) {
        this.jobs = jobs;
        this.maxUpload = maxUpload;
    }

    @PostMapping(value = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a bundle as a zip (multipart part \"file\") and import it in the background",
            description = "mode=all-or-nothing (default: any error and nothing is written) or quarantine (the"
                    + " valid rows are loaded, the others kept for download). 202 with Location /api/imports/{id}.")
    ResponseEntity<ImportStatus> uploadMultipart(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") @Pattern(regexp = MODE) String mode,
            @RequestParam(required = false) @Size(max = 200) @Nullable String label)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return accepted(jobs.submit(in, ImportJobs.Format.ZIP, ImportJobs.Mode.parse(mode), label));
        }
    }

    @PostMapping(
            value = "/api/imports",
            consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Upload a bundle as a zip (the request body) and import it in the background")
    ResponseEntity<ImportStatus> uploadZip(
            HttpServletRequest request,
            @RequestParam(defaultValue = "all-or-nothing") @Pattern(regexp = MODE) String mode,
            @RequestParam(required = false) @Size(max = 200) @Nullable String label)
            throws IOException {
        try (InputStream in = limited(request)) {
            return accepted(jobs.submit(in, ImportJobs.Format.ZIP, ImportJobs.Mode.parse(mode), label));
        }
    }

    @PostMapping(value = "/api/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Upload a bundle as JSON and import it in the background",
            description = "{\"manifest\": {\"format\": \"nexus-csv-bundle\", \"version\": 1}, \"files\":"
                    + " {\"subjects.csv\": [{\"subject_id\": \"X1\", ...}, ...]}}: each file an array of rows"
                    + " (column: value), converted to the CSV files and validated by the same code. Errors name"
                    + " file:line:field with line = the row's array index + 2.")
    ResponseEntity<ImportStatus> uploadJson(
            HttpServletRequest request,
            @RequestParam(defaultValue = "all-or-nothing") @Pattern(regexp = MODE) String mode,
            @RequestParam(required = false) @Size(max = 200) @Nullable String label)
            throws IOException {
        try (InputStream in = limited(request)) {
            return accepted(jobs.submit(in, ImportJobs.Format.JSON, ImportJobs.Mode.parse(mode), label));
        }
    }

    @GetMapping("/api/imports")
    @Operation(summary = "The imports uploaded since start-up, newest first")
    List<ImportStatus> list() {
        return jobs.list();
    }

    @GetMapping("/api/imports/{id}")
    @Operation(summary = "Where an import has got: phase, rows done of the total, errors, quarantine link")
    ImportStatus status(@PathVariable @Pattern(regexp = ID) String id) {
        return jobs.status(id);
    }

    @GetMapping(value = "/api/imports/{id}/quarantine.zip", produces = "application/zip")
    @Operation(summary = "The quarantined rows as a bundle (same files and headers, _errors.csv) to fix and upload")
    void quarantine(@PathVariable @Pattern(regexp = ID) String id, HttpServletResponse response) throws IOException {
        jobs.quarantineOf(id);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"quarantine-" + id + ".zip\"");
        jobs.quarantineZip(id, response.getOutputStream());
    }

    private static ResponseEntity<ImportStatus> accepted(ImportStatus status) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/imports/" + status.id()))
                .body(status);
    }

    /** The request body, refused with 413 once it passes the limit (whatever Content-Length said). */
    private InputStream limited(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxUpload) {
            throw tooLarge();
        }
        return new FilterInputStream(request.getInputStream()) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && ++read > maxUpload) {
                    throw tooLarge();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0 && (read += n) > maxUpload) {
                    throw tooLarge();
                }
                return n;
            }
        };
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("an upload may be at most " + maxUpload + " bytes"
                + " (nexus.import.max-upload-bytes); split the bundle or load it with ./nexus import");
    }
}
