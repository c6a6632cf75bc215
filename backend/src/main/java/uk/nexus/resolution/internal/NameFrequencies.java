package uk.nexus.resolution.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How common each surname and forename is among the records compared, for frequency-based agreement
 * weights as in Fellegi–Sunter: two records agreeing on a rare name ("Leka") is stronger evidence than
 * agreeing on a common one ("Williams"). The adjustment is half the log₂ of how much rarer (or
 * commoner) the name is than one record in {@value #REFERENCE_SHARE_INVERSE}, capped to −1.0…+0.5 per name part.
 * Relative frequencies, so the weights do not drift with the size of the force.
 */
public final class NameFrequencies {

    /** One record in this many carries a name of ordinary frequency (adjustment 0). */
    static final int REFERENCE_SHARE_INVERSE = 200;

    /** No adjustment (a single claim, with nothing to count against). */
    public static final NameFrequencies NONE = new NameFrequencies(Map.of(), 0);

    private final Map<String, Integer> surnames;
    private final int records;

    private NameFrequencies(Map<String, Integer> tokens, int records) {
        this.surnames = tokens;
        this.records = records;
    }

    /** Counts, per record, each canonical surname and first forename among its names, as one table. */
    public static NameFrequencies of(List<IdentityRecord> records) {
        Map<String, Integer> surnames = new HashMap<>();
        for (IdentityRecord r : records) {
            Set<String> s = new HashSet<>();
            Set<String> f = new HashSet<>();
            for (IdentityRecord.Name n : r.names()) {
                List<String> sur = n.surnameTokens();
                List<String> fore = n.forenameTokens();
                if (!sur.isEmpty()) {
                    s.add(Names.canonical(String.join("", sur)));
                }
                if (!fore.isEmpty()) {
                    f.add(Names.canonical(fore.getFirst()));
                }
            }
            // A token counts wherever it appears ("Jack Smith" and "Smith Jack"), so swapped names weigh
            // the same either way round.
            s.addAll(f);
            s.forEach(x -> surnames.merge(x, 1, Integer::sum));
        }
        return new NameFrequencies(Map.copyOf(surnames), records.size());
    }

    /** The weight adjustment for agreeing on this surname (normalised tokens). */
    double surname(List<String> tokens) {
        return adjust(surnames, tokens.isEmpty() ? "" : Names.canonical(String.join("", tokens)));
    }

    /** The weight adjustment for agreeing on this first forename (normalised tokens). */
    double forename(List<String> tokens) {
        return adjust(surnames, tokens.isEmpty() ? "" : Names.canonical(tokens.getFirst()));
    }

    private double adjust(Map<String, Integer> counts, String name) {
        if (records < REFERENCE_SHARE_INVERSE || name.length() < 2) {
            return 0;
        }
        int n = Math.max(1, counts.getOrDefault(name, 1));
        double share = n / (double) records;
        double bits = 0.5 * Math.log(1.0 / REFERENCE_SHARE_INVERSE / share) / Math.log(2);
        return Math.max(-1.0, Math.min(0.5, bits));
    }
}
