package uk.nexus.referral;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The performance reports of the source documents, as records (JSON) and tables (CSV). */
public final class Reports {

    private Reports() {}

    /** Referrals by originator, as in the source table. */
    public record ByOriginator(long total, List<OriginatorRow> rows) {}

    /**
     * @param percent share of all referrals
     * @param sourceSharePct the share in the source documents
     * @param shareFromSource whether that share is the source's (true) or our assumption (false)
     */
    public record OriginatorRow(
            String originatorId,
            String name,
            long count,
            double percent,
            double sourceSharePct,
            boolean shareFromSource) {}

    /** Outcomes of accepted referrals, one by one and grouped as the source documents group them. */
    public record Outcomes(long total, List<OutcomeRow> rows, List<GroupRow> groups) {}

    public record OutcomeRow(Outcome outcome, String label, String group, long count, double percent) {}

    public record GroupRow(String group, long count, double percent) {}

    /** Referrals per week against the weekly target. */
    public record PerWeek(int target, List<WeekRow> weeks, double average) {}

    public record WeekRow(LocalDate weekStarting, long count, boolean targetMet) {}

    /** Detained with a view to removal per month against the monthly target. */
    public record DetainedPerMonth(int target, List<MonthRow> months) {}

    public record MonthRow(YearMonth month, long count, boolean targetMet) {}

    /** Removals this year against the annual objective. */
    public record Removals(int year, long removed, int objective, double percentOfObjective, long expectedByToday) {}

    /** Custody checks requested per month, by kind. */
    public record CustodyChecks(List<ChecksRow> months) {}

    public record ChecksRow(YearMonth month, Map<String, Long> byKind, long total) {}

    /**
     * Estimated cost avoided: offenders whose management passed to immigration enforcement (deported,
     * detained or on reporting restrictions) times the cost per managed offender.
     */
    public record CostAvoided(long managedOffenders, long costPerOffender, long estimatedCostAvoided, String basis) {}

    /**
     * Criminal-network disruptions: gang or OCG members removed or detained (deported, immigration
     * detention, HMP detention or remand), this calendar year against last.
     */
    public record Disruptions(
            int year, long thisYear, long lastYear, long groupsThisYear, long groupsLastYear, String basis) {}
}
