package uk.nexus.alert;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Alert settings ({@code nexus.alerts.*}, decision 0641).
 *
 * @param highHarmThreshold harm at or above which a person is high harm (default 500: about a year and
 *     a half of custody at the starting point, proven and recent)
 * @param highHarmTop the top N of the harm ranking also count as high harm (default 0: not used)
 * @param scheduled whether saved rules are evaluated on a schedule and after imports
 * @param every how often the scheduled evaluation runs (default 15 minutes)
 * @param poll how often the graph version is looked at to evaluate after an import (default 30 s)
 */
public record AlertSettings(
        double highHarmThreshold, long highHarmTop, boolean scheduled, Duration every, Duration poll) {

    public static AlertSettings defaults() {
        return new AlertSettings(500, 0, false, Duration.ofMinutes(15), Duration.ofSeconds(30));
    }

    /** Settings with every missing value defaulted. */
    public static AlertSettings of(
            @Nullable Double threshold,
            @Nullable Long top,
            @Nullable Boolean scheduled,
            @Nullable Duration every,
            @Nullable Duration poll) {
        AlertSettings d = defaults();
        return new AlertSettings(
                threshold == null ? d.highHarmThreshold() : threshold,
                top == null ? d.highHarmTop() : top,
                scheduled != null && scheduled,
                every == null ? d.every() : every,
                poll == null ? d.poll() : poll);
    }
}
