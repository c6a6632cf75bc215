package uk.nexus.oversight;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nexus.harm.HarmService;

/**
 * Harm as oversight needs it: which subjects have harm above zero (the rest are reviewed for
 * retention) and who the top of the harm ranking is (compared in equality monitoring). The figures
 * are {@link HarmService#scores()}: read fresh on every call (retention decides deletion on them),
 * counting nothing past review (decision 0010); victims, witnesses and people recorded only as
 * "other" have zero harm. Nationality, ethnicity and immigration status are not read.
 */
@Component
public class HarmFigures {

    private final HarmService harm;

    HarmFigures(HarmService harm) {
        this.harm = harm;
    }

    /** Every subject with harm above zero, with its harm. */
    public Map<String, Double> scores() {
        return harm.scores();
    }
    /** Subjects with harm above zero. */
    public Set<String> harmful() {
        return scores().keySet();
    }

    /** The {@code n} most harmful subjects, most harmful first (ties by id). */
    public List<String> top(int n) {
        return scores().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }
}
