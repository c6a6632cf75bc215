package uk.nexus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.ingest.internal.BundleSplitter;
import uk.nexus.ingest.internal.NodeKind;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * "Load the valid rows and quarantine the rest" (decision 0610): splits the bundle into a clean bundle
 * and a quarantine bundle ({@link BundleSplitter}), loads the clean one through {@link
 * BundleImporter#load} (the same validation and writing as any import) and leaves the quarantine bundle,
 * in the same format with {@code _errors.csv}, for the user to fix and load with the normal import.
 * Problems of whole files (manifest, unknown file, header, encoding) cannot be quarantined row by row:
 * the bundle is then refused and nothing is written, as without quarantine.
 */
@Component
public class QuarantiningImporter {

    private final BundleImporter importer;
    private final Driver driver;
    private final String database;
    private final AccessLog accessLog;

    public QuarantiningImporter(
            BundleImporter importer, Driver driver, NexusNeo4jProperties properties, AccessLog accessLog) {
        this.importer = importer;
        this.driver = driver;
        this.database = properties.database();
        this.accessLog = accessLog;
    }

    /**
     * What a quarantining import did.
     *
     * @param loaded the import of the valid rows
     * @param quarantinedByFile rows quarantined per file
     * @param errors the errors of the quarantined rows (at most {@link BundleImporter#ERROR_LIMIT})
     * @param totalErrors all errors, listed or not (all are in the quarantine's {@code _errors.csv})
     * @param quarantine the quarantine bundle, or null when every row was valid
     */
    public record Report(
            ImportReport loaded,
            Map<String, Long> quarantinedByFile,
            List<ImportError> errors,
            long totalErrors,
            @Nullable Path quarantine) {

        public long quarantinedRows() {
            return quarantinedByFile.values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /**
     * Loads the valid rows of the bundle in {@code directory} and writes the others to {@code
     * quarantine} (which must not exist or be empty).
     *
     * @throws BundleRejectedException when a whole file is at fault; then nothing was written
     */
    public Report load(Path directory, Path quarantine, String label, BundleImporter.Progress progress) {
        checkEmpty(quarantine);
        Path clean = null;
        try {
            clean = Files.createTempDirectory("nexus-import-clean-");
            BundleSplitter.Split split = new BundleSplitter(
                            directory,
                            this::existing,
                            this::weights,
                            (file, records) -> progress.update("quarantine", file, records))
                    .split(clean, quarantine);
            if (split.fileProblems().any()) {
                List<ImportError> all = new ArrayList<>(split.fileProblems().kept());
                all.addAll(split.errors());
                throw new BundleRejectedException(
                        all.subList(0, Math.min(all.size(), BundleImporter.ERROR_LIMIT)),
                        split.fileProblems().total() + split.errors().size());
            }
            ImportReport loaded = importer.load(clean, label, progress);
            List<ImportError> errors = split.errors();
            return new Report(
                    loaded,
                    split.quarantined(),
                    List.copyOf(errors.subList(0, Math.min(errors.size(), BundleImporter.ERROR_LIMIT))),
                    errors.size(),
                    split.quarantinedRows() > 0 ? quarantine : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (clean != null) {
                deleteTree(clean);
            }
        }
    }

    /** {@link #load} by someone at the command line. */
    public Report loadFromCommandLine(Path directory, Path quarantine, String label, BundleImporter.Progress progress) {
        return accessLog.runAs(Actor.commandLine(), () -> load(directory, quarantine, label, progress));
    }

    private static void checkEmpty(Path quarantine) {
        if (Files.exists(quarantine)) {
            try (Stream<Path> files = Files.list(quarantine)) {
                if (files.findAny().isPresent()) {
                    throw new IllegalArgumentException(
                            "the quarantine directory must be new or empty, so no earlier quarantine is mixed in: "
                                    + quarantine);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Set<String> existing(NodeKind kind, Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Set<String> found = new HashSet<>();
        try (Session session = session()) {
            for (int from = 0; from < all.size(); from += 10_000) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 10_000));
                found.addAll(session.executeRead(tx -> tx.run(
                                "UNWIND $ids AS id MATCH (n:%s {%s: id}) RETURN n.%s AS id"
                                        .formatted(kind.label(), kind.key(), kind.key()),
                                Map.of("ids", chunk))
                        .list(r -> r.get("id").asString())));
            }
        }
        return found;
    }

    private Map<String, Double> weights(Collection<String> codes) {
        Map<String, Double> found = new HashMap<>();
        try (Session session = session()) {
            session.executeRead(tx -> tx.run(
                                    "UNWIND $codes AS code MATCH (o:Offence {code: code}) RETURN o.code AS code, o.harmDays AS days",
                                    Map.of("codes", List.copyOf(codes)))
                            .list())
                    .forEach(r ->
                            found.put(r.get("code").asString(), r.get("days").asDouble()));
        }
        return found;
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // idem
        }
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }
}
