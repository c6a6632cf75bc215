package uk.nexus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.nexus.audit.AccessEvent;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.audit.Records;
import uk.nexus.ingest.internal.BundleSchema;
import uk.nexus.ingest.internal.CoreGraph;
import uk.nexus.ingest.internal.FileSpec;
import uk.nexus.ingest.internal.Manifest;
import uk.nexus.ingest.internal.NodeKind;
import uk.nexus.ingest.internal.Problems;
import uk.nexus.ingest.internal.Row;
import uk.nexus.ingest.internal.SpecReader;
import uk.nexus.neo4j.EmbeddedNeo4j;
import uk.nexus.neo4j.GraphVersion;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * Loads a CSV bundle (docs/import-format.md) into the graph in two passes. The first reads every
 * file to the end, validates every row and every reference (against the bundle and the database)
 * and collects all errors; if there is any, nothing is written and {@link BundleRejectedException}
 * lists them. The second writes in batches with MERGE on natural keys, so loading the same bundle
 * again changes nothing, and an import that was interrupted is completed by running it again. Each
 * run is recorded as an {@code (:ImportRun)} node.
 *
 * <p>This is the system's own loader (demo data, the {@code import} command); a user-facing upload
 * goes through a service that checks the caller's role first.
 */
@Component
public class BundleImporter {

    /** Errors listed in a rejection; all are counted. */
    public static final int ERROR_LIMIT = 1_000;

    private static final Logger log = LoggerFactory.getLogger(BundleImporter.class);
    private static final int MAX_UNRESOLVED = 200_000;

    /** Rows per transaction of the in-process writer with one writer thread (decision 0601). */
    static final int CORE_BATCH = 20_000;

    /** Writer threads of the in-process writer: one per core, two at most (decision 0601). */
    static final int WRITERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final Driver driver;
    private final String database;
    private final int batchSize;
    private final AccessLog accessLog;
    private final @Nullable GraphDatabaseService embedded;
    private final int writers;

    @Autowired
    public BundleImporter(
            Driver driver, NexusNeo4jProperties properties, AccessLog accessLog, Optional<EmbeddedNeo4j> embedded) {
        this(
                driver,
                properties.database(),
                5_000,
                accessLog,
                embedded.map(e -> e.database(properties.database())).orElse(null));
    }

    /**
     * @param embedded the embedded database to write to in-process, or null to write with Cypher over
     *     the driver (an external server)
     */
    BundleImporter(
            Driver driver,
            String database,
            int batchSize,
            AccessLog accessLog,
            @Nullable GraphDatabaseService embedded) {
        this(driver, database, batchSize, accessLog, embedded, WRITERS);
    }

    BundleImporter(
            Driver driver,
            String database,
            int batchSize,
            AccessLog accessLog,
            @Nullable GraphDatabaseService embedded,
            int writers) {
        this.driver = driver;
        this.database = database;
        this.batchSize = batchSize;
        this.accessLog = accessLog;
        this.embedded = embedded;
        this.writers = writers;
    }

    /** True when rows are written in-process into the embedded database rather than with Cypher over Bolt. */
    public boolean writesInProcess() {
        return embedded != null;
    }

    /** Told how far an import has got. */
    @FunctionalInterface
    public interface Progress {
        /** {@code rows} rows of {@code file} done in phase {@code phase} ("validate" or "write"). */
        void update(String phase, String file, long rows);

        /**
         * The rows phase {@code phase} will go through, told before it starts: for "validate" an
         * estimate from the files' sizes, for "write" the count validation made.
         */
        default void total(String phase, long rows) {}

        /** The current phase is over and no other follows here (the initial load's importer reports its own). */
        default void done() {}

        Progress NONE = (phase, file, rows) -> {};
    }

