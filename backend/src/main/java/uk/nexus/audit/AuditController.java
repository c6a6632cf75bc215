package uk.nexus.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.model.PageOf;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.Ids;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Access log", description = "DPA 2018 s.62 access log: auditors only")
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/entries")
    @Operation(
            summary = "Search the access log",
            description = "Newest first; filter by user, subject id, period (UTC days, inclusive) and operation.")
    PageOf<AccessEntry> entries(
            @RequestParam(required = false) @Size(max = 100) @Nullable String user,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Nullable
                    String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String operation,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return audit.page(new AuditFilter(user, subject, from, to, operation(operation)), page, size);
    }

    @GetMapping(value = "/entries.csv", produces = "text/csv")
    @Operation(
            summary = "Export the access log as CSV",
            description = "Oldest first, the same filters; cells are defused against spreadsheet formula injection.")
    void csv(
            @RequestParam(required = false) @Size(max = 100) @Nullable String user,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Nullable
                    String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String operation,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = new AuditFilter(user, subject, from, to, operation(operation));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"access-log.csv\"");
        // The service checks the role and the filter before it writes the first byte.
        audit.exportCsv(filter, response.getOutputStream());
    }

    @GetMapping("/verification")
    @Operation(
            summary = "Verify the access log's hash chain",
            description = "Checks every entry from the first to the head; with anchorSeq and anchorHash (a head"
                    + " recorded earlier) also that the log was not truncated since.")
    ChainVerification verify(
            @RequestParam(required = false) @Min(1) @Nullable Long anchorSeq,
            @RequestParam(required = false)
                    @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 hex digits")
                    @Nullable
                    String anchorHash) {
        if ((anchorSeq == null) != (anchorHash == null)) {
            throw new BadRequestException(
                    anchorSeq == null ? "anchorSeq" : "anchorHash", "anchorSeq and anchorHash go together");
        }
        return audit.verify(anchorSeq, anchorHash);
    }

    private static uk.nexus.audit.@Nullable Operation operation(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return uk.nexus.audit.Operation.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "operation", "must be one of " + java.util.Arrays.toString(uk.nexus.audit.Operation.values()));
        }
    }
}
