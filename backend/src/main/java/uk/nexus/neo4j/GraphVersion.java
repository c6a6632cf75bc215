package uk.nexus.neo4j;

import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The version of the analysed graph: a counter on one {@code (:GraphVersion {id: 'graph'})} node
 * that every writer of analysed data (the importer, retention decisions, anything that changes
 * subjects, incidents, links, grades or review dates) bumps, in the transaction of its write where it
 * can. Cached projections and harm figures compare it on use, so a change made by any instance of
 * Nexus is seen by all of them (decision 0301). Reading it is one indexed node lookup.
 */
@Component
public class GraphVersion {

    private static final String BUMP = """
            MERGE (v:GraphVersion {id: 'graph'})
            SET v.version = coalesce(v.version, 0) + 1, v.token = randomUUID(), v.changedAt = datetime(),
                v.changedBy = $by
            """;

    private final Driver driver;
    private final String database;

    GraphVersion(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    /** Bumps the version inside a write transaction that changed analysed data. */
    public static void bump(TransactionContext tx, String by) {
        tx.run(BUMP, Map.of("by", by)).consume();
    }

    /** Bumps the version in a transaction of its own (after a write that spanned several). */
    public void bump(String by) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWriteWithoutResult(tx -> bump(tx, by));
        }
    }

    /**
     * The current version: the counter and a random token set with it, so that a database wiped and
     * written again (counter back at 1) still reads as changed. {@code "0"} before the first bump.
     */
    public String current() {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> tx.run("""
                            OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
                            RETURN coalesce(toString(v.version) + ':' + v.token, '0') AS version
                            """).single().get("version").asString());
        }
    }
}
