package uk.nexus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.nexus.seed.ForceGenerator;
import uk.nexus.seed.GenerationSummary;
import uk.nexus.seed.GeneratorSettings;

/**
 * In the demo profile, on first start: generates the fictional force (dated to today, so recency and
 * review dates make sense) as a CSV bundle and loads it through the importer, like any user's data.
 * Recorded as the import run labelled "demo", so later starts do not load it again. Runs before the
 * web server accepts requests.
 */
@Component
@ConditionalOnProperty(name = "nexus.demo.data", havingValue = "true")
class DemoData implements SmartInitializingSingleton {

    static final String LABEL = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final BundleImporter importer;
    private final int subjects;
    private final long seed;

    DemoData(
            BundleImporter importer,
            @Value("${nexus.demo.subjects:5000}") int subjects,
            @Value("${nexus.demo.seed:42}") long seed) {
        this.importer = importer;
        this.subjects = subjects;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (importer.hasCompletedRun(LABEL)) {
            log.info("Demo data already loaded; not loading it again");
            return;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("nexus-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            log.info("First start: generating the demo force ({} subjects, seed {}) and loading it", subjects, seed);
            GenerationSummary summary =
                    new ForceGenerator().generate(GeneratorSettings.defaults(subjects, seed, LocalDate.now()), dir);
            log.info("Generated {} links in {} ms; importing", summary.links(), summary.millis());
            importer.load(dir, LABEL, BundleImporter.Progress.NONE);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
