package uk.nexus.network.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes a {@link SyntheticNetwork} into Neo4j in the shape the importer gives real data:
 * {@code (:Subject {id})-[:ASSOCIATE_OF {kind, weight, basis, grade}]->(:Subject)}, in batches of
 * parameterised {@code UNWIND} through the driver (decision 0002: no embedded-only path). Provenance
 * columns other than basis and grade are left out; they do not change the projection's work.
 * Links find their ends by element id (returned when the subjects are created), a direct seek,
 * rather than through the subject id index: loading is not what is measured, so it may be fast.
 */
final class BenchNeo4jWriter {

    private static final int BATCH = 20_000;

    private static final String SUBJECTS = """
            UNWIND $ids AS id
            CREATE (s:Subject {id: id})
            RETURN elementId(s) AS element
            """;

    private static final String LINKS = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row[0]
            MATCH (b) WHERE elementId(b) = row[1]
            CREATE (a)-[:ASSOCIATE_OF {kind: row[2], weight: row[3], basis: row[4], grade: row[5]}]->(b)
            """;

    private final Driver driver;

    BenchNeo4jWriter(Driver driver) {
        this.driver = driver;
    }

    void write(SyntheticNetwork network) {
        try (Session session = driver.session()) {
            session.run("CREATE CONSTRAINT subject_id IF NOT EXISTS FOR (n:Subject) REQUIRE n.id IS UNIQUE")
                    .consume();
            session.run("CALL db.awaitIndexes(600)").consume();
            String[] elements = new String[network.subjects()];
            for (int from = 0; from < network.subjects(); from += BATCH) {
                List<String> ids = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(network.subjects(), from + BATCH); i++) {
                    ids.add(SyntheticNetwork.id(i));
                }
                List<String> created = session.executeWrite(tx ->
                        tx.run(SUBJECTS, Map.of("ids", ids)).list(r -> r.get(0).asString()));
                for (int i = 0; i < created.size(); i++) {
                    elements[from + i] = created.get(i);
                }
            }
            for (int from = 0; from < network.links(); from += BATCH) {
                List<List<Object>> rows = new ArrayList<>(BATCH);
                for (int e = from; e < Math.min(network.links(), from + BATCH); e++) {
                    rows.add(row(network, e, elements));
                }
                session.executeWriteWithoutResult(
                        tx -> tx.run(LINKS, Map.of("rows", rows)).consume());
            }
        }
    }

    /** One link; a third of the ties are intelligence assessments with a 3x5x2 grade. */
    private static List<Object> row(SyntheticNetwork network, int e, String[] elements) {
        boolean assessment = e % 3 == 2;
        List<Object> row = new ArrayList<>(6);
        row.add(elements[network.source(e)]);
        row.add(elements[network.target(e)]);
        row.add(network.kind(e));
        row.add((double) network.strength(e));
        row.add(assessment ? "ASSESSMENT" : "FACT");
        row.add(assessment ? "2B" : null);
        return row;
    }
}
