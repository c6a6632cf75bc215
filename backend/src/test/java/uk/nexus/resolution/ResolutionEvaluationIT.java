package uk.nexus.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.GraphIT;
import uk.nexus.ingest.BundleImporter;
import uk.nexus.ingest.ImportReport;
import uk.nexus.resolution.internal.PairScan;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GeneratorSettings;

/**
 * The measurement behind the figures in docs/benchmarks.md: a generated force of 5,000 people with 5%
 * planted duplicates (transliterations, nicknames, initials, swapped names, typos, date-of-birth
 * errors), loaded through the importer, scanned; the MATCH threshold must reach precision ≥ 0.95 at
 * recall ≥ 0.9 against the generator's ground truth.
 */
class ResolutionEvaluationIT extends GraphIT {

    @Autowired
    PairScan scan;

    @Test
    void planted_duplicates_are_found_with_precision_095_at_recall_09(@TempDir Path dir) {
        // -Dnexus.resolve-eval.subjects=N measures a bigger force with the same assertions.
        int subjects = Integer.getInteger("nexus.resolve-eval.subjects", 5_000);
        GeneratorSettings settings = GeneratorSettings.defaults(subjects, 42, GeneratorSettings.DEFAULT_AS_OF)
                .withPlantedDuplicates(subjects / 20);
        new ForceGenerator().generate(settings, dir);
        Set<String> truth = ResolutionEvaluation.truth(dir.resolve(ForceGenerator.TRUTH_FILE));
        wipe();
        ImportReport loaded = importer.load(dir, "test", BundleImporter.Progress.NONE);
        PairScan.Result result = scan.run();
        List<ResolutionEvaluation.AtThreshold> figures = ResolutionEvaluation.of(result, truth);
        ResolutionEvalCommand.print(System.out, settings, loaded, result, figures);

        assertThat(truth).hasSize(subjects / 20);
        assertThat(result.candidatePairs())
                .as("blocking, not all pairs")
                .isLessThan((long) result.records() * (result.records() - 1) / 20);
        ResolutionEvaluation.AtThreshold match = figures.getFirst();
        assertThat(match.recall()).as(match.line()).isGreaterThanOrEqualTo(0.9);
        assertThat(match.precision()).as(match.line()).isGreaterThanOrEqualTo(0.95);
        ResolutionEvaluation.AtThreshold possible = figures.get(1);
        assertThat(possible.recall()).as(possible.line()).isGreaterThanOrEqualTo(match.recall());
    }
}
