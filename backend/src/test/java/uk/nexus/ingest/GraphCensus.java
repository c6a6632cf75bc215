package uk.nexus.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The data graph in numbers and one checksum: nodes, relationships and a SHA-256 over every node's
 * labels and properties and every relationship's ends, type and properties, in a canonical order.
 * Bookkeeping (import runs, the access log, users, schema records) is left out: two imports of the
 * same data must give the same census.
 */
public record GraphCensus(long nodes, long relationships, long properties, String checksum) {

    private static final String DATA = "NOT n:ImportRun AND NOT n:AuditEntry AND NOT n:AuditHead AND NOT n:User"
            + " AND NOT n:__NexusMigration AND NOT n:GraphVersion AND NOT n:OffenceTable";

    public static GraphCensus of(Driver driver) {
        try (var session = driver.session()) {
            List<String> lines = new ArrayList<>();
            long[] properties = {0};
            session.run("MATCH (n) WHERE " + DATA + " RETURN labels(n) AS labels, properties(n) AS props")
                    .forEachRemaining(r -> {
                        List<String> labels = new ArrayList<>(r.get("labels").asList(Value::asString));
                        labels.sort(null);
                        Map<String, Object> props = new TreeMap<>(r.get("props").asMap(GraphCensus::text));
                        properties[0] += props.size();
                        lines.add("N " + labels + " " + props);
                    });
            long nodes = lines.size();
            session.run("MATCH (a)-[r]->(b) WHERE " + DATA.replace("n:", "a:") + " AND " + DATA.replace("n:", "b:")
                            + " RETURN labels(a) AS la, coalesce(a.id, a.code) AS a, type(r) AS type,"
                            + " labels(b) AS lb, coalesce(b.id, b.code) AS b, properties(r) AS props")
                    .forEachRemaining(r -> {
                        Map<String, Object> props = new TreeMap<>(r.get("props").asMap(GraphCensus::text));
                        properties[0] += props.size();
                        lines.add("R " + r.get("la") + r.get("a") + " -"
                                + r.get("type").asString() + "-> " + r.get("lb") + r.get("b") + " " + props);
                    });
            long relationships = lines.size() - nodes;
            lines.sort(null);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return new GraphCensus(
                    nodes, relationships, properties[0], HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object text(Value v) {
        return v.isNull() ? "null" : v.type().name() + ":" + v;
    }
}
