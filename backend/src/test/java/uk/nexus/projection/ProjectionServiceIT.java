package uk.nexus.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.GraphIT;
import uk.nexus.harm.HandBuiltForce;
import uk.nexus.network.LinkType;
import uk.nexus.web.BadRequestException;

class ProjectionServiceIT extends GraphIT {

    @Autowired
    ProjectionService projections;

    @BeforeEach
    void force() {
        wipe();
        HandBuiltForce.create(driver);
    }

    @Test
    void associations_make_an_undirected_weighted_graph_without_rivals_or_past_review_subjects() {
        Projection p = projections.projection(ProjectionFilter.associations());
        var g = p.graph();
        assertThat(g.vertexSet()).containsExactlyInAnyOrder("H1", "H2", "H3", "H4", "H5", "V1", "W1");
        assertThat(p.linkCount()).isEqualTo(6);
        assertThat(g.getEdgeWeight(g.getEdge("H2", "H1"))).isEqualTo(2.0);
        assertThat(g.getEdge("H1", "H5")).as("rival").isNull();
        assertThat(g.degreeOf("W1")).isZero();
    }

    @Test
    void tie_strengths_of_several_records_are_summed_whatever_their_direction() {
        run("""
            MATCH (a:Subject {id: 'H2'}), (b:Subject {id: 'H1'})
            CREATE (a)-[:ASSOCIATE_OF {kind: 'FAMILY', weight: 0.5, basis: 'FACT', source: 'A-9'}]->(b)
            """);
        projections.invalidate();
        var g = projections.projection(ProjectionFilter.associations()).graph();
        assertThat(g.getEdgeWeight(g.getEdge("H1", "H2"))).isEqualTo(2.5);
    }

    @Test
    void minimum_grade_and_time_window_filter_the_ties() {
        var graded = projections
                .projection(ProjectionFilter.of(null, "2B", null, null))
                .graph();
        assertThat(graded.getEdge("H2", "H3")).as("3C intelligence").isNull();
        assertThat(graded.getEdge("H1", "H2")).as("fact").isNotNull();
        var recent = projections
                .projection(ProjectionFilter.of(null, null, LocalDate.of(2020, 1, 1), null))
                .graph();
        assertThat(recent.getEdge("H3", "H4")).as("ended 2015").isNull();
        var old = projections
                .projection(ProjectionFilter.of(null, null, null, LocalDate.of(2016, 1, 1)))
                .graph();
        assertThat(old.getEdge("H3", "H4")).isNotNull();
        assertThat(old.edgeSet()).hasSize(6);
    }

    @Test
    void co_offending_ties_offenders_and_suspects_of_the_same_incident_weighted_by_incidents_shared() {
        Projection p = projections.projection(ProjectionFilter.coOffending());
        var g = p.graph();
        // I1: H1 offender, H2 suspect (H6 past review, V1 victim, W1 witness do not count); I4: H4 alone.
        assertThat(p.linkCount()).isEqualTo(1);
        assertThat(g.getEdgeWeight(g.getEdge("H1", "H2"))).isEqualTo(1.0);
        run("""
            MATCH (a:Subject {id: 'H1'}), (b:Subject {id: 'H2'}), (o:Offence {code: 'COMMON_ASSAULT'})
            CREATE (i:Incident {id: 'I9', type: 'CRIME_REPORT', occurredAt: datetime(), reviewDate: date() + duration('P1Y')})
            CREATE (i)-[:CLASSIFIED_AS]->(o)
            CREATE (a)-[:INVOLVED_IN {category: 'OFFENDER', outcome: 'ARRESTED', basis: 'FACT', source: 'x'}]->(i)
            CREATE (b)-[:INVOLVED_IN {category: 'OFFENDER', outcome: 'ARRESTED', basis: 'FACT', source: 'x'}]->(i)
            """);
        var again = projections.projection(ProjectionFilter.coOffending()).graph();
        assertThat(again.getEdgeWeight(again.getEdge("H1", "H2")))
                .as("two shared incidents")
                .isEqualTo(2.0);
    }

    @Test
    void a_projection_is_cached_until_the_graph_changes() {
        long loads = projections.loadCount();
        Projection first = projections.projection(ProjectionFilter.associations());
        Projection second = projections.projection(ProjectionFilter.associations());
        assertThat(second).isSameAs(first);
        assertThat(projections.loadCount()).isEqualTo(loads + 1);
        // A write through Nexus bumps the graph version: the next use reloads.
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("MATCH (s:Subject {id: 'H5'})-[r:ASSOCIATE_OF]-() SET r.weight = 4.0")
                        .consume();
                uk.nexus.neo4j.GraphVersion.bump(tx, "test");
            });
        }
        Projection third = projections.projection(ProjectionFilter.associations());
        assertThat(third).isNotSameAs(first);
        assertThat(third.graph().getEdgeWeight(third.graph().getEdge("H4", "H5")))
                .isEqualTo(4.0);
        // A write from outside that changes the counts is seen too.
        run(
                "MATCH (a:Subject {id: 'W1'}), (b:Subject {id: 'H5'}) CREATE (a)-[:ASSOCIATE_OF {kind: 'ASSOCIATE', weight: 1.0, source: 'y'}]->(b)");
        assertThat(projections
                        .projection(ProjectionFilter.associations())
                        .graph()
                        .getEdge("W1", "H5"))
                .isNotNull();
    }

    @Test
    void groups_and_places_cannot_tie_people() {
        assertThatThrownBy(() -> new ProjectionFilter(Set.of(LinkType.MEMBER_OF), null, null, null))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("MEMBER_OF");
        assertThatThrownBy(() -> ProjectionFilter.of(null, "9Z", null, null)).isInstanceOf(BadRequestException.class);
    }
}
