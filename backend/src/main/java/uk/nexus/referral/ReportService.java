package uk.nexus.referral;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nexus.referral.internal.ReportQueries;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;

/** The performance reports of the source documents, computed from the graph each time they are asked for. */
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final List<String> MANAGED = List.of("DEPORTED", "IMMIGRATION_DETENTION", "REPORTING_RESTRICTIONS");
    static final List<String> DISRUPTIVE = List.of("DEPORTED", "IMMIGRATION_DETENTION", "HMP_DETENTION", "HMP_REMAND");

    private final ReportQueries queries;
    private final ReportSettings settings;
    private final Clock clock;

    ReportService(ReportQueries queries, ReportSettings settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.ByOriginator byOriginator() {
        List<ReportQueries.Count> counts = queries.byOriginator();
        long total = counts.stream().mapToLong(ReportQueries.Count::count).sum();
        return new Reports.ByOriginator(
                total,
                counts.stream()
                        .map(c -> new Reports.OriginatorRow(
                                c.key(), c.label(), c.count(), percent(c.count(), total), c.share(), c.fromSource()))
                        .toList());
    }

    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.Outcomes outcomes() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        Arrays.stream(Outcome.values()).forEach(o -> counts.put(o, 0L));
        queries.outcomes().forEach(c -> counts.put(Outcome.valueOf(c.key()), c.count()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Reports.OutcomeRow> rows = counts.entrySet().stream()
                .map(e -> new Reports.OutcomeRow(
                        e.getKey(), e.getKey().label(), e.getKey().group(), e.getValue(), percent(e.getValue(), total)))
                .toList();
        Map<String, Long> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.merge(r.group(), r.count(), Long::sum));
        return new Reports.Outcomes(
                total,
                rows,
                groups.entrySet().stream()
                        .map(e -> new Reports.GroupRow(e.getKey(), e.getValue(), percent(e.getValue(), total)))
                        .toList());
    }

    /** The last {@code weeks} weeks (Monday to Sunday), the current one included. */
    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.PerWeek perWeek(int weeks) {
        requireRange("weeks", weeks, 1, 260);
        LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        Map<String, Long> counts = new HashMap<>();
        queries.perWeek(first).forEach(c -> counts.put(c.key(), c.count()));
        List<Reports.WeekRow> rows = new ArrayList<>();
        int target = settings.referralsPerWeekTarget();
        for (LocalDate w = first; !w.isAfter(thisWeek); w = w.plusWeeks(1)) {
            long n = counts.getOrDefault(w.toString(), 0L);
            rows.add(new Reports.WeekRow(w, n, n >= target));
        }
        double average =
                rows.stream().mapToLong(Reports.WeekRow::count).average().orElse(0);
        return new Reports.PerWeek(target, rows, Math.round(average * 10) / 10.0);
    }

    /** Detained with a view to removal per month, the last {@code months} months. */
    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.DetainedPerMonth detainedPerMonth(int months) {
        requireRange("months", months, 1, 120);
        int target = settings.detainedPerMonthTarget();
        return new Reports.DetainedPerMonth(
                target,
                monthly(months, queries.outcomePerMonth("IMMIGRATION_DETENTION", firstOfWindow(months)))
                        .entrySet()
                        .stream()
                        .map(e -> new Reports.MonthRow(e.getKey(), e.getValue(), e.getValue() >= target))
                        .toList());
    }

    /** Removals (deported) in a calendar year against the annual objective. */
    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.Removals removals(int year) {
        LocalDate today = LocalDate.now(clock);
        requireRange("year", year, 2000, today.getYear());
        long removed = queries.outcomesInYear(List.of("DEPORTED"), year);
        int objective = settings.removalsAnnualObjective();
        long expected = year < today.getYear()
                ? objective
                : Math.round(objective * (double) today.getDayOfYear() / today.lengthOfYear());
        return new Reports.Removals(year, removed, objective, percent(removed, objective), expected);
    }

    /** Custody checks requested per month, by kind, the last {@code months} months. */
    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.CustodyChecks custodyChecks(int months) {
        requireRange("months", months, 1, 120);
        Map<YearMonth, Map<String, Long>> byMonth = new TreeMap<>();
        YearMonth first = YearMonth.from(firstOfWindow(months));
        for (YearMonth m = first; !m.isAfter(YearMonth.now(clock)); m = m.plusMonths(1)) {
            byMonth.put(m, new TreeMap<>());
        }
        queries.checksPerMonth(first.atDay(1)).forEach(c -> {
            YearMonth month = YearMonth.parse(c.key().substring(0, 7));
            byMonth.computeIfAbsent(month, k -> new TreeMap<>()).put(c.label(), c.count());
        });
        return new Reports.CustodyChecks(byMonth.entrySet().stream()
                .map(e -> new Reports.ChecksRow(
                        e.getKey(),
                        e.getValue(),
                        e.getValue().values().stream()
                                .mapToLong(Long::longValue)
                                .sum()))
                .toList());
    }

    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.CostAvoided costAvoided() {
        long managed = queries.outcomesEver(MANAGED);
        long cost = settings.costPerManagedOffender();
        return new Reports.CostAvoided(
                managed,
                cost,
                managed * cost,
                "offenders deported, in immigration detention or on immigration reporting restrictions × £" + cost);
    }

    @PreAuthorize(Access.WORK_REFERRALS)
    public Reports.Disruptions disruptions() {
        int year = LocalDate.now(clock).getYear();
        long[] now = queries.disruptions(DISRUPTIVE, year);
        long[] last = queries.disruptions(DISRUPTIVE, year - 1);
        return new Reports.Disruptions(
                year,
                now[0],
                last[0],
                now[1],
                last[1],
                "gang or OCG members whose referral outcome (deported, immigration detention, HMP detention or"
                        + " remand) was recorded in the calendar year, and the distinct groups they belonged to");
    }

    private Map<YearMonth, Long> monthly(int months, List<ReportQueries.Count> counts) {
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        YearMonth first = YearMonth.from(firstOfWindow(months));
        for (YearMonth m = first; !m.isAfter(YearMonth.now(clock)); m = m.plusMonths(1)) {
            byMonth.put(m, 0L);
        }
        counts.forEach(c -> byMonth.put(YearMonth.parse(c.key()), c.count()));
        return byMonth;
    }

    private LocalDate firstOfWindow(int months) {
        return YearMonth.now(clock).minusMonths(months - 1L).atDay(1);
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadRequestException(field, "must be between " + min + " and " + max);
        }
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 100.0;
    }
}