    /**
     * Validates and loads the bundle in {@code directory}.
     *
     * @param label a name for the run (e.g. "demo"), recorded on the {@code ImportRun}
     * @throws BundleRejectedException if anything in the bundle is invalid; then nothing was written
     */
    public ImportReport load(Path directory, String label, Progress progress) {
        long started = System.nanoTime();
        progress.total("validate", estimateRows(directory));
        Map<String, Long> rows = validate(directory, progress);
        progress.total(
                "write", rows.values().stream().mapToLong(Long::longValue).sum());
        String runId = UUID.randomUUID().toString();
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    """
                    CREATE (:ImportRun {id: $id, label: $label, directory: $directory, startedAt: $now,
                                        status: 'RUNNING', files: $files})
                    """,
                    Map.of(
                            "id", runId,
                            "label", label,
                            "directory", directory.toAbsolutePath().toString(),
                            "now", ZonedDateTime.now(),
                            "files", List.copyOf(rows.keySet()))));
        }
        long[] counts = write(directory, progress);
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> {
                GraphVersion.bump(tx, "import " + runId);
                tx.run(
                        """
                    MATCH (r:ImportRun {id: $id})
                    SET r.status = 'COMPLETED', r.completedAt = $now, r.entities = $entities, r.links = $links,
                        r.durationMs = $ms
                    """,
                        Map.of(
                                "id",
                                runId,
                                "now",
                                ZonedDateTime.now(),
                                "entities",
                                counts[0],
                                "links",
                                counts[1],
                                "ms",
                                duration.toMillis()));
            });
        }
        return finished(directory, label, runId, rows, counts, duration);
    }

    private ImportReport finished(
            Path directory, String label, String runId, Map<String, Long> rows, long[] counts, Duration duration) {
        ImportReport report = new ImportReport(runId, rows, counts[0], counts[1], duration);
        // DPA 2018 s.62: a collection. The run stands for its records (listing a million keys would
        // drown the log); the ImportRun node and the records' provenance say what came in.
        accessLog.record(AccessEvent.collection(
                "import.load",
                List.of(Records.key("ImportRun", runId)),
                "Import \"" + label + "\" from " + directory.toAbsolutePath(),
                "entities=" + counts[0] + " links=" + counts[1] + " files=" + rows.keySet()));
        log.info(
                "Imported {} ({}): {} entities, {} links in {} ms ({} rows/s)",
                directory,
                label,
                counts[0],
                counts[1],
                duration.toMillis(),
                Math.round(report.rowsPerSecond()));
        return report;
    }

    /**
     * Records an initial load (decision 0603), which Neo4j's offline importer wrote while the
     * database was down: the {@code ImportRun} (mode INITIAL, completed), the graph version and the
     * access-log entry, as {@link #load} records its own runs. Only the command line starts one, so
     * the access log names the operating-system user.
     */
    public ImportReport recordInitialLoad(
            Path directory,
            String label,
            Map<String, Long> rows,
            long entities,
            long links,
            ZonedDateTime startedAt,
            Duration duration) {
        return accessLog.runAs(
                Actor.commandLine(),
                () -> recordInitialRun(directory, label, rows, entities, links, startedAt, duration));
    }

    private ImportReport recordInitialRun(
            Path directory,
            String label,
            Map<String, Long> rows,
            long entities,
            long links,
            ZonedDateTime startedAt,
            Duration duration) {
        String runId = UUID.randomUUID().toString();
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> {
                GraphVersion.bump(tx, "import " + runId);
                tx.run(
                        """
                        CREATE (:ImportRun {id: $id, label: $label, directory: $directory, startedAt: $started,
                                            status: 'COMPLETED', mode: 'INITIAL', files: $files, completedAt: $now,
                                            entities: $entities, links: $links, durationMs: $ms})
                        """,
                        Map.of(
                                "id", runId,
                                "label", label,
                                "directory", directory.toAbsolutePath().toString(),
                                "started", startedAt,
                                "files", List.copyOf(rows.keySet()),
                                "now", ZonedDateTime.now(),
                                "entities", entities,
                                "links", links,
                                "ms", duration.toMillis()));
            });
        }
        return finished(directory, label, runId, rows, new long[] {entities, links}, duration);
    }

    /** {@link #load} by someone at the command line: the access log names the operating-system user. */
    public ImportReport loadFromCommandLine(Path directory, String label, Progress progress) {
        return accessLog.runAs(Actor.commandLine(), () -> load(directory, label, progress));
    }

    /** True when a run with this label completed (used to load the demo data only once). */
    public boolean hasCompletedRun(String label) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (r:ImportRun {label: $label, status: 'COMPLETED'}) RETURN count(r) > 0 AS done",
                            Map.of("label", label))
                    .single()
                    .get("done")
                    .asBoolean());
        }
    }

    /**
     * Checks the whole bundle without writing anything.
     *
     * @return records per file present
     * @throws BundleRejectedException listing every error found
     */
    public Map<String, Long> validate(Path directory, Progress progress) {
        return validate(directory, progress, null);
    }

    /**
     * {@link #validate(Path, Progress)}, handing each row that passed its own checks to {@code
     * alsoValid} as it is read (the initial load stages the rows in the same pass; what it made of
     * them is thrown away if the bundle turns out to have errors).
     */
    public Map<String, Long> validate(
            Path directory, Progress progress, java.util.function.@Nullable BiConsumer<FileSpec, Row> alsoValid) {
        Problems problems = new Problems(ERROR_LIMIT);
        Map<String, Long> rows = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            problems.add(directory.toString(), 0, "", "not a directory", null);
            throw rejected(problems);
        }
        Manifest.check(directory, problems);
        checkFileNames(directory, problems);

        Map<NodeKind, Set<String>> ids = new EnumMap<>(NodeKind.class);
        Map<NodeKind, Map<String, List<Location>>> unresolved = new EnumMap<>(NodeKind.class);
        Map<String, Offence> offences = new HashMap<>();
        for (FileSpec spec : BundleSchema.files()) {
            Path path = directory.resolve(spec.file());
            if (!Files.exists(path)) {
                continue;
            }
            Map<String, Long> firstLine = new HashMap<>();
            long[] done = {0};
            long records = read(path, spec, problems, row -> {
                if (spec.defines() != null && spec.idColumn() != null) {
                    String id = row.text(spec.idColumn());
                    Long previous = firstLine.putIfAbsent(id, row.line());
                    if (previous != null) {
                        problems.add(
                                spec.file(),
                                row.line(),
                                spec.idColumn(),
                                "duplicate id, first on line " + previous,
                                id);
                    }
                    ids.computeIfAbsent(spec.defines(), k -> new HashSet<>()).add(id);
                }
                if (spec.defines() == NodeKind.OFFENCE) {
                    offences.put(row.text("offence_code"), new Offence((Double) row.get("harm_days"), row.line()));
                }
                for (FileSpec.Reference ref : spec.references()) {
                    String target = row.text(ref.column());
                    if (target == null) {
                        continue;
                    }
                    NodeKind kind = ref.target().apply(row);
                    if (!ids.getOrDefault(kind, Set.of()).contains(target)) {
                        remember(
                                unresolved,
                                kind,
                                target,
                                new Location(spec.file(), row.line(), ref.column()),
                                problems);
                    }
                }
                if (alsoValid != null) {
                    alsoValid.accept(spec, row);
                }
                if (++done[0] % 100_000 == 0) {
                    progress.update("validate", spec.file(), done[0]);
                }
            });
            progress.update("validate", spec.file(), records);
            rows.put(spec.file(), records);
        }
        resolveAgainstDatabase(unresolved, problems);
        checkOffenceWeights(offences, problems);
        if (problems.any()) {
            throw rejected(problems);
        }
        return rows;
    }

    private record Location(String file, long line, String column) {}

    private record Offence(double harmDays, long line) {}

    private static void remember(
            Map<NodeKind, Map<String, List<Location>>> unresolved,
            NodeKind kind,
            String id,
            Location where,
            Problems problems) {
        Map<String, List<Location>> byId = unresolved.computeIfAbsent(kind, k -> new HashMap<>());
        List<Location> places = byId.get(id);
        if (places == null && byId.size() >= MAX_UNRESOLVED) {
            problems.add(
                    where.file(),
                    where.line(),
                    where.column(),
                    "unknown " + kind.noun() + " (too many unknown"
                            + " references to check them all against the database)",
                    id);
            return;
        }
        byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(where);
    }

    private void resolveAgainstDatabase(Map<NodeKind, Map<String, List<Location>>> unresolved, Problems problems) {
        List<ErrorAt> errors = new ArrayList<>();
        try (Session session = session()) {
            for (var entry : unresolved.entrySet()) {
                NodeKind kind = entry.getKey();
                List<String> missing = new ArrayList<>(entry.getValue().keySet());
                Set<String> found = new HashSet<>();
                for (int from = 0; from < missing.size(); from += 10_000) {
                    List<String> chunk = missing.subList(from, Math.min(missing.size(), from + 10_000));
                    found.addAll(session.executeRead(tx -> tx.run(
                                    "UNWIND $ids AS id MATCH (n:%s {%s: id}) RETURN n.%s AS id"
                                            .formatted(kind.label(), kind.key(), kind.key()),
                                    Map.of("ids", chunk))
                            .list(r -> r.get("id").asString())));
                }
                for (String id : missing) {
                    if (!found.contains(id)) {
                        for (Location where : entry.getValue().get(id)) {
                            errors.add(new ErrorAt(where, "unknown " + kind.noun(), id));
                        }
                    }
                }
            }
        }
        errors.sort((a, b) -> a.where().file().equals(b.where().file())
                ? Long.compare(a.where().line(), b.where().line())
                : a.where().file().compareTo(b.where().file()));
        errors.forEach(
                e -> problems.add(e.where().file(), e.where().line(), e.where().column(), e.message(), e.id()));
    }

    private record ErrorAt(Location where, String message, String id) {}

    private void checkOffenceWeights(Map<String, Offence> offences, Problems problems) {
        if (offences.isEmpty()) {
            return;
        }
        try (Session session = session()) {
            session.executeRead(tx -> tx.run(
                                    "UNWIND $codes AS code MATCH (o:Offence {code: code}) RETURN o.code AS code, o.harmDays AS days",
                                    Map.of("codes", List.copyOf(offences.keySet())))
                            .list())
                    .forEach(r -> {
                        Offence offered = offences.get(r.get("code").asString());
                        double stored = r.get("days").asDouble();
                        if (offered.harmDays() != stored) {
                            problems.add(
                                    "offences.csv",
                                    offered.line(),
                                    "harm_days",
                                    "offence " + r.get("code").asString() + " is already loaded with weight " + stored
                                            + "; replace the offence table to change a weight",
                                    offered.harmDays());
                        }
                    });
        }
    }

    private long[] write(Path directory, Progress progress) {
        return embedded != null ? writeInProcess(embedded, directory, progress) : writeWithCypher(directory, progress);
    }

    /**
     * The write pass inside the embedded DBMS (decision 0601): a reader thread parses each file and
     * deals its rows into {@link #writers} partitions by the row's first node key, and one writer
     * thread per partition writes its batches, each in a transaction of its own, with {@link
     * FileSpec.Write#core()}: the same MERGE on natural keys as the Cypher. Two writers may still
     * lock the same node (two subjects of one incident); Neo4j then aborts one of them as a deadlock
     * and that batch is written again (MERGE makes a retry harmless).
     */
    private long[] writeInProcess(GraphDatabaseService db, Path directory, Progress progress) {
        long entities = 0;
        long links = 0;
        Map<String, String> cache = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(writers + 1, r -> {
            Thread t = new Thread(r, "import-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            for (FileSpec spec : BundleSchema.files()) {
                Path path = directory.resolve(spec.file());
                if (!Files.exists(path)) {
                    continue;
                }
                long written = writeInProcess(db, path, spec, threads, cache, progress);
                if (spec.entity()) {
                    entities += written;
                } else {
                    links += written;
                }
            }
        } finally {
            threads.shutdownNow();
        }
        return new long[] {entities, links};
    }

    private record Pending(FileSpec.Write write, Map<String, Object> parameters) {}

    private static final List<Pending> END = List.of();

    private long writeInProcess(
            GraphDatabaseService db,
            Path path,
            FileSpec spec,
            ExecutorService threads,
            Map<String, String> cache,
            Progress progress) {
        List<BlockingQueue<List<Pending>>> queues = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            queues.add(new ArrayBlockingQueue<>(2));
        }
        Problems problems = new Problems(10);
        int batchRows = writers == 1 ? CORE_BATCH : CORE_BATCH / 4;
        CompletionService<Void> tasks = new ExecutorCompletionService<>(threads);
        List<Future<Void>> all = new ArrayList<>();
        all.add(tasks.submit(() -> {
            List<List<Pending>> batches = new ArrayList<>();
            queues.forEach(q -> batches.add(new ArrayList<>(batchRows)));
            try {
                read(path, spec, problems, row -> {
                    for (FileSpec.Write w : spec.writes()) {
                        if (w.applies().test(row)) {
                            Map<String, Object> parameters = w.parameters().apply(row);
                            int partition =
                                    Math.floorMod(partitionKey(parameters).hashCode(), writers);
                            List<Pending> batch = batches.get(partition);
                            batch.add(new Pending(w, parameters));
                            if (batch.size() >= batchRows) {
                                put(queues.get(partition), batch);
                                batches.set(partition, new ArrayList<>(batchRows));
                            }
                        }
                    }
                });
                for (int i = 0; i < writers; i++) {
                    if (!batches.get(i).isEmpty()) {
                        put(queues.get(i), batches.get(i));
                    }
                }
            } finally {
                queues.forEach(q -> put(q, END));
            }
            return null;
        }));
        Set<String> absent = absentLabels(db, spec);
        AtomicLong written = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        for (BlockingQueue<List<Pending>> queue : queues) {
            all.add(tasks.submit(() -> {
                List<Pending> batch;
                while ((batch = queue.take()) != END) {
                    writeBatch(db, batch, cache, absent, retries);
                    written.addAndGet(batch.size());
                }
                return null;
            }));
        }
        // Waits for the reader and every writer, whichever ends first: one that fails stops the others
        // (a writer that stopped would otherwise leave the reader blocked on its full queue).
        try {
            for (int done = 0; done < all.size(); ) {
                Future<Void> finished = tasks.poll(500, TimeUnit.MILLISECONDS);
                progress.update("write", spec.file(), written.get());
                if (finished != null) {
                    finished.get();
                    done++;
                }
            }
        } catch (InterruptedException e) {
            all.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import of " + spec.file() + " interrupted", e);
        } catch (ExecutionException e) {
            all.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("Cannot import " + path + ": " + e.getCause(), e.getCause());
        }
        if (problems.any()) {
            throw new IllegalStateException(spec.file() + " changed while it was being imported: " + problems.kept());
        }
        if (retries.get() > 0) {
            log.info("{}: {} batches written again after a deadlock between writers", spec.file(), retries.get());
        }
        progress.update("write", spec.file(), written.get());
        return written.get();
    }

    /**
     * The label a node file defines when no node has it yet: its rows can then be created without a
     * lookup (validation has made sure the file repeats no key). Decision 0601.
     */
    private static Set<String> absentLabels(GraphDatabaseService db, FileSpec spec) {
        if (spec.defines() == null || spec.idColumn() == null) {
            return Set.of();
        }
        String label = spec.defines().label();
        try (Transaction tx = db.beginTx();
                var nodes = tx.findNodes(Label.label(label))) {
            return nodes.hasNext() ? Set.of() : Set.of(label);
        }
    }

    private static void writeBatch(
            GraphDatabaseService db,
            List<Pending> batch,
            Map<String, String> cache,
            Set<String> absent,
            AtomicLong retries) {
        Set<String> blind = absent;
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = db.beginTx()) {
                CoreGraph graph = new CoreGraph(tx, cache, blind);
                for (Pending p : batch) {
                    graph.beginRow();
                    p.write().core().write(p.parameters(), graph);
                }
                tx.commit();
                graph.committed();
                return;
            } catch (ConstraintViolationException e) {
                if (blind.isEmpty()) {
                    throw e;
                }
                // Someone else created one of the keys meanwhile: write the batch again with lookups.
                blind = Set.of();
                retries.incrementAndGet();
            } catch (TransientFailureException e) {
                if (attempt >= 20) {
                    throw e;
                }
                retries.incrementAndGet();
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** What a row is dealt to a writer by: its node's key, or the node its link starts from. */
    private static Object partitionKey(Map<String, Object> parameters) {
        for (String name : List.of("key", "from", "subjectId")) {
            Object v = parameters.get(name);
            if (v != null) {
                return v;
            }
        }
        return parameters.hashCode();
    }

    private static void put(BlockingQueue<List<Pending>> queue, List<Pending> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import reader interrupted", e);
        }
    }

    /**
     * About how many records the bundle's files hold, from their sizes and the length of their first
     * lines (for the validation progress bar; validation then counts them exactly).
     */
    static long estimateRows(Path directory) {
        long rows = 0;
        for (FileSpec spec : BundleSchema.files()) {
            Path path = directory.resolve(spec.file());
            try {
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                long size = Files.size(path);
                byte[] head = new byte[(int) Math.min(size, 256 * 1024)];
                try (var in = Files.newInputStream(path)) {
                    int n = in.readNBytes(head, 0, head.length);
                    long lines = 0;
                    for (int i = 0; i < n; i++) {
                        if (head[i] == '\n') {
                            lines++;
                        }
                    }
                    rows += n == size ? Math.max(lines - 1, 0) : size * Math.max(lines - 1, 1) / Math.max(n, 1);
                }
            } catch (IOException e) {
                // Only an estimate: validation reports the unreadable file.
            }
        }
        return rows;
    }

    private long[] writeWithCypher(Path directory, Progress progress) {
        long entities = 0;
        long links = 0;
        try (Session session = session()) {
            for (FileSpec spec : BundleSchema.files()) {
                Path path = directory.resolve(spec.file());
                if (!Files.exists(path)) {
                    continue;
                }
                Problems problems = new Problems(10);
                List<List<Map<String, Object>>> batches = new ArrayList<>();
                spec.writes().forEach(w -> batches.add(new ArrayList<>(batchSize)));
                long[] written = {0};
                read(path, spec, problems, row -> {
                    for (int i = 0; i < spec.writes().size(); i++) {
                        FileSpec.Write w = spec.writes().get(i);
                        if (w.applies().test(row)) {
                            batches.get(i).add(w.parameters().apply(row));
                            if (batches.get(i).size() == batchSize) {
                                flush(session, w, batches.get(i));
                                written[0] += batchSize;
                                progress.update("write", spec.file(), written[0]);
                            }
                        }
                    }
                });
                for (int i = 0; i < spec.writes().size(); i++) {
                    written[0] += batches.get(i).size();
                    flush(session, spec.writes().get(i), batches.get(i));
                }
                if (problems.any()) {
                    throw new IllegalStateException(
                            spec.file() + " changed while it was being imported: " + problems.kept());
                }
                progress.update("write", spec.file(), written[0]);
                if (spec.entity()) {
                    entities += written[0];
                } else {
                    links += written[0];
                }
            }
        }
        return new long[] {entities, links};
    }

    private static void flush(Session session, FileSpec.Write write, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = List.copyOf(batch);
        batch.clear();
        session.executeWriteWithoutResult(
                tx -> tx.run(write.cypher(), Map.of("rows", rows)).consume());
    }

    private static long read(Path path, FileSpec spec, Problems problems, java.util.function.Consumer<Row> valid) {
        try {
            return SpecReader.read(path, spec, problems, valid);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static void checkFileNames(Path directory, Problems problems) {
        Set<String> known = new HashSet<>();
        BundleSchema.files().forEach(f -> known.add(f.file()));
        try (Stream<Path> files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(name -> !name.startsWith("_"))
                    .filter(name -> !known.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(
                            name, 0, "", "unknown file: not part of the bundle format (docs/import-format.md)", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BundleRejectedException rejected(Problems problems) {
        return new BundleRejectedException(problems.kept(), problems.total());
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }
}
