package uk.nexus.ui.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;
import uk.nexus.referral.ReportService;
import uk.nexus.referral.Reports;
import uk.nexus.ui.chart.NexusChart;
import uk.nexus.web.CsvTable;

/** The referral programme's performance, as the source documents report it, with charts. */
@Route("referral-reports")
@PageTitle("Referral reports · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class ReferralReportsView extends VerticalLayout {

    private static final NumberFormat MONEY = NumberFormat.getCurrencyInstance(Locale.UK);

    ReferralReportsView(ReportService reports) {
        addClassName("referral-reports");
        Div cards = new Div();
        cards.addClassName("report-grid");

        Reports.ByOriginator byOriginator = reports.byOriginator();
        cards.add(card(
                "Referrals by originator (" + byOriginator.total() + ")",
                new NexusChart("bar", "Referrals by originator")
                        .horizontal()
                        .labels(byOriginator.rows().stream()
                                .map(Reports.OriginatorRow::name)
                                .toList())
                        .series(
                                "Referrals",
                                byOriginator.rows().stream()
                                        .map(Reports.OriginatorRow::count)
                                        .toList())
                        .draw(),
                () -> new CsvTable(
                        List.of("originator", "referrals", "percent", "source_percent"),
                        byOriginator.rows().stream()
                                .<List<?>>map(r -> List.of(r.name(), r.count(), r.percent(), r.sourceSharePct()))
                                .toList()),
                "referrals-by-originator.csv"));

        Reports.Outcomes outcomes = reports.outcomes();
        Div groups = new Div();
        outcomes.groups()
                .forEach(g -> groups.add(new Paragraph(g.group() + ": " + g.count() + " (" + g.percent() + "%)")));
        cards.add(card(
                "Outcomes (" + outcomes.total() + ")",
                new VerticalLayout(
                        new NexusChart("doughnut", "Outcomes of accepted referrals")
                                .labels(outcomes.rows().stream()
                                        .map(Reports.OutcomeRow::label)
                                        .toList())
                                .series(
                                        "Referrals",
                                        outcomes.rows().stream()
                                                .map(Reports.OutcomeRow::count)
                                                .toList())
                                .draw(),
                        groups),
                () -> new CsvTable(
                        List.of("outcome", "group", "count", "percent"),
                        outcomes.rows().stream()
                                .<List<?>>map(r -> List.of(r.label(), r.group(), r.count(), r.percent()))
                                .toList()),
                "referral-outcomes.csv"));

        Reports.PerWeek weeks = reports.perWeek(26);
        cards.add(card(
                "Referrals per week (target " + weeks.target() + ", average " + weeks.average() + ")",
                new NexusChart("bar", "Referrals per week against target")
                        .labels(weeks.weeks().stream()
                                .map(w -> w.weekStarting().toString())
                                .toList())
                        .series(
                                "Referrals",
                                weeks.weeks().stream()
                                        .map(Reports.WeekRow::count)
                                        .toList())
                        .target("Target", weeks.target())
                        .draw(),
                () -> new CsvTable(
                        List.of("week_starting", "referrals", "target"),
                        weeks.weeks().stream()
                                .<List<?>>map(w -> List.of(w.weekStarting(), w.count(), weeks.target()))
                                .toList()),
                "referrals-per-week.csv"));

        Reports.DetainedPerMonth detained = reports.detainedPerMonth(12);
        cards.add(card(
                "Detained with a view to removal per month (target " + detained.target() + ")",
                new NexusChart("bar", "Detained per month against target")
                        .labels(detained.months().stream()
                                .map(m -> m.month().toString())
                                .toList())
                        .series(
                                "Detained",
                                detained.months().stream()
                                        .map(Reports.MonthRow::count)
                                        .toList())
                        .target("Target", detained.target())
                        .draw(),
                () -> new CsvTable(
                        List.of("month", "detained", "target"),
                        detained.months().stream()
                                .<List<?>>map(m -> List.of(m.month(), m.count(), detained.target()))
                                .toList()),
                "detained-per-month.csv"));

        Reports.Removals removals = reports.removals(java.time.LocalDate.now().getYear());
        cards.add(card(
                "Removals " + removals.year() + " against the annual objective",
                new VerticalLayout(
                        big(removals.removed() + " of " + removals.objective() + " (" + removals.percentOfObjective()
                                + "%)"),
                        new Paragraph("On a straight line the objective expects " + removals.expectedByToday()
                                + " by today."),
                        new NexusChart("bar", "Removals against objective")
                                .horizontal()
                                .labels(List.of("Removed", "Expected by today", "Objective"))
                                .series(
                                        "Removals",
                                        List.of(removals.removed(), removals.expectedByToday(), removals.objective()))
                                .draw()),
                () -> new CsvTable(
                        List.of("year", "removed", "objective", "expected_by_today"),
                        List.of(List.of(
                                removals.year(),
                                removals.removed(),
                                removals.objective(),
                                removals.expectedByToday()))),
                "removals.csv"));

        Reports.CustodyChecks checks = reports.custodyChecks(12);
        TreeSet<String> kinds = new TreeSet<>();
        checks.months().forEach(m -> kinds.addAll(m.byKind().keySet()));
        NexusChart checksChart = new NexusChart("bar", "Custody checks per month by kind")
                .stacked()
                .labels(checks.months().stream().map(m -> m.month().toString()).toList());
        kinds.forEach(k -> checksChart.series(
                k,
                checks.months().stream()
                        .map(m -> m.byKind().getOrDefault(k, 0L))
                        .toList()));
        cards.add(card(
                "Custody checks per month",
                checksChart.draw(),
                () -> new CsvTable(
                        List.of("month", "checks"),
                        checks.months().stream()
                                .<List<?>>map(m -> List.of(m.month(), m.total()))
                                .toList()),
                "custody-checks.csv"));

        Reports.CostAvoided cost = reports.costAvoided();
        cards.add(card(
                "Estimated cost avoided",
                new VerticalLayout(
                        big(MONEY.format(cost.estimatedCostAvoided())),
                        new Paragraph(cost.managedOffenders() + " " + cost.basis())),
                () -> new CsvTable(
                        List.of("managed_offenders", "cost_per_offender", "estimated_cost_avoided"),
                        List.of(List.of(cost.managedOffenders(), cost.costPerOffender(), cost.estimatedCostAvoided()))),
                "cost-avoided.csv"));

        Reports.Disruptions disruptions = reports.disruptions();
        cards.add(card(
                "Network disruptions: " + disruptions.year() + " against " + (disruptions.year() - 1),
                new VerticalLayout(
                        new NexusChart("bar", "Network disruptions this year against last")
                                .labels(List.of(
                                        String.valueOf(disruptions.year() - 1), String.valueOf(disruptions.year())))
                                .series(
                                        "Members removed or detained",
                                        List.of(disruptions.lastYear(), disruptions.thisYear()))
                                .series(
                                        "Groups disrupted",
                                        List.of(disruptions.groupsLastYear(), disruptions.groupsThisYear()))
                                .draw(),
                        new Paragraph(disruptions.basis())),
                () -> new CsvTable(
                        List.of("year", "members", "groups"),
                        List.of(
                                List.of(disruptions.year() - 1, disruptions.lastYear(), disruptions.groupsLastYear()),
                                List.of(disruptions.year(), disruptions.thisYear(), disruptions.groupsThisYear()))),
                "network-disruptions.csv"));

        add(new H2("Referral programme performance"), cards);
    }

    private static Component card(String title, Component body, Supplier<CsvTable> csv, String fileName) {
        Div card = new Div();
        card.addClassName("report-card");
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.get().render().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
                }),
                "CSV");
        download.addClassName("csv-link");
        card.add(new H3(title), body, download);
        return card;
    }

    private static Span big(String text) {
        Span s = new Span(text);
        s.addClassName("big-figure");
        return s;
    }
}
