package uk.nexus.network.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's generator: deterministic, exactly the links asked for, and shaped like a gang picture. */
class SyntheticNetworkTest {

    private static final SyntheticNetwork NETWORK = SyntheticNetwork.generate(20_000, 10, 7);

    @Test
    void same_seed_gives_the_same_network_and_another_seed_another() {
        SyntheticNetwork again = SyntheticNetwork.generate(20_000, 10, 7);
        SyntheticNetwork other = SyntheticNetwork.generate(20_000, 10, 8);
        int differentEnds = 0;
        for (int e = 0; e < NETWORK.links(); e++) {
            assertThat(again.source(e)).isEqualTo(NETWORK.source(e));
            assertThat(again.target(e)).isEqualTo(NETWORK.target(e));
            assertThat(again.strength(e)).isEqualTo(NETWORK.strength(e));
            assertThat(again.kind(e)).isEqualTo(NETWORK.kind(e));
            if (other.source(e) != NETWORK.source(e) || other.target(e) != NETWORK.target(e)) {
                differentEnds++;
            }
        }
        for (int i = 0; i < NETWORK.subjects(); i++) {
            assertThat(again.harm(i)).isEqualTo(NETWORK.harm(i));
            assertThat(again.gang(i)).isEqualTo(NETWORK.gang(i));
        }
        assertThat(differentEnds).isGreaterThan(NETWORK.links() * 9 / 10);
    }

    @Test
    void exactly_subjects_times_links_per_subject_distinct_ties_without_self_loops() {
        Set<Long> pairs = new HashSet<>();
        for (int e = 0; e < NETWORK.links(); e++) {
            int a = NETWORK.source(e);
            int b = NETWORK.target(e);
            assertThat(a).isNotEqualTo(b).isBetween(0, 19_999);
            assertThat(b).isBetween(0, 19_999);
            assertThat(pairs.add((long) Math.min(a, b) << 32 | Math.max(a, b)))
                    .as("tie %d-%d repeated", a, b)
                    .isTrue();
            assertThat(NETWORK.strength(e)).isBetween(1, 4);
            assertThat(NETWORK.kind(e)).isIn((Object[]) SyntheticNetwork.KINDS);
        }
        assertThat(NETWORK.links()).isEqualTo(200_000);
        assertThat(SyntheticNetwork.generate(1_000, 3, 1).links()).isEqualTo(3_000);
    }

    @Test
    void degrees_are_heavy_tailed() {
        int[] degree = NETWORK.degrees();
        Arrays.sort(degree);
        double mean = 2.0 * NETWORK.links() / NETWORK.subjects();
        int median = degree[degree.length / 2];
        int max = degree[degree.length - 1];
        // A Poisson graph of mean degree 20 and 20,000 vertices has its maximum near 40.
        assertThat(max).isGreaterThan((int) (8 * mean));
        assertThat(median).isLessThan((int) mean);
        assertThat(degree[degree.length * 99 / 100]).isGreaterThan(2 * median);
    }

    @Test
    void gangs_are_dense_clusters_with_brokers_between_them() {
        long intra = 0;
        long between = 0;
        int[] size = new int[NETWORK.gangCount()];
        for (int i = 0; i < NETWORK.subjects(); i++) {
            if (NETWORK.gang(i) >= 0) {
                size[NETWORK.gang(i)]++;
            }
        }
        for (int e = 0; e < NETWORK.links(); e++) {
            int g = NETWORK.gang(NETWORK.source(e));
            int h = NETWORK.gang(NETWORK.target(e));
            if (g >= 0 && g == h) {
                intra++;
            } else if (g >= 0 && h >= 0) {
                between++;
            }
        }
        long possibleInside = 0;
        for (int s : size) {
            possibleInside += (long) s * (s - 1) / 2;
        }
        long n = NETWORK.subjects();
        double densityInside = (double) intra / possibleInside;
        double densityOverall = NETWORK.links() / (n * (n - 1) / 2.0);
        assertThat(NETWORK.gangCount()).isBetween(200, 500);
        assertThat(densityInside).isGreaterThan(100 * densityOverall);
        assertThat(intra).isGreaterThan(NETWORK.links() / 5);
        assertThat(between).isPositive();
    }

    @Test
    void a_third_of_subjects_carry_no_harm_and_the_rest_some() {
        int none = 0;
        for (int i = 0; i < NETWORK.subjects(); i++) {
            assertThat(NETWORK.harm(i)).isGreaterThanOrEqualTo(0);
            if (NETWORK.harm(i) == 0) {
                none++;
            }
        }
        assertThat(none).isBetween(6_000, 7_300);
    }

    @Test
    void ids_round_trip() {
        assertThat(SyntheticNetwork.id(42)).isEqualTo("B0000042");
        assertThat(SyntheticNetwork.id(12_345_678)).isEqualTo("B12345678");
        assertThat(SyntheticNetwork.index("B0000042")).isEqualTo(42);
        assertThat(SyntheticNetwork.index(SyntheticNetwork.id(999_999))).isEqualTo(999_999);
        assertThatThrownBy(() -> SyntheticNetwork.index("S0000042")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_sizes_it_cannot_make_sparse() {
        assertThatThrownBy(() -> SyntheticNetwork.generate(50, 2, 1)).hasMessageContaining("at least 100");
        assertThatThrownBy(() -> SyntheticNetwork.generate(1_000, 101, 1)).hasMessageContaining("1..100");
        assertThatThrownBy(() -> SyntheticNetwork.generate(1_000, 0, 1)).hasMessageContaining("1..100");
    }
}
