package uk.nexus.harm;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Harm configuration ({@code nexus.harm.*}); the defaults are decision 0303's.
 *
 * @param halfLifeYears recency half-life (years)
 * @param evidence evidence weight by outcome
 * @param intelligence weight of intelligence (basis ASSESSMENT or outcome SUSPECTED on a grade) for
 *     the best grade (1A); scaled by {@code sourceFactor} and {@code intelligenceFactor}
 * @param sourceFactor 3x5x2 source evaluation 1..3 → factor
 * @param intelligenceFactor 3x5x2 intelligence assessment A..E → factor
 * @param networkBeta decay per hop of network harm
 */
@ConfigurationProperties("nexus.harm")
public record HarmSettings(
        @DefaultValue("2.0") double halfLifeYears,

        @DefaultValue({
            "CONVICTED=1.0",
            "CHARGED=0.7",
            "CAUTIONED=0.7",
            "ARRESTED=0.4",
            "NO_FURTHER_ACTION=0.2",
            "SUSPECTED=0.2"
        })
        Map<String, Double> evidence,

        @DefaultValue("0.3") double intelligence,
        @DefaultValue({"1=1.0", "2=0.7", "3=0.4"}) Map<String, Double> sourceFactor,

        @DefaultValue({"A=1.0", "B=0.8", "C=0.6", "D=0.3", "E=0.0"})
        Map<String, Double> intelligenceFactor,

        @DefaultValue("0.5") double networkBeta) {

    public HarmSettings {
        if (!(halfLifeYears > 0)) {
            throw new IllegalArgumentException("nexus.harm.half-life-years must be > 0");
        }
        if (!(networkBeta > 0) || networkBeta >= 1) {
            throw new IllegalArgumentException("nexus.harm.network-beta must be in (0, 1)");
        }
    }

    /** Defaults, for tests and the command line. */
    public static HarmSettings defaults() {
        return new HarmSettings(
                2.0,
                Map.of(
                        "CONVICTED", 1.0,
                        "CHARGED", 0.7,
                        "CAUTIONED", 0.7,
                        "ARRESTED", 0.4,
                        "NO_FURTHER_ACTION", 0.2,
                        "SUSPECTED", 0.2),
                0.3,
                Map.of("1", 1.0, "2", 0.7, "3", 0.4),
                Map.of("A", 1.0, "B", 0.8, "C", 0.6, "D", 0.3, "E", 0.0),
                0.5);
    }
}
