package uk.nexus.oversight;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Equality monitoring settings ({@code nexus.equality.*}).
 *
 * @param disproportionRatio a group's share divided by its share of the baseline at or above which it
 *     is flagged (default 1.5)
 * @param minCount fewer people than this in a group are shown but never flagged: too few to judge
 *     (default 5)
 * @param topN how many of the harm ranking are compared (default 100)
 */
@ConfigurationProperties("nexus.equality")
public record EqualityProperties(Double disproportionRatio, Integer minCount, Integer topN) {

    public EqualityProperties {
        disproportionRatio = disproportionRatio == null ? 1.5 : disproportionRatio;
        minCount = minCount == null ? 5 : minCount;
        topN = topN == null ? 100 : topN;
        if (disproportionRatio <= 1.0) {
            throw new IllegalStateException("nexus.equality.disproportion-ratio must be above 1");
        }
    }
}
