package uk.nexus.oversight;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nexus.oversight.internal.OversightQueries;

/**
 * Harm as oversight needs it: which subjects have harm above zero (the rest are reviewed for
 * retention) and who the top of the harm ranking is (compared in equality monitoring).
 *
 * <p><b>Interim rule, until the harm feature's {@code HarmService} is on main:</b> a subject's harm is
 * the sum, over its {@code OFFENDER}/{@code SUSPECT} involvements in incidents, and its convictions not
 * concluding a UK incident, of the offence's harm weight in days (at least one day each), counting
 * nothing past review: not the subject, not the incident (decision 0010). So a subject has zero harm
 * when it has no such involvement and no such conviction in review; victims, witnesses and people
 * recorded only as "other" always do. Nationality, ethnicity and immigration status are not read.
 *
 * <p>Switching to {@code HarmService} means replacing the body of {@link #scores()} and nothing else.
 */
@Component
public class HarmFigures {

    private final OversightQueries queries;

    HarmFigures(OversightQueries queries) {
        this.queries = queries;
    }

    /** Every subject with harm above zero, with its harm. */
    public Map<String, Double> scores() {
        return queries.interimHarm();
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
