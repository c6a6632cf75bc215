package uk.nexus.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.nexus.GraphIT;
import uk.nexus.analysis.AnalysisService;
import uk.nexus.analysis.Measure;
import uk.nexus.audit.AccessLog;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.oversight.HarmFigures;
import uk.nexus.projection.ProjectionFilter;
import uk.nexus.projection.ProjectionService;
import uk.nexus.web.NotFoundException;

@WithMockUser(roles = "ANALYST")
class HarmServiceIT extends GraphIT {

    private static final double EPS = 1e-9;

    @Autowired
    HarmService harm;

    @Autowired
    HarmFigures figures;

    @Autowired
    AnalysisService analysis;

    @Autowired
    ProjectionService projections;

    @Autowired
    GraphVersion version;

    @Autowired
    AccessLog accessLog;

    @BeforeEach
    void force() {
        wipe();
        HandBuiltForce.create(driver);
    }

    @Test
    void subject_harm_is_offence_weight_times_evidence_times_recency_summed() {
        Map<String, Double> scores = harm.scores();
        assertThat(scores.get("H1")).isCloseTo(HandBuiltForce.H1, within(EPS));
        assertThat(scores.get("H2")).isCloseTo(HandBuiltForce.H2, within(EPS));
        assertThat(scores.get("H3")).isCloseTo(HandBuiltForce.H3, within(EPS));
        assertThat(scores.get("H4")).isCloseTo(HandBuiltForce.H4, within(EPS));
        assertThat(scores).containsOnlyKeys("H1", "H2", "H3", "H4");
        assertThat(figures.scores()).isEqualTo(scores);
        assertThat(figures.top(2)).containsExactly("H3", "H1");
    }

    @Test
    void victims_witnesses_past_review_and_people_without_offending_add_nothing() {
        Map<String, Double> scores = harm.scores();
        assertThat(scores).doesNotContainKeys("V1", "W1", "H5", "H6");
        SubjectHarm h1 = accessLog.withPurpose("harm service test", () -> harm.explain("H1"));
        // H1 is also the victim of I2: only the robbery it committed counts.
        assertThat(h1.contributions()).extracting(HarmContribution::recordId).containsExactly("I1");
        SubjectHarm victim = accessLog.withPurpose("harm service test", () -> harm.explain("V1"));
        assertThat(victim.harm()).isZero();
        assertThat(victim.contributions()).isEmpty();
        SubjectHarm past = harm.snapshot("H6");
        assertThat(past.pastReview()).isTrue();
        assertThat(past.harm()).isZero();
    }

