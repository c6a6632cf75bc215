package uk.nexus.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.web.Ids;

@RestController
@Tag(name = "Networks", description = "Sub-networks around subjects")
class NetworkController {

    private final NetworkService networks;

    NetworkController(NetworkService networks) {
        this.networks = networks;
    }

    @GetMapping("/api/subjects/{id}/network")
    @Operation(
            summary = "The sub-network around a subject",
            description = "Nodes within `hops` of the subject over the given link types (all by default), keeping"
                    + " links valid in the time window and incidents that happened in it. Every link carries its"
                    + " provenance (source, recorded, validity, fact or assessment, grade).")
    Subnetwork around(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestParam(defaultValue = "2") int hops,
            @RequestParam(required = false) @Nullable List<LinkType> types,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "500") int maxNodes) {
        return networks.around(id, hops, types == null ? List.of() : types, from, to, maxNodes);
    }
}
