package uk.nexus.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Generates a fictional London-like force as a Nexus CSV bundle (docs/import-format.md). Deterministic: the same
 * settings give byte-identical files. Streams to disk, keeping only a few dozen bytes per subject in memory.
 *
 * <p>Usage: {@code new ForceGenerator().generate(GeneratorSettings.defaults(), Path.of("bundle"))}.
 */
public final class ForceGenerator {

    /** Written into manifest.json; bump when the output for the same settings changes. */
    public static final String GENERATOR = "nexus-seed-data ForceGenerator 1";

    /**
     * The ground truth of planted duplicates, written beside the bundle's files: {@code duplicate_id,original_id,
     * variations}. Its name starts with {@code _}, so the importer ignores it.
     */
    public static final String TRUTH_FILE = Bundle.TRUTH_FILE;

    public GenerationSummary generate(GeneratorSettings settings, Path outDir) {
        return generate(settings, outDir, line -> {});
    }

    /**
     * Writes the bundle into {@code outDir} (created if missing; the bundle's files in it are replaced).
     *
     * @param progress receives a line per phase (and per tenth of the incidents) on runs of 100,000 subjects or more
     * @throws UncheckedIOException if a file cannot be written
     */
    public GenerationSummary generate(GeneratorSettings settings, Path outDir, Consumer<String> progress) {
        long start = System.nanoTime();
        boolean big = settings.subjects() >= 100_000;
        Consumer<String> phase = big ? progress : line -> {};
        Bundle bundle = new Bundle(outDir);
        try {
            Force f = new Force(settings, bundle, progress::accept);
            Identities names = new Identities(f);
            Intel intel = new Intel(f);
            phase.accept("people");
            Population population = new Population(f);
            population.generate();
            phase.accept("groups");
            Groups groups = new Groups(f, population, intel, names);
            groups.generate();
            phase.accept("locations");
            f.geo.layOut();
            population.resolveHomes();
            f.geo.writeLocations();
            Referrals referrals = new Referrals(f);
            referrals.plan(groups);
            Network network = new Network(f, population, groups, intel, names);
            phase.accept("incidents");
            new Incidents(f, population, groups, intel, names, referrals, network).generate();
            phase.accept("associations");
            network.generate();
            phase.accept("objects and places");
            new Possessions(f, groups, intel, names).generate();
            phase.accept("subjects");
            Subjects subjects = new Subjects(f, names);
            subjects.write();
            subjects.plantDuplicates(outDir, settings.plantDuplicates());
            phase.accept("referrals");
            referrals.write(groups, names);
            writeManifest(settings, outDir);
        } finally {
            bundle.close();
        }
        return new GenerationSummary(outDir, bundle.counts(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void writeManifest(GeneratorSettings s, Path dir) {
        String description = String.format(
                Locale.ROOT,
                "Synthetic data of a fictional London-like force: %d subjects, seed %d, as of %s. Every person, place"
                        + " and event is invented.",
                s.subjects(),
                s.seed(),
                s.asOf());
        String json = "{\n  \"format\": \"nexus-csv-bundle\",\n  \"version\": 1,\n  \"description\": \"" + description
                + "\",\n  \"generator\": \"" + GENERATOR + "\"\n}\n";
        try {
            Files.writeString(dir.resolve("manifest.json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
