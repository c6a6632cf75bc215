package uk.nexus.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares per-vertex scores with reference values and lists every mismatch in the failure. */
public final class ScoreAssertions {

    private ScoreAssertions() {}

    public static void assertScoresMatch(
            Map<String, ? extends Number> actual, Map<String, Double> expected, double tolerance) {
        assertThat(new TreeMap<>(actual).keySet()).as("scored vertices").containsExactlyElementsOf(expected.keySet());
        List<String> mismatches = new ArrayList<>();
        double worst = 0;
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            double got = actual.get(e.getKey()).doubleValue();
            double diff = Math.abs(got - e.getValue());
            worst = Math.max(worst, diff);
            if (!(diff <= tolerance)) {
                mismatches.add(e.getKey() + ": expected " + e.getValue() + " got " + got);
            }
        }
        assertThat(mismatches)
                .as("vertices differing by more than %s (worst %s)", tolerance, worst)
                .isEmpty();
    }

    /** Scales values so that the maximum is 1 (all-zero stays zero). */
    public static Map<String, Double> scaledToMaxOne(Map<String, Double> values) {
        double max =
                values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> scaled = new TreeMap<>();
        values.forEach((k, v) -> scaled.put(k, max == 0 ? v : v / max));
        return scaled;
    }
}
