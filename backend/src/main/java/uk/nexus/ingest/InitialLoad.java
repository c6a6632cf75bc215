package uk.nexus.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;
import uk.nexus.ingest.internal.BundleSchema;
import uk.nexus.ingest.internal.FileSpec;
import uk.nexus.ingest.internal.NodeKind;
import uk.nexus.ingest.internal.StagingGraph;
import uk.nexus.neo4j.EmbeddedNeo4j;

/**
 * {@code nexus import DIR --initial}: loads a whole force into an embedded store that holds no
 * loaded data yet with Neo4j's offline importer, an order of magnitude faster than transactions
 * (decision 0603):
 *
 * <ol>
 *   <li>start the application on the store and check it holds no loaded data;
 *   <li>validate the bundle exactly as {@link BundleImporter#validate} does, and in the same pass
 *       turn each valid row into the importer's CSV files through {@link StagingGraph} (the same core
 *       forms the transactional writer runs);
 *   <li>take the store's own content (reference tables, migration records, access log) and its
 *       schema, and stop the application;
 *   <li>run {@code neo4j-admin database import full} on the files plus that content into a staging
 *       directory;
 *   <li>swap the staged store in, start the application, create the schema again and wait for its
 *       indexes, and record the run as {@link BundleImporter#load} does.
 * </ol>
 *
 * A bundle with errors writes nothing; a failure or a kill before the swap leaves the old store as
 * it was (the staging directory is cleared by the next run).
 */
public final class InitialLoad {

    /** The application started on the store. */
    public interface Store extends AutoCloseable {
        BundleImporter importer();

        Driver driver();

        /** The embedded DBMS, or null when Nexus is configured for an external server. */
        @org.jspecify.annotations.Nullable
        EmbeddedNeo4j embedded();

        String database();

        @Override
        void close();
    }

    /** Refused before anything was written: the store is not empty, or not embedded. */
    public static final class NotPossible extends RuntimeException {
        public NotPossible(String message) {
            super(message);
        }
    }

    /** Labels a bundle writes; a store holding any of them is not empty. */
    static final List<String> LOADED_LABELS = List.of(
            "Subject",
            "Alias",
            "Group",
            "Location",
            "Phone",
            "Vehicle",
            "Weapon",
            "Incident",
            "IntelReport",
            "Conviction",
            "Check",
            "Referral",
            "ImportRun");

    private InitialLoad() {}

