package uk.nexus.resolution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pairs of records are worth scoring, without comparing all pairs: records that share a
 * blocking key. Keys: each identifier (PNC, CRO, passport), each phone, each address, the date of
 * birth with day and month in either order, and per name the Double Metaphone codes of surname and
 * first forename in either order, the first forename's code with the month of birth, the
 * surname's code with the year of birth, and the surname's code with day and month of birth (either
 * order). A key held by more than {@link #MAX_BLOCK} records (a
 * common name born in one year, a hostel address) says little and would cost much: it is skipped and
 * counted. Decision 0621.
 */
public final class Blocking {

    /** The largest block whose pairs are compared. */
    public static final int MAX_BLOCK = 400;

    /** The candidate pairs (each {@code i < j}, indices into the records) and how much was skipped. */
    public record Candidates(long[] pairs, int records, int blocks, int skippedBlocks) {

        public int count() {
            return pairs.length;
        }

        public int first(int k) {
            return (int) (pairs[k] >>> 32);
        }

        public int second(int k) {
            return (int) pairs[k];
        }
    }

    private Blocking() {}

    /** The blocking keys of one record. */
    public static Set<String> keys(IdentityRecord r) {
        Set<String> keys = new LinkedHashSet<>();
        if (r.pncId() != null) {
            keys.add("P:" + r.pncId());
        }
        if (r.croNumber() != null) {
            keys.add("C:" + r.croNumber());
        }
        if (r.passportNumber() != null) {
            keys.add("X:" + r.passportNumber());
        }
        r.phones().forEach(p -> keys.add("T:" + p));
        r.addresses().stream().filter(a -> a.startsWith("L:")).forEach(a -> keys.add("A:" + a));
        for (LocalDate d : r.dobs()) {
            int lo = Math.min(d.getDayOfMonth(), d.getMonthValue());
            int hi = Math.max(d.getDayOfMonth(), d.getMonthValue());
            keys.add("D:" + d.getYear() + "-" + lo + "-" + hi);
        }
        for (IdentityRecord.Name n : r.names()) {
            List<String> fore = n.forenameTokens();
            List<String> sur = n.surnameTokens();
            if (sur.isEmpty() || fore.isEmpty()) {
                continue;
            }
            String s = Names.sound(String.join("", sur));
            String f = Names.sound(fore.getFirst());
            keys.add("N:" + (s.compareTo(f) <= 0 ? s + "|" + f : f + "|" + s));
            for (LocalDate d : r.dobs()) {
                keys.add("FM:" + f + "|" + d.getYear() + "-" + d.getMonthValue());
                keys.add("SY:" + s + "|" + d.getYear());
                int lo = Math.min(d.getDayOfMonth(), d.getMonthValue());
                int hi = Math.max(d.getDayOfMonth(), d.getMonthValue());
                keys.add("SM:" + s + "|" + lo + "-" + hi);
            }
        }
        return keys;
    }

    /** The distinct candidate pairs among {@code records}. */
    public static Candidates candidates(List<IdentityRecord> records) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : keys(records.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        long[] pairs = new long[1024];
        int n = 0;
        int skipped = 0;
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2) {
                continue;
            }
            if (block.size() > MAX_BLOCK) {
                skipped++;
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = Math.min(block.get(x), block.get(y));
                    int j = Math.max(block.get(x), block.get(y));
                    if (i == j) {
                        continue;
                    }
                    if (n == pairs.length) {
                        pairs = Arrays.copyOf(pairs, n * 2);
                    }
                    pairs[n++] = ((long) i << 32) | j;
                }
            }
        }
        Arrays.sort(pairs, 0, n);
        int unique = 0;
        for (int k = 0; k < n; k++) {
            if (unique == 0 || pairs[unique - 1] != pairs[k]) {
                pairs[unique++] = pairs[k];
            }
        }
        return new Candidates(Arrays.copyOf(pairs, unique), records.size(), blocks.size(), skipped);
    }
}
