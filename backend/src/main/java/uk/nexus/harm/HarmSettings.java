package uk.nexus.harm;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Harm configuration ({@code nexus.harm.*}, bound by {@link HarmService}); the defaults are decision
 * 0303's.
 *
 * @param halfLifeYears recency half-life (years)
 * @param evidence evidence weight by outcome
 * @param intelligence weight of intelligence (basis ASSESSMENT or outcome SUSPECTED on a grade) for
 *     the best grade (1A); scaled by {@code sourceFactor} and {@code intelligenceFactor}
 * @param sourceFactor 3x5x2 source evaluation 1..3 → factor
 * @param intelligenceFactor 3x5x2 intelligence assessment A..E → factor
 * @param networkBeta decay per hop of network harm
 */
public record HarmSettings(
        @DefaultValue("2.0") double halfLifeYears,
        @Nullable Map<String, Double> evidence,
        @DefaultValue("0.3") double intelligence,
        @Nullable Map<String, Double> sourceFactor,
        @Nullable Map<String, Double> intelligenceFactor,
        @DefaultValue("0.5") double networkBeta) {

    public HarmSettings {
        evidence = merged(DEFAULT_EVIDENCE, evidence);
        sourceFactor = merged(DEFAULT_SOURCE, sourceFactor);
        intelligenceFactor = merged(DEFAULT_INTELLIGENCE, intelligenceFactor);
        if (!(halfLifeYears > 0)) {
            throw new IllegalArgumentException("nexus.harm.half-life-years must be > 0");
        }
        if (!(networkBeta > 0) || networkBeta >= 1) {
            throw new IllegalArgumentException("nexus.harm.network-beta must be in (0, 1)");
        }
    }

    private static final Map<String, Double> DEFAULT_EVIDENCE = Map.of(
            "CONVICTED", 1.0,
            "CHARGED", 0.7,
            "CAUTIONED", 0.7,
            "ARRESTED", 0.4,
            "NO_FURTHER_ACTION", 0.2,
            "SUSPECTED", 0.2);
    private static final Map<String, Double> DEFAULT_SOURCE = Map.of("1", 1.0, "2", 0.7, "3", 0.4);
    private static final Map<String, Double> DEFAULT_INTELLIGENCE =
            Map.of("A", 1.0, "B", 0.8, "C", 0.6, "D", 0.3, "E", 0.0);

    /** The defaults of decision 0303. */
    public static HarmSettings defaults() {
        return new HarmSettings(2.0, null, 0.3, null, null, 0.5);
    }

    /** Configured entries over the defaults, so one weight can be changed alone. */
    private static Map<String, Double> merged(Map<String, Double> defaults, @Nullable Map<String, Double> configured) {
        Map<String, Double> all = new HashMap<>(defaults);
        if (configured != null) {
            // Keys as the tables spell them, however the configuration source cased them.
            configured.forEach((k, v) -> all.put(k.toUpperCase(java.util.Locale.ROOT), v));
        }
        return Map.copyOf(all);
    }
}
