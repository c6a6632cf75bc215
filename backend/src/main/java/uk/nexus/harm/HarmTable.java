package uk.nexus.harm;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Every subject's harm at one graph version, for rankings and propagation (the explanations are
 * computed per subject on demand, {@link HarmService#explain}).
 *
 * @param harm harm of every subject with harm above zero
 * @param capabilities per subject, the capabilities its scored offending shows (FIREARMS,
 *     SERIOUS_VIOLENCE, DRUGS, EXPLOITATION)
 * @param offenceTable offence-table version
 * @param asOf the day of the scores
 * @param fingerprint the graph fingerprint they were computed at
 */
public record HarmTable(
        Map<String, Double> harm,
        Map<String, Set<String>> capabilities,
        String offenceTable,
        LocalDate asOf,
        String fingerprint) {}
