package uk.nexus.neo4j;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS running inside the Nexus process, reachable only over Bolt on loopback with
 * authentication on. Nexus itself talks to it through the driver like to any external server, so no
 * code path depends on it being embedded.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final String boltAddress;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String boltAddress, Path home) {
        this.dbms = dbms;
        this.boltAddress = boltAddress;
        this.home = home;
    }

    /**
     * Starts the DBMS in {@code home}, opens Bolt on {@code host:port} and sets the password of the
     * {@code neo4j} user.
     */
    public static EmbeddedNeo4j start(Path home, String host, int port, String password, String pageCache) {
        return start(home, host, port, password, pageCache, Map.of());
    }

    /**
     * {@link #start(Path, String, int, String, String)} with further settings (the import benchmark
     * opens an import directory for {@code LOAD CSV}).
     */
    public static EmbeddedNeo4j start(
            Path home, String host, int port, String password, String pageCache, Map<Setting<?>, Object> extra) {
        if (password == null || password.length() < 8) {
            throw new IllegalStateException("nexus.neo4j.password must be set (at least 8 characters) to start the"
                    + " embedded Neo4j with authentication; set NEXUS_NEO4J_PASSWORD");
        }
        long started = System.nanoTime();
        var builder = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none");
        if (pageCache != null && !pageCache.isBlank()) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache));
        }
        builder.setConfig(extra);
        DatabaseManagementService dbms = builder.build();
        try {
            setPassword(dbms, password);
            if (!dbms.database(DEFAULT_DATABASE_NAME).isAvailable(60_000)) {
                throw new IllegalStateException("Embedded Neo4j database did not become available within 60 s");
            }
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        // Port 0 asks the OS for a free port (tests); read back the one Bolt actually bound.
        int boundPort = ((GraphDatabaseAPI) dbms.database(DEFAULT_DATABASE_NAME))
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        var embedded = new EmbeddedNeo4j(dbms, host + ":" + boundPort, home.toAbsolutePath());
        log.info(
                "Embedded Neo4j started in {} ms, data in {}, Bolt on bolt://{}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                home.toAbsolutePath(),
                embedded.boltAddress);
        return embedded;
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
                Map.of(),
                result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the password it already has is refused; anything else on a fresh store is fatal.
            if (changeRequired) {
                throw e;
            }
        }
    }

    private static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long factor = switch (s.charAt(s.length() - 1)) {
            case 'k' -> ByteUnit.KibiByte.toBytes(1);
            case 'm' -> ByteUnit.MebiByte.toBytes(1);
            case 'g' -> ByteUnit.GibiByte.toBytes(1);
            default -> 1;
        };
        String digits = factor == 1 ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * factor;
    }

    /**
     * The database itself, for in-process writers that bypass Bolt and Cypher (the bulk importer,
     * decision 0601). Everything else talks to it through the driver.
     */
    public GraphDatabaseService database(String name) {
        return dbms.database(name);
    }

    /** The DBMS's home directory (its stores are under {@code data/}). */
    public Path home() {
        return home;
    }

    /** host:port that Bolt listens on. */
    public String boltAddress() {
        return boltAddress;
    }

    /** The Bolt URI to connect to. */
    public String boltUri() {
        return "bolt://" + boltAddress;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        dbms.shutdown();
    }
}
