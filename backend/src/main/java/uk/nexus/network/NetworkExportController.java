package uk.nexus.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.disclosure.DisclosureFormat;
import uk.nexus.disclosure.Recipient;
import uk.nexus.web.Ids;

@RestController
@Tag(name = "Disclosure", description = "Exports of sub-networks to named recipients, redacted by handling code")
class NetworkExportController {

    private final NetworkExportService exports;

    NetworkExportController(NetworkExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/disclosure/recipients")
    @Operation(summary = "Who networks may be disclosed to, and the restricted handling codes each is cleared for")
    List<Recipient> recipients() {
        return exports.recipients();
    }

    @GetMapping("/api/subjects/{id}/network/export")
    @Operation(
            summary = "Disclose the sub-network around a subject",
            description = "As /network, written as GRAPHML, GRAPHSON or CSV for a named recipient. Every item carries"
                    + " its grade, handling code and conditions, the recipient, the purpose (X-Nexus-Purpose) and"
                    + " the disclosure reference; restricted intelligence the recipient is not cleared for is"
                    + " withheld and shown as a redaction. Logged as a disclosure.")
    ResponseEntity<byte[]> export(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestParam DisclosureFormat format,
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recipient,
            @RequestParam(defaultValue = "2") int hops,
            @RequestParam(required = false) @Nullable List<LinkType> types,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "500") int maxNodes) {
        NetworkExport export =
                exports.export(id, hops, types == null ? List.of() : types, from, to, maxNodes, format, recipient);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.format().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.filename())
                                .build()
                                .toString())
                .header("X-Nexus-Disclosure", export.reference())
                .body(export.content());
    }
}
