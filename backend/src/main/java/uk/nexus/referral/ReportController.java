package uk.nexus.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.web.CsvTable;

@RestController
@RequestMapping("/api/reports/referrals")
@Tag(name = "Reports", description = "Performance reports of the referral programme; add format=csv for CSV")
class ReportController {

    private static final String FORMAT = "json|csv";
    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/by-originator")
    @Operation(summary = "Referrals by originator: count and share, beside the source documents' share")
    ResponseEntity<?> byOriginator(@RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.ByOriginator r = reports.byOriginator();
        return respond(
                format,
                r,
                "referrals-by-originator.csv",
                () -> new CsvTable(
                        List.of(
                                "originator_id",
                                "originator",
                                "referrals",
                                "percent",
                                "source_percent",
                                "source_share_is_published"),
                        r.rows().stream()
                                .<List<?>>map(x -> List.of(
                                        x.originatorId(),
                                        x.name(),
                                        x.count(),
                                        x.percent(),
                                        x.sourceSharePct(),
                                        x.shareFromSource()))
                                .toList()));
    }

    @GetMapping("/outcomes")
    @Operation(summary = "Outcomes of accepted referrals: count, share, and the grouped shares")
    ResponseEntity<?> outcomes(@RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.Outcomes r = reports.outcomes();
        return respond(
                format,
                r,
                "referral-outcomes.csv",
                () -> new CsvTable(
                        List.of("outcome", "label", "group", "count", "percent"),
                        r.rows().stream()
                                .<List<?>>map(x -> List.of(x.outcome(), x.label(), x.group(), x.count(), x.percent()))
                                .toList()));
    }

    @GetMapping("/per-week")
    @Operation(summary = "Referrals per week against the weekly target (default the last 12 weeks)")
    ResponseEntity<?> perWeek(
            @RequestParam(defaultValue = "12") int weeks,
            @RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.PerWeek r = reports.perWeek(weeks);
        return respond(
                format,
                r,
                "referrals-per-week.csv",
                () -> new CsvTable(
                        List.of("week_starting", "referrals", "target", "target_met"),
                        r.weeks().stream()
                                .<List<?>>map(x -> List.of(x.weekStarting(), x.count(), r.target(), x.targetMet()))
                                .toList()));
    }

    @GetMapping("/detained-per-month")
    @Operation(summary = "Detained with a view to removal per month against the monthly target")
    ResponseEntity<?> detained(
            @RequestParam(defaultValue = "12") int months,
            @RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.DetainedPerMonth r = reports.detainedPerMonth(months);
        return respond(
                format,
                r,
                "detained-per-month.csv",
                () -> new CsvTable(
                        List.of("month", "detained", "target", "target_met"),
                        r.months().stream()
                                .<List<?>>map(x -> List.of(x.month(), x.count(), r.target(), x.targetMet()))
                                .toList()));
    }

    @GetMapping("/removals")
    @Operation(summary = "Removals (deported) in a calendar year against the annual objective")
    ResponseEntity<?> removals(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.Removals r = reports.removals(year == null ? LocalDate.now().getYear() : year);
        return respond(
                format,
                r,
                "removals.csv",
                () -> new CsvTable(
                        List.of("year", "removed", "objective", "percent_of_objective", "expected_by_today"),
                        List.of(List.of(
                                r.year(), r.removed(), r.objective(), r.percentOfObjective(), r.expectedByToday()))));
    }

    @GetMapping("/custody-checks")
    @Operation(summary = "Custody checks requested per month, by kind (ACRO, Interpol, PNC, SIS II, EAW)")
    ResponseEntity<?> checks(
            @RequestParam(defaultValue = "12") int months,
            @RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.CustodyChecks r = reports.custodyChecks(months);
        return respond(format, r, "custody-checks.csv", () -> {
            TreeSet<String> kinds = new TreeSet<>();
            r.months().forEach(m -> kinds.addAll(m.byKind().keySet()));
            List<String> header = new java.util.ArrayList<>(List.of("month"));
            header.addAll(kinds);
            header.add("total");
            return new CsvTable(
                    header,
                    r.months().stream()
                            .<List<?>>map(m -> {
                                List<Object> row = new java.util.ArrayList<>(List.of(m.month()));
                                kinds.forEach(k -> row.add(m.byKind().getOrDefault(k, 0L)));
                                row.add(m.total());
                                return row;
                            })
                            .toList());
        });
    }

    @GetMapping("/cost-avoided")
    @Operation(summary = "Estimated cost avoided (cost per managed offender configurable, default £70,000)")
    ResponseEntity<?> cost(@RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.CostAvoided r = reports.costAvoided();
        return respond(
                format,
                r,
                "cost-avoided.csv",
                () -> new CsvTable(
                        List.of("managed_offenders", "cost_per_offender", "estimated_cost_avoided", "basis"),
                        List.of(List.of(
                                r.managedOffenders(), r.costPerOffender(), r.estimatedCostAvoided(), r.basis()))));
    }

    @GetMapping("/disruptions")
    @Operation(summary = "Criminal-network disruptions this year against last year")
    ResponseEntity<?> disruptions(@RequestParam(defaultValue = "json") @Pattern(regexp = FORMAT) String format) {
        Reports.Disruptions r = reports.disruptions();
        return respond(
                format,
                r,
                "network-disruptions.csv",
                () -> new CsvTable(
                        List.of("year", "members_disrupted", "groups_disrupted"),
                        List.of(
                                List.of(r.year() - 1, r.lastYear(), r.groupsLastYear()),
                                List.of(r.year(), r.thisYear(), r.groupsThisYear()))));
    }

    private static ResponseEntity<?> respond(
            String format, Object json, String fileName, java.util.function.Supplier<CsvTable> csv) {
        return format.equals("csv") ? csv.get().download(fileName) : ResponseEntity.ok(json);
    }
}