    @Test
    void the_explanation_adds_up_and_names_incidents_grades_and_overseas_convictions() {
        SubjectHarm h2 = accessLog.withPurpose("harm service test", () -> harm.explain("H2"));
        assertThat(h2.harm()).isCloseTo(HandBuiltForce.H2, within(EPS));
        assertThat(h2.contributions().stream()
                        .mapToDouble(HarmContribution::harm)
                        .sum())
                .isCloseTo(h2.harm(), within(EPS));
        HarmContribution intel = h2.contributions().stream()
                .filter(c -> c.recordId().equals("I3"))
                .findFirst()
                .orElseThrow();
        assertThat(intel.grade()).isEqualTo("2B");
        assertThat(intel.basis()).isEqualTo("ASSESSMENT");
        assertThat(intel.evidenceWeight()).isCloseTo(0.3 * 0.7 * 0.8, within(EPS));
        assertThat(intel.recency()).isCloseTo(0.25, within(EPS));
        assertThat(intel.capability()).isEqualTo("FIREARMS");

        SubjectHarm h3 = harm.snapshot("H3");
        assertThat(h3.contributions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("CONVICTION");
            assertThat(c.overseas()).isTrue();
            assertThat(c.country()).isEqualTo("FRA");
            assertThat(c.evidenceWeight()).isEqualTo(1.0);
        });
        // The same incident counts once, at its strongest evidence (charged, not arrested).
        SubjectHarm h4 = harm.snapshot("H4");
        assertThat(h4.contributions())
                .singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo("CHARGED"));
        assertThat(h4.offenceTable()).isEqualTo("v1");
        assertThatThrownBy(() -> harm.snapshot("NOPE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void network_harm_sums_neighbours_harm_over_one_and_two_ties() {
        NetworkHarm h5 = harm.networkHarmOf("H5", ProjectionFilter.associations());
        // H4 directly (0.5); H3 via H4 and H2 via H4 (0.25); H6 is past review, H1 only a rival.
        double expected = 0.5 * HandBuiltForce.H4 + 0.25 * HandBuiltForce.H3 + 0.25 * HandBuiltForce.H2;
        assertThat(h5.networkHarm()).isCloseTo(expected, within(EPS));
        assertThat(h5.contributions())
                .extracting(NetworkHarm.Contribution::subjectId)
                .containsExactlyInAnyOrder("H4", "H3", "H2");
        assertThat(harm.networkHarm(ProjectionFilter.associations()).get("H5")).isCloseTo(expected, within(EPS));
        // The whole-graph propagation equals the per-subject explanation for everyone.
        Map<String, Double> all = harm.networkHarm(ProjectionFilter.associations());
        for (String id : List.of("H1", "H2", "H3", "H4", "H5", "V1", "W1")) {
            assertThat(all.get(id))
                    .as(id)
                    .isCloseTo(
                            harm.networkHarmOf(id, ProjectionFilter.associations())
                                    .networkHarm(),
                            within(1e-6));
        }
    }

    @Test
    void groups_are_prioritised_on_harm_capability_cohesion_and_reach_with_bands() {
        List<GroupPriority> groups = harm.groupPriorities();
        assertThat(groups).extracting(GroupPriority::groupId).containsExactly("G2", "G1");
        GroupPriority g2 = groups.get(0);
        GroupPriority g1 = groups.get(1);
        assertThat(g2.memberHarm()).isCloseTo(HandBuiltForce.H3 + HandBuiltForce.H4, within(EPS));
        assertThat(g1.memberHarm()).isCloseTo(HandBuiltForce.H1 + HandBuiltForce.H2, within(EPS));
        assertThat(g1.members()).isEqualTo(2);
        double g1Harm = g1.memberHarm() / g2.memberHarm();
        assertThat(g1.score()).isCloseTo(0.5 * g1Harm + 0.2 * 1.0 + 0.15 + 0.15, within(EPS));
        assertThat(g2.score()).isCloseTo(0.5 + 0.2 * 0.7 + 0.15 + 0.15, within(EPS));
        assertThat(g2.band()).isEqualTo("1A");
        assertThat(g1.band()).isEqualTo("2A");
        assertThat(g1.factors())
                .extracting(GroupPriority.Factor::name)
                .containsExactly("HARM", "CAPABILITY", "COHESION", "REACH");
        assertThat(g1.factors().get(1).detail()).contains("FIREARMS", "H2");
    }

    @Test
    void nationality_ethnicity_and_immigration_status_change_no_score() {
        Snapshot before = snapshot();
        run("""
            MATCH (s:Subject)
            SET s.nationalities = CASE WHEN s.id IN ['H1', 'H3'] THEN ['SOM', 'ALB'] ELSE ['GBR'] END,
                s.ethnicity = CASE WHEN s.id IN ['H2', 'H4'] THEN 'W1' ELSE 'B2' END,
                s.immigrationStatus = CASE WHEN s.id = 'H5' THEN 'BRITISH_CITIZEN' ELSE 'ILLEGAL_ENTRANT' END
            """);
        version.bump("test");
        Snapshot changed = snapshot();
        assertThat(changed.loads()).isGreaterThan(before.loads());
        assertThat(changed.withoutLoads()).isEqualTo(before.withoutLoads());
        run("MATCH (s:Subject) REMOVE s.nationalities, s.ethnicity, s.immigrationStatus");
        version.bump("test");
        assertThat(snapshot().withoutLoads()).isEqualTo(before.withoutLoads());
    }

    private record Snapshot(
            Map<String, Double> harm,
            Map<String, Double> networkHarm,
            List<GroupPriority> groups,
            Map<Measure, Map<String, Double>> centralities,
            Map<String, SubjectHarm> explanations,
            long loads) {
        Snapshot withoutLoads() {
            return new Snapshot(harm, networkHarm, groups, centralities, explanations, 0);
        }
    }

    private Snapshot snapshot() {
        Map<Measure, Map<String, Double>> centralities = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            centralities.put(
                    m, analysis.scores(m, ProjectionFilter.associations()).scores());
        }
        Map<String, SubjectHarm> explanations = new java.util.TreeMap<>();
        for (String id : List.of("H1", "H2", "H3", "H4", "H5", "V1", "W1")) {
            explanations.put(id, harm.snapshot(id));
        }
        return new Snapshot(
                harm.scores(),
                harm.networkHarm(ProjectionFilter.associations()),
                harm.groupPriorities(),
                centralities,
                explanations,
                projections.loadCount());
    }
}
