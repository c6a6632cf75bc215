package uk.nexus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessLog;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.NotFoundException;

@WithMockUser(username = "analyst", roles = "ANALYST")
class NetworkExpandIT extends GraphIT {

    @Autowired
    NetworkService networks;

    @Autowired
    AccessLog accessLog;

    @BeforeEach
    void tinyForce() {
        wipe();
        load("tiny");
    }

    private Subnetwork expand(String key, Set<LinkType> types, LocalDate from) {
        return accessLog.withPurpose(TEST_PURPOSE, () -> networks.expand(key, types, from, null, 500));
    }

    private static List<String> keys(Subnetwork n) {
        return n.nodes().stream().map(Subnetwork.Node::key).toList();
    }

    @Test
    void a_gang_expands_to_its_members_with_provenance_and_grade() {
        Subnetwork n = expand("Gang:G1", Set.of(LinkType.MEMBER_OF), null);
        assertThat(n.centre()).isEqualTo("Gang:G1");
        assertThat(keys(n)).containsExactlyInAnyOrder("Gang:G1", "Subject:T1", "Subject:T2");
        assertThat(n.links())
                .allSatisfy(l -> assertThat(l.provenance().source()).isEqualTo("GANGS-1"))
                .extracting(l -> l.provenance().grade())
                .containsExactlyInAnyOrder("1B", "2B");
    }

    @Test
    void the_time_window_applies_to_an_expansion() {
        // T1 left the OCG in mid-2022; T4 is still in it.
        assertThat(keys(expand("Ocg:O1", Set.of(LinkType.MEMBER_OF), null))).contains("Subject:T1", "Subject:T4");
        assertThat(keys(expand("Ocg:O1", Set.of(LinkType.MEMBER_OF), LocalDate.of(2023, 1, 1))))
                .contains("Subject:T4")
                .doesNotContain("Subject:T1");
    }

    @Test
    void bad_and_unknown_node_keys_are_refused() {
        assertThatThrownBy(() -> expand("G1", Set.of(), null)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> expand("Gang:", Set.of(), null)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> expand("Gang:NOPE", Set.of(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> expand("Referral:R1", Set.of(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> expand("Subject:T1') RETURN 1 //", Set.of(), null))
                .isInstanceOf(NotFoundException.class);
    }
}
