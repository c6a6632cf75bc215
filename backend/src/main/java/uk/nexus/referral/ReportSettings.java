package uk.nexus.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Targets and costs the performance reports measure against (configurable; defaults from the source
 * documents where they give one).
 *
 * @param referralsPerWeekTarget referrals per week (source: 100)
 * @param detainedPerMonthTarget detained with a view to removal per month (source: 200)
 * @param removalsAnnualObjective removals per calendar year (not in the source documents: a
 *     configurable assumption, default 300)
 * @param costPerManagedOffender estimated cost avoided per offender whose management passes to
 *     immigration enforcement, in pounds (Leicestershire report: 70,000)
 */
@ConfigurationProperties("nexus.reports")
public record ReportSettings(
        Integer referralsPerWeekTarget,
        Integer detainedPerMonthTarget,
        Integer removalsAnnualObjective,
        Long costPerManagedOffender) {

    public ReportSettings {
        referralsPerWeekTarget = referralsPerWeekTarget == null ? 100 : referralsPerWeekTarget;
        detainedPerMonthTarget = detainedPerMonthTarget == null ? 200 : detainedPerMonthTarget;
        removalsAnnualObjective = removalsAnnualObjective == null ? 300 : removalsAnnualObjective;
        costPerManagedOffender = costPerManagedOffender == null ? 70_000L : costPerManagedOffender;
    }
}
