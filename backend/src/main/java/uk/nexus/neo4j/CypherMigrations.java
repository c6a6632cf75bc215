package uk.nexus.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned schema migrations in {@code cypher/migrations} ({@code V0001__name.cypher},
 * statements separated by {@code ;} at the end of a line) in version order, once each, and records
 * them as {@code (:__NexusMigration)} nodes with a checksum. A migration that fails, or one that
 * was edited after it was applied, stops start-up with the reason.
 */
public final class CypherMigrations {

    static final String LOCATION = "classpath*:nexus/cypher/migrations/*.cypher";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.cypher");
    private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

    private final Driver driver;
    private final String database;
    private final String location;

    public CypherMigrations(Driver driver, String database) {
        this(driver, database, LOCATION);
    }

    CypherMigrations(Driver driver, String database, String location) {
        this.driver = driver;
        this.database = database;
        this.location = location;
    }

    /** A migration file: its version, description, statements and checksum. */
    public record Migration(int version, String description, List<String> statements, String checksum) {}

    /** Thrown when a migration cannot be applied; start-up stops with this message. */
    public static final class MigrationFailedException extends RuntimeException {
        MigrationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Applies every migration not yet applied; returns how many were applied now. */
    public int migrate() {
        List<Migration> migrations = load(location);
        Map<Integer, String> applied = applied();
        int count = 0;
        for (Migration m : migrations) {
            String checksum = applied.get(m.version());
            if (checksum != null) {
                if (!checksum.equals(m.checksum())) {
                    throw new MigrationFailedException(
                            "Migration V%04d__%s was changed after it was applied (checksum %s, recorded %s); add a new migration instead"
                                    .formatted(m.version(), m.description(), m.checksum(), checksum),
                            null);
                }
                continue;
            }
            apply(m);
            count++;
        }
        log.info("Schema migrations: {} known, {} applied now", migrations.size(), count);
        return count;
    }

    private void apply(Migration m) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            for (String statement : m.statements()) {
                try {
                    session.run(statement).consume();
                } catch (RuntimeException e) {
                    throw new MigrationFailedException(
                            "Migration V%04d__%s failed on statement [%s]: %s"
                                    .formatted(m.version(), m.description(), statement, e.getMessage()),
                            e);
                }
            }
            session.executeWriteWithoutResult(tx -> tx.run(
                    """
                    CREATE (:__NexusMigration {version: $version, description: $description,
                            checksum: $checksum, appliedAt: $appliedAt})
                    """,
                    Values.parameters(
                            "version", m.version(),
                            "description", m.description(),
                            "checksum", m.checksum(),
                            "appliedAt", ZonedDateTime.now())));
        }
        log.info("Applied migration V{}__{}", m.version(), m.description());
    }

    private Map<Integer, String> applied() {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> tx
                    .run("MATCH (m:__NexusMigration) RETURN m.version AS version, m.checksum AS checksum")
                    .list(r -> Map.entry(
                            r.get("version").asInt(), r.get("checksum").asString()))
                    .stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }

    /** Reads and parses every migration file at a classpath location pattern, in version order. */
    static List<Migration> load(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            List<Migration> migrations = new ArrayList<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                Matcher matcher = FILE_NAME.matcher(name == null ? "" : name);
                if (!matcher.matches()) {
                    throw new MigrationFailedException(
                            "Migration file name " + name + " does not match V<version>__<name>.cypher", null);
                }
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                migrations.add(new Migration(
                        Integer.parseInt(matcher.group(1)), matcher.group(2), statements(text), sha256(text)));
            }
            migrations.sort(Comparator.comparingInt(Migration::version));
            for (int i = 1; i < migrations.size(); i++) {
                if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                    throw new MigrationFailedException(
                            "Two migrations have version " + migrations.get(i).version(), null);
                }
            }
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a file into statements: {@code //} comment lines dropped, {@code ;} at a line end ends one. */
    static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line.stripTrailing());
            if (trimmed.endsWith(";")) {
                current.setLength(current.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
