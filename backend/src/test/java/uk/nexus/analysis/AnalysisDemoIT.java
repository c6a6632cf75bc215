package uk.nexus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessLog;
import uk.nexus.harm.GroupPriority;
import uk.nexus.harm.HarmContribution;
import uk.nexus.harm.HarmService;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.ingest.BundleImporter;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.projection.Projection;
import uk.nexus.projection.ProjectionFilter;
import uk.nexus.projection.ProjectionService;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GeneratorSettings;

/** The analysis on the generated demo force (5,000 people, 80 groups of which some are past review). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisDemoIT extends GraphIT {

    @Autowired
    AnalysisService analysis;

    @Autowired
    HarmService harm;

    @Autowired
    ProjectionService projections;

    @Autowired
    GraphVersion version;

    @Autowired
    AccessLog accessLog;

    @BeforeAll
    void demoForce() throws Exception {
        wipe();
        Path dir = Files.createTempDirectory("nexus-analysis-demo-it");
        new ForceGenerator().generate(GeneratorSettings.defaults(5_000, 42, LocalDate.now()), dir);
        importer.load(dir, "demo-it", BundleImporter.Progress.NONE);
    }

    @BeforeEach
    void asAnalyst() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "analyst", "n/a", AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
    }

    @Test
    void the_top_of_the_harm_ranking_is_offenders_each_score_the_sum_of_its_explanation() {
        Projection p = projections.projection(ProjectionFilter.associations());
        System.out.printf(
                "demo projection: %d subjects, %d ties from %d records in %d ms%n",
                p.subjectCount(), p.linkCount(), p.recordsRead(), p.loadTime().toMillis());
        assertThat(p.subjectCount()).isGreaterThan(4_000);
        assertThat(p.linkCount()).isGreaterThan(1_000);
        SubjectRanking top = accessLog.withPurpose(
                "demo analysis test",
                () -> analysis.rankSubjects(Measure.HARM, ProjectionFilter.associations(), 0, 25));
        assertThat(top.items()).hasSize(25);
        for (RankedSubject item : top.items()) {
            SubjectHarm explained = harm.snapshot(item.subjectId());
            assertThat(explained.contributions().stream()
                            .mapToDouble(HarmContribution::harm)
                            .sum())
                    .as(item.subjectId())
                    .isCloseTo(item.score(), within(1e-6));
            assertThat(explained.contributions())
                    .allSatisfy(c -> assertThat(c.category()).isIn("OFFENDER", "SUSPECT"));
        }
    }

    @Test
    void every_group_has_a_band_and_four_explained_factors() {
        List<GroupPriority> groups = harm.groupPriorities();
        assertThat(groups)
                .hasSize(
                        (int) count("MATCH (g:Group) WHERE NOT coalesce(g.reviewDate < date(), false) RETURN count(g)"))
                .hasSizeGreaterThan(60);
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.band()).matches("[123][ABC]");
            assertThat(g.factors()).hasSize(4);
            double score = g.factors().stream()
                    .mapToDouble(f -> f.value() * f.weight())
                    .sum();
            assertThat(g.score()).isCloseTo(score, within(1e-9));
        });
        assertThat(groups.get(0).score())
                .isGreaterThanOrEqualTo(groups.get(groups.size() - 1).score());
    }

    @Test
    void shuffling_nationality_ethnicity_and_immigration_status_changes_no_score() {
        ProjectionFilter filter = ProjectionFilter.associations();
        Map<String, Double> harmBefore = harm.table().harm();
        Map<String, Double> networkBefore = harm.networkHarm(filter);
        List<GroupPriority> groupsBefore = harm.groupPriorities();
        Map<String, Double> pagerankBefore =
                analysis.scores(Measure.PAGERANK, filter).scores();
        Map<String, Double> coreBefore = analysis.scores(Measure.KCORE, filter).scores();
        long loads = projections.loadCount();
        run("""
            MATCH (s:Subject)
            WITH s, toInteger(right(s.id, 1)) % 3 AS k
            SET s.nationalities = [['GBR'], ['NGA', 'JAM'], []][k],
                s.ethnicity = ['W1', 'B2', null][k],
                s.immigrationStatus = ['BRITISH_CITIZEN', 'OVERSTAYER', null][k]
            """);
        version.bump("test");
        assertThat(harm.table().harm()).isEqualTo(harmBefore);
        assertThat(harm.networkHarm(filter)).isEqualTo(networkBefore);
        assertThat(harm.groupPriorities()).isEqualTo(groupsBefore);
        assertThat(analysis.scores(Measure.PAGERANK, filter).scores()).isEqualTo(pagerankBefore);
        assertThat(analysis.scores(Measure.KCORE, filter).scores()).isEqualTo(coreBefore);
        assertThat(projections.loadCount()).as("recomputed, not cached").isGreaterThan(loads);
    }
}
