package uk.nexus.resolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.nexus.resolution.internal.PairScan;

/**
 * Precision and recall of a scan against the ground truth of planted duplicates (the generator's
 * {@code _duplicates-truth.csv}): at the MATCH threshold (pairs scored MATCH) and at the POSSIBLE
 * threshold (every pair proposed). A true pair is (duplicate, original); any other pair proposed is
 * a false positive, even between two generated people who merely look alike.
 */
public final class ResolutionEvaluation {

    private ResolutionEvaluation() {}

    /** Figures at one threshold. */
    public record AtThreshold(String band, int proposed, int correct, int truth, double precision, double recall) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public String line() {
            return String.format(
                    Locale.ROOT,
                    "%-8s proposed %,7d  correct %,6d of %,6d  precision %.3f  recall %.3f  F1 %.3f",
                    band,
                    proposed,
                    correct,
                    truth,
                    precision,
                    recall,
                    f1());
        }
    }

    /** Pair ids of the planted duplicates. */
    public static Set<String> truth(Path truthFile) {
        try {
            Set<String> pairs = new HashSet<>();
            List<String> lines = Files.readAllLines(truthFile, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                pairs.add(PairScan.pairId(cells[0].strip(), cells[1].strip()));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Figures at a band: MATCH counts MATCH pairs only, POSSIBLE counts every pair proposed. */
    public static AtThreshold at(String band, List<String> proposedPairIds, Set<String> truth) {
        int correct = (int) proposedPairIds.stream().filter(truth::contains).count();
        double precision = proposedPairIds.isEmpty() ? 1 : correct / (double) proposedPairIds.size();
        double recall = truth.isEmpty() ? 1 : correct / (double) truth.size();
        return new AtThreshold(band, proposedPairIds.size(), correct, truth.size(), precision, recall);
    }

    /** Both thresholds of a scan's result. */
    public static List<AtThreshold> of(PairScan.Result scan, Set<String> truth) {
        List<String> match = scan.pairs().stream()
                .filter(p -> p.band().equals("MATCH"))
                .map(p -> p.id())
                .toList();
        List<String> all = scan.pairs().stream().map(p -> p.id()).toList();
        return List.of(at("MATCH", match, truth), at("POSSIBLE", all, truth));
    }
}
