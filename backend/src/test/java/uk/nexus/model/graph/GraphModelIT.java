package uk.nexus.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.GraphIT;

/** What the importer writes is exactly what the entity mapping reads: one model, not two. */
class GraphModelIT extends GraphIT {

    @Autowired
    SubjectNodeRepository subjects;

    @Autowired
    IncidentNodeRepository incidents;

    @Autowired
    IntelReportNodeRepository intel;

    @Autowired
    ReferralNodeRepository referrals;

    @Autowired
    CheckNodeRepository checks;

    @Autowired
    OffenceNodeRepository offences;

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
    }

    @Test
    void a_subject_maps_with_every_kind_of_link_and_its_provenance() {
        SubjectNode t1 = subjects.findById("T1").orElseThrow();

        assertThat(t1.getSurname()).isEqualTo("Okonkwo-Reyes");
        assertThat(t1.getDob()).isEqualTo(LocalDate.of(1998, 4, 12));
        assertThat(t1.getNationalities()).containsExactly("NGA");
        assertThat(t1.getFlags()).containsExactly("VIOLENCE", "WEAPONS");
        assertThat(t1.getAliases()).singleElement().satisfies(a -> {
            assertThat(a.getAlias().getForenames()).isEqualTo("Dash");
            assertThat(a.provenance().source()).isEqualTo("CUSTODY-88");
        });
        assertThat(t1.getMemberships()).hasSize(2).anySatisfy(m -> {
            assertThat(m.getGroup().getId()).isEqualTo("G1");
            assertThat(m.getGroup().isOcg()).isFalse();
            assertThat(m.getRole()).isEqualTo("LEADER");
            assertThat(m.provenance().grade()).isEqualTo("1B");
            assertThat(m.provenance().validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        });
        assertThat(t1.getInvolvements()).hasSize(2).anySatisfy(i -> {
            assertThat(i.getIncident().getId()).isEqualTo("I2");
            assertThat(i.getCategory()).isEqualTo("SUSPECT");
            assertThat(i.getOutcome()).isEqualTo("SUSPECTED");
            assertThat(i.provenance().basis()).isEqualTo("ASSESSMENT");
        });
        assertThat(t1.getPhones())
                .singleElement()
                .satisfies(p -> assertThat(p.getPhone().getNumber()).isEqualTo("+44 7700 900123"));
        assertThat(t1.getVehicles()).isEmpty();
        assertThat(t1.getLocations())
                .singleElement()
                .satisfies(l -> assertThat(l.getKind()).isEqualTo("HOME"));
        assertThat(t1.getConvictions()).singleElement().satisfies(c -> {
            assertThat(c.getConviction().isOverseas()).isTrue();
            assertThat(c.getConviction().getOffence().getFirst().getOffence().getCode())
                    .isEqualTo("ROBBERY_PERSONAL");
        });
    }

    @Test
    void a_victim_is_mapped_as_a_victim_with_no_outcome() {
        SubjectNode t3 = subjects.findById("T3").orElseThrow();
        assertThat(t3.getInvolvements()).singleElement().satisfies(i -> {
            assertThat(i.getCategory()).isEqualTo("VICTIM");
            assertThat(i.getOutcome()).isNull();
        });
    }

    @Test
    void incidents_intelligence_referrals_and_checks_map_with_their_links() {
        IncidentNode i2 = incidents.findById("I2").orElseThrow();
        assertThat(i2.getOffence()).singleElement().satisfies(o -> {
            assertThat(o.getOffence().getHarmDays()).isEqualTo(1825.0);
            assertThat(o.provenance().source()).isEqualTo("CRIS-1002");
        });
        assertThat(i2.getPlace())
                .singleElement()
                .satisfies(p -> assertThat(p.getLocation().getId()).isEqualTo("L1"));

        IntelReportNode n2 = intel.findById("N2").orElseThrow();
        assertThat(n2.getHandling()).isEqualTo("C");
        assertThat(n2.getHandlingConditions()).contains("source handler");
        assertThat(n2.getMentions()).singleElement().satisfies(m -> {
            assertThat(m.getSubject().getId()).isEqualTo("T4");
            assertThat(m.provenance().grade()).isEqualTo("1B");
            assertThat(m.provenance().handling()).isEqualTo("C");
        });

        ReferralNode r1 = referrals.findById("R1").orElseThrow();
        assertThat(r1.getOutcome()).isEqualTo("LIVE_INVESTIGATION");
        assertThat(r1.getApprovedBy()).isNotEqualTo(r1.getCreatedBy());
        assertThat(r1.getSubject())
                .singleElement()
                .satisfies(s -> assertThat(s.getSubject().getId()).isEqualTo("T1"));
        assertThat(r1.getOriginator())
                .singleElement()
                .satisfies(o -> assertThat(o.getOriginator().getName()).isEqualTo("TP Custody"));

        CheckNode k1 = checks.findById("K1").orElseThrow();
        assertThat(k1.getResult()).isEqualTo("TRACE");
        assertThat(k1.getSubject())
                .singleElement()
                .satisfies(s -> assertThat(s.getSubject().getId()).isEqualTo("T1"));
    }

    @Test
    void the_offence_table_is_loaded_at_start_up_with_its_version() {
        OffenceNode murder = offences.findById("MURDER").orElseThrow();
        assertThat(murder.getHarmDays()).isEqualTo(5475.0);
        assertThat(murder.getTableVersion()).isEqualTo("v1");
        assertThat(offences.count()).isEqualTo(48);
    }
}
