package uk.nexus.resolution.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The scan behind the review queue: every survivor's identity record, candidate pairs by {@link
 * Blocking}, each scored by {@link PairScorer}; pairs from POSSIBLE up are stored as open review
 * pairs, except pairs of people already decided on (same, distinct or undecided, under any of their
 * merged records): those are never asked again.
 */
@Component
public class PairScan {

    private final ResolutionStore store;

    PairScan(ResolutionStore store) {
        this.store = store;
    }

    /** What a scan did. */
    public record Result(
            int records,
            long candidatePairs,
            int skippedBlocks,
            int match,
            int possible,
            int alreadyDecided,
            long open,
            long millis,
            List<ResolutionStore.PairRow> pairs) {}

    /** The pair id of two subjects: both ids, smaller first, joined by a colon. */
    public static String pairId(String a, String b) {
        return a.compareTo(b) <= 0 ? a + ":" + b : b + ":" + a;
    }

    /** Scores and stores; returns the figures and the pairs found. */
    public Result run() {
        long start = System.nanoTime();
        List<IdentityRecord> records = store.all();
        Blocking.Candidates candidates = Blocking.candidates(records);
        Set<String> decided = decidedRootPairs();
        NameFrequencies frequencies = NameFrequencies.of(records);
        List<ResolutionStore.PairRow> rows = new ArrayList<>();
        int match = 0;
        int possible = 0;
        int skipped = 0;
        for (int k = 0; k < candidates.count(); k++) {
            IdentityRecord a = records.get(candidates.first(k));
            IdentityRecord b = records.get(candidates.second(k));
            PairScorer.Scored s = PairScorer.score(a, b, frequencies);
            if (s.band() == null) {
                continue;
            }
            String id = pairId(a.id(), b.id());
            if (decided.contains(id)) {
                skipped++;
                continue;
            }
            if (s.band() == uk.nexus.resolution.MatchCandidate.Band.MATCH) {
                match++;
            } else {
                possible++;
            }
            String first = a.id().compareTo(b.id()) <= 0 ? a.id() : b.id();
            String second = first.equals(a.id()) ? b.id() : a.id();
            rows.add(new ResolutionStore.PairRow(
                    id, first, second, s.score(), s.total(), s.band().name(), s.reasons()));
        }
        long open = store.storeScan(rows, UUID.randomUUID().toString());
        return new Result(
                records.size(),
                candidates.count(),
                candidates.skippedBlocks(),
                match,
                possible,
                skipped,
                open,
                (System.nanoTime() - start) / 1_000_000,
                rows);
    }

    /** Pair ids, in survivor terms, of every pair a user has decided on. */
    private Set<String> decidedRootPairs() {
        List<String[]> decided = store.decided();
        Set<String> ids = new HashSet<>();
        decided.forEach(d -> {
            ids.add(d[0]);
            ids.add(d[1]);
        });
        Map<String, String> roots = store.roots(ids);
        Set<String> pairs = new HashSet<>();
        for (String[] d : decided) {
            String ra = roots.getOrDefault(d[0], d[0]);
            String rb = roots.getOrDefault(d[1], d[1]);
            pairs.add(pairId(d[0], d[1]));
            if (!ra.equals(rb)) {
                pairs.add(pairId(ra, rb));
            }
        }
        return pairs;
    }
}
