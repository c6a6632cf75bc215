package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void reciprocals_of_integers_add_exactly() {
        Fraction sum = Fraction.reciprocalOf(10).plus(Fraction.reciprocalOf(15));

        assertThat(sum).isEqualTo(Fraction.reciprocalOf(6));
        assertThat(sum.toString()).isEqualTo("1/6");
    }

    @Test
    void reciprocal_of_a_binary_fraction_is_exact() {
        assertThat(Fraction.reciprocalOf(0.5))
                .isEqualTo(Fraction.reciprocalOf(1).plus(Fraction.reciprocalOf(1)));
        assertThat(Fraction.reciprocalOf(0.25).toString()).isEqualTo("4/1");
    }

    @Test
    void order_is_the_order_of_the_rationals() {
        Fraction third = Fraction.reciprocalOf(3);
        Fraction half = Fraction.reciprocalOf(2);

        assertThat(third.compareTo(half)).isNegative();
        assertThat(half.compareTo(third)).isPositive();
        assertThat(Fraction.ZERO.compareTo(third)).isNegative();
    }

    @Test
    void overflowing_denominators_switch_to_arbitrary_precision_and_stay_exact() {
        // product of these primes exceeds 2^63, so the long fast path must overflow
        long[] primes = {1_000_003, 1_000_033, 1_000_037, 1_000_039};
        Fraction sum = Fraction.ZERO;
        for (long p : primes) {
            sum = sum.plus(Fraction.reciprocalOf(p));
        }
        Fraction sameSumOtherOrder = Fraction.ZERO;
        for (int i = primes.length - 1; i >= 0; i--) {
            sameSumOtherOrder = sameSumOtherOrder.plus(Fraction.reciprocalOf(primes[i]));
        }
        Fraction slightlyMore = sum.plus(Fraction.reciprocalOf(1e18));

        assertThat(sum).isEqualTo(sameSumOtherOrder);
        assertThat(sum.compareTo(slightlyMore)).isNegative();
        assertThat(sum.toString()).hasSizeGreaterThan(40);
    }
}
