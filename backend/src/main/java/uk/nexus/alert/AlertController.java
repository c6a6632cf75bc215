package uk.nexus.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.model.PageOf;
import uk.nexus.web.Ids;

@RestController
@Validated
@Tag(name = "Alerts", description = "Alerts, their triage, saved alert rules and watch lists")
class AlertController {

    private final AlertService alerts;

    AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/alerts")
    @Operation(summary = "Alerts, newest first, filtered by state and subject")
    PageOf<Alert> list(
            @RequestParam(required = false) @Nullable Set<AlertState> state,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Nullable
                    String subject,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return alerts.list(state, subject, page, size);
    }

    @GetMapping("/api/alerts/{id}")
    @Operation(summary = "One alert")
    Alert get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return alerts.get(id);
    }

    @PostMapping("/api/alerts/{id}/triage")
    @Operation(
            summary = "Confirm or dismiss an alert, with a reason",
            description = "409 `already-triaged` if it was triaged before.")
    Alert triage(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Valid Triage triage) {
        return alerts.triage(id, triage);
    }

    @GetMapping("/api/alert-rules")
    @Operation(summary = "Saved alert rules")
    List<AlertRule> rules() {
        return alerts.rules();
    }

    @PostMapping("/api/alert-rules")
    @Operation(summary = "Save an alert rule; it is evaluated after every change and on the schedule")
    ResponseEntity<AlertRule> createRule(@RequestBody @Valid AlertRuleDraft draft) {
        AlertRule rule = alerts.createRule(draft);
        return ResponseEntity.created(URI.create("/api/alert-rules/" + rule.id()))
                .body(rule);
    }

    @DeleteMapping("/api/alert-rules/{id}")
    @Operation(summary = "Delete an alert rule (its alerts stay)")
    ResponseEntity<Void> deleteRule(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        alerts.deleteRule(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/watchlists")
    @Operation(summary = "Watch lists (without their subjects)")
    List<Watchlist> watchlists() {
        return alerts.watchlists();
    }

    @PostMapping("/api/watchlists")
    @Operation(summary = "Create a watch list")
    ResponseEntity<Watchlist> createWatchlist(@RequestBody @Valid WatchlistDraft draft) {
        Watchlist created = alerts.createWatchlist(draft);
        return ResponseEntity.created(URI.create("/api/watchlists/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/watchlists/{id}")
    @Operation(summary = "A watch list with its subjects")
    Watchlist watchlist(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return alerts.watchlist(id);
    }

    @PostMapping("/api/watchlists/{id}/subjects")
    @Operation(summary = "Put a subject on a watch list, with the reason")
    Watchlist watch(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestBody @Valid WatchRequest request) {
        return alerts.watch(id, request);
    }

    @DeleteMapping("/api/watchlists/{id}/subjects/{subjectId}")
    @Operation(summary = "Take a subject off a watch list, with the reason")
    ResponseEntity<Void> unwatch(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String subjectId,
            @RequestParam @Size(min = 3, max = 1000) String reason) {
        alerts.unwatch(id, subjectId, reason.strip());
        return ResponseEntity.noContent().build();
    }
}