    /**
     * Runs the initial load, for someone at the command line (the access log names the operating-system
     * user; it is the only way to start one).
     *
     * @param open starts the application on the store (called twice: before and after the import)
     * @param log where the offline importer's own progress goes
     * @throws BundleRejectedException if the bundle has errors (nothing was written)
     * @throws NotPossible if the store already holds data or is not embedded (nothing was written)
     */
    public static ImportReport load(
            Path bundle, String label, Supplier<Store> open, BundleImporter.Progress progress, PrintStream log) {
        long started = System.nanoTime();
        ZonedDateTime startedAt = ZonedDateTime.now();
        Path home;
        String database;
        Map<String, Long> rows;
        StagingGraph staged;
        List<String> schema;
        Path work;
        try (Store store = open.get()) {
            if (store.embedded() == null) {
                throw new NotPossible("--initial needs the embedded database (NEXUS_NEO4J_URI is set); load into a"
                        + " server with neo4j-admin database import, or without --initial");
            }
            database = store.database();
            home = store.embedded().home();
            GraphDatabaseService db = store.embedded().database(database);
            long loaded = loadedRecords(db);
            if (loaded > 0) {
                throw new NotPossible(String.format(
                        Locale.ROOT,
                        "--initial loads only into a store without loaded data; this one holds %,d records. Load"
                                + " into it without --initial (transactions, MERGE), or start from a new data"
                                + " directory (NEXUS_DATA_DIR)",
                        loaded));
            }
            work = home.resolve("initial-load");
            deleteTree(work);
            StagingGraph.Snapshot snapshot = snapshot(db);
            schema = schema(store.driver(), database);
            staged = new StagingGraph(work.resolve("csv"), snapshot, keys(), uniqueLabels(), BundleSchema.READ_BACK);
            try (staged) {
                progress.total("validate", BundleImporter.estimateRows(bundle));
                rows = store.importer().validate(bundle, progress, (spec, row) -> stage(staged, spec, row));
                // The store is replaced by the import: anything written to it since the copy would be lost.
                if (!StagingGraph.Snapshot.sameSize(snapshot, snapshot(db))) {
                    throw new NotPossible("the store changed while the bundle was being staged; run the initial"
                            + " load again with nothing else using the store");
                }
            } catch (RuntimeException e) {
                deleteTree(work);
                throw e;
            }
        }
        progress.done();
        long entities = 0;
        long links = 0;
        for (FileSpec spec : BundleSchema.files()) {
            long n = rows.getOrDefault(spec.file(), 0L);
            if (spec.entity()) {
                entities += n;
            } else {
                links += n;
            }
        }
        log.printf(
                Locale.ROOT,
                "initial load: %,d rows valid; Neo4j's offline importer now writes %,d nodes and %,d relationships%n",
                entities + links,
                staged.nodes(),
                staged.relationships());
        runImporter(work, database, staged, log);
        swap(home, work, database);
        try (Store store = open.get()) {
            log.printf(Locale.ROOT, "initial load: creating %d constraints and indexes%n", schema.size());
            recreateSchema(store.driver(), database, schema);
            return store.importer()
                    .recordInitialLoad(
                            bundle,
                            label,
                            rows,
                            entities,
                            links,
                            startedAt,
                            Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static void stage(StagingGraph graph, FileSpec spec, uk.nexus.ingest.internal.Row row) {
        try {
            graph.beginRow();
            for (FileSpec.Write w : spec.writes()) {
                if (w.applies().test(row)) {
                    w.core().write(w.parameters().apply(row), graph);
                }
            }
        } catch (StagingGraph.NotInitialLoadable e) {
            throw new NotPossible(spec.file() + ":" + row.line() + ": " + e.getMessage()
                    + "; the offline importer cannot merge it with what it has written, so load this bundle"
                    + " without --initial");
        }
    }

    private static long loadedRecords(GraphDatabaseService db) {
        String query = "MATCH (n) WHERE "
                + String.join(" OR ", LOADED_LABELS.stream().map(l -> "n:" + l).toList()) + " RETURN count(n) AS n";
        return db.executeTransactionally(query, Map.of(), r -> (Long) r.next().get("n"));
    }

    private static StagingGraph.Snapshot snapshot(GraphDatabaseService db) {
        List<StagingGraph.StoredNode> nodes = new ArrayList<>();
        List<StagingGraph.StoredRelationship> relationships = new ArrayList<>();
        try (Transaction tx = db.beginTx()) {
            try (var all = tx.getAllNodes().iterator()) {
                while (all.hasNext()) {
                    Node n = all.next();
                    Set<String> labels = new LinkedHashSet<>();
                    n.getLabels().forEach(l -> labels.add(l.name()));
                    nodes.add(
                            new StagingGraph.StoredNode(n.getElementId(), labels, new HashMap<>(n.getAllProperties())));
                }
            }
            try (var all = tx.getAllRelationships().iterator()) {
                while (all.hasNext()) {
                    Relationship r = all.next();
                    relationships.add(new StagingGraph.StoredRelationship(
                            r.getType().name(),
                            r.getStartNode().getElementId(),
                            r.getEndNode().getElementId(),
                            new HashMap<>(r.getAllProperties())));
                }
            }
            tx.commit();
        }
        return new StagingGraph.Snapshot(nodes, relationships);
    }

    /** The statements that create the store's constraints and indexes (the importer only makes the token lookups). */
    private static List<String> schema(Driver driver, String database) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            List<String> statements = new ArrayList<>(session.run("SHOW CONSTRAINTS YIELD createStatement")
                    .list(r -> r.get("createStatement").asString()));
            statements.addAll(
                    session.run("""
                            SHOW INDEXES YIELD type, owningConstraint, createStatement
                            WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
                            RETURN createStatement
                            """).list(r -> r.get("createStatement").asString()));
            return statements;
        }
    }

    private static void recreateSchema(Driver driver, String database, List<String> statements) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            for (String statement : statements) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(7200)").consume();
        }
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new HashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            keys.put(kind.label(), kind.key());
        }
        keys.put("Alias", "key");
        return keys;
    }

    private static Set<String> uniqueLabels() {
        Set<String> unique = new HashSet<>();
        for (FileSpec spec : BundleSchema.files()) {
            if (spec.defines() != null) {
                unique.add(spec.defines().label());
            }
        }
        return unique;
    }

    private static void runImporter(Path work, String database, StagingGraph staged, PrintStream log) {
        Path home = work.resolve("home");
        List<String> args = new ArrayList<>();
        staged.nodeArguments().forEach(a -> args.add("--nodes=" + a));
        staged.relationshipArguments().forEach(a -> args.add("--relationships=" + a));
        args.add("--array-delimiter=" + StagingGraph.ARRAY_DELIMITER);
        args.add("--multiline-fields=" + staged.multiline());
        args.add("--threads=" + Runtime.getRuntime().availableProcessors());
        args.add("--overwrite-destination=true");
        args.add("--report-file=" + work.resolve("import-report.txt"));
        args.add(database);
        ExecutionContext context =
                new ExecutionContext(home, home.resolve("conf"), log, log, new DefaultFileSystemAbstraction());
        int exit = new CommandLine(new org.neo4j.importer.ImportCommand.Full(context))
                .setOut(new java.io.PrintWriter(log, true))
                .setErr(new java.io.PrintWriter(log, true))
                .execute(args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("Neo4j's importer failed (exit " + exit + "); the store was not changed."
                    + " Its report: " + work.resolve("import-report.txt") + ", logs in " + home.resolve("logs"));
        }
    }

    /**
     * Replaces the store's database and transaction-log directories by the staged ones. The old ones
     * held only what the staged store was given a copy of; a kill between the two moves leaves no
     * database, which the next start creates empty and the next initial load fills.
     */
    private static void swap(Path home, Path work, String database) {
        Path stagedHome = work.resolve("home");
        try {
            for (String kind : List.of("databases", "transactions")) {
                Path target = home.resolve("data").resolve(kind).resolve(database);
                deleteTree(target);
                Files.createDirectories(target.getParent());
                Files.move(stagedHome.resolve("data").resolve(kind).resolve(database), target);
            }
            if (Boolean.getBoolean("nexus.initial-load.keep-files")) {
                // For looking into the importer's input: -Dnexus.initial-load.keep-files=true.
                Path kept = home.resolve("initial-load-files");
                deleteTree(kept);
                Files.move(work.resolve("csv"), kept);
            }
            deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the imported store into " + home, e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
