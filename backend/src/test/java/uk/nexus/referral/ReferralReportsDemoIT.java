package uk.nexus.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nexus.GraphIT;
import uk.nexus.ingest.BundleImporter;
import uk.nexus.security.Role;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GeneratorSettings;

/**
 * On the generated demo force, the originator and outcome tables reproduce the source documents'
 * shares within one percentage point.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralReportsDemoIT extends GraphIT {

    /** Outcomes in the source documents (1,239 referrals with an outcome). */
    static final Map<Outcome, Integer> SOURCE_OUTCOMES = Map.of(
            Outcome.DEPORTED, 75,
            Outcome.IMMIGRATION_DETENTION, 101,
            Outcome.REPORTING_RESTRICTIONS, 140,
            Outcome.HMP_DETENTION, 144,
            Outcome.HMP_REMAND, 54,
            Outcome.LIVE_INVESTIGATION, 568,
            Outcome.UNACTIONABLE, 157);

    @Autowired
    ReportService reports;

    @BeforeAll
    void demoForce() throws Exception {
        wipe();
        Path dir = Files.createTempDirectory("nexus-demo-it");
        new ForceGenerator().generate(GeneratorSettings.defaults(5_000, 42, LocalDate.now()), dir);
        importer.load(dir, "demo-it", BundleImporter.Progress.NONE);
    }

    @Test
    void referrals_by_originator_match_the_source_shares_within_one_point() {
        asAnalyst();
        Reports.ByOriginator byOriginator = reports.byOriginator();
        assertThat(byOriginator.total()).isEqualTo(1_269);
        assertThat(byOriginator.rows())
                .hasSize(14)
                .allSatisfy(
                        row -> assertThat(row.percent()).as(row.name()).isCloseTo(row.sourceSharePct(), within(1.0)));
        assertThat(byOriginator.rows().getFirst().name()).isEqualTo("TP Custody");
    }

    @Test
    void outcomes_match_the_source_shares_within_one_point_and_group_as_the_source_does() {
        asAnalyst();
        Reports.Outcomes outcomes = reports.outcomes();
        assertThat(outcomes.total()).isEqualTo(1_239);
        outcomes.rows()
                .forEach(row -> assertThat(row.percent())
                        .as(row.label())
                        .isCloseTo(100.0 * SOURCE_OUTCOMES.get(row.outcome()) / 1_239, within(1.0)));
        assertThat(outcomes.groups())
                .extracting(Reports.GroupRow::group, Reports.GroupRow::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Removed, detained or reporting conditions", 316L),
                        org.assertj.core.groups.Tuple.tuple("HMP", 198L),
                        org.assertj.core.groups.Tuple.tuple("Live investigation", 568L),
                        org.assertj.core.groups.Tuple.tuple("Un-actionable", 157L));
    }

    @Test
    void time_series_reports_cover_every_period_and_add_up() {
        asAnalyst();
        Reports.PerWeek weeks = reports.perWeek(52);
        assertThat(weeks.weeks()).hasSize(52);
        assertThat(weeks.target()).isEqualTo(100);
        assertThat(weeks.weeks().stream().mapToLong(Reports.WeekRow::count).sum())
                .isEqualTo(count(
                        "MATCH (r:Referral) WHERE date(r.createdAt) >= $from RETURN count(r)",
                        Map.of("from", weeks.weeks().getFirst().weekStarting())));
        Reports.CustodyChecks checks = reports.custodyChecks(12);
        assertThat(checks.months()).hasSize(12);
        assertThat(checks.months().stream().mapToLong(Reports.ChecksRow::total).sum())
                .isPositive();
        Reports.CostAvoided cost = reports.costAvoided();
        assertThat(cost.managedOffenders()).isEqualTo(75 + 101 + 140);
        assertThat(cost.estimatedCostAvoided()).isEqualTo(316L * 70_000);
        Reports.Disruptions disruptions = reports.disruptions();
        assertThat(disruptions.thisYear() + disruptions.lastYear()).isPositive();
        assertThat(disruptions.groupsThisYear()).isLessThanOrEqualTo(disruptions.thisYear());
    }

    @Test
    void every_report_downloads_as_csv() throws Exception {
        for (String report : new String[] {
            "by-originator",
            "outcomes",
            "per-week",
            "detained-per-month",
            "removals",
            "custody-checks",
            "cost-avoided",
            "disruptions"
        }) {
            mvc.perform(get("/api/reports/referrals/" + report)
                            .param("format", "csv")
                            .with(as(Role.SUPERVISOR)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                    .andExpect(content().contentTypeCompatibleWith("text/csv"));
        }
        mvc.perform(get("/api/reports/referrals/by-originator").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.rows[0].name").value("TP Custody"))
                .andExpect(jsonPath("$.rows[0].count").value(838));
        mvc.perform(get("/api/reports/referrals/per-week").param("weeks", "0").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/referrals/outcomes")
                        .param("format", "xml")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    private static void asAnalyst() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "analyst", "n/a", AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
    }
}
