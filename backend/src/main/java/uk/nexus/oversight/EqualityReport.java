package uk.nexus.oversight;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Equality monitoring: the mix of nationalities (and of ethnicities, where recorded) among the people
 * referred to immigration enforcement and among the top of the harm ranking, against the custody
 * population in the data. Only foreign nationals can be referred, so referrals are compared with the
 * foreign-national part of the custody population; the ranking with all of it. A person with several
 * nationalities counts for each of them in equal parts, so every population adds up to its size.
 *
 * @param generatedAt when
 * @param ratio the disproportion ratio at or above which a group is flagged
 * @param minCount the smallest group that can be flagged
 * @param topN how much of the ranking is compared
 * @param harmRule how the ranking was computed
 * @param custody people with a custody event (not as victim or witness)
 * @param foreignCustody of those, people with a recorded nationality that is not British
 * @param referred people referred (any state but draft)
 * @param ranked people in the top {@code topN} of the ranking
 * @param nationality the comparison by nationality
 * @param ethnicity the comparison by self-defined ethnicity (census 2021 codes), not recorded shown apart
 */
public record EqualityReport(
        Instant generatedAt,
        double ratio,
        int minCount,
        int topN,
        String harmRule,
        long custody,
        long foreignCustody,
        long referred,
        long ranked,
        List<Row> nationality,
        List<Row> ethnicity) {

    /**
     * One group.
     *
     * @param group the nationality (ISO 3166-1 alpha-3) or ethnicity code, or {@code NOT RECORDED}
     * @param custody people in custody in the group
     * @param custodyShare their share of the custody population
     * @param foreignCustody foreign nationals in custody in the group
     * @param foreignCustodyShare their share of the foreign-national custody population
     * @param referred people referred in the group
     * @param referredShare their share of those referred
     * @param referredRatio {@code referredShare / foreignCustodyShare}; null when the group has no
     *     foreign nationals in custody
     * @param referredFlag the ratio is at or above the threshold and the group is big enough
     * @param ranked people in the top of the ranking in the group
     * @param rankedShare their share of the top of the ranking
     * @param rankedRatio {@code rankedShare / custodyShare}; null when nobody of the group is in custody
     * @param rankedFlag the ratio is at or above the threshold and the group is big enough
     */
    public record Row(
            String group,
            double custody,
            double custodyShare,
            double foreignCustody,
            double foreignCustodyShare,
            double referred,
            double referredShare,
            @Nullable Double referredRatio,
            boolean referredFlag,
            double ranked,
            double rankedShare,
            @Nullable Double rankedRatio,
            boolean rankedFlag) {}
}
