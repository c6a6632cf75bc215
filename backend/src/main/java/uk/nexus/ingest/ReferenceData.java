package uk.nexus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import uk.nexus.ingest.internal.CsvReader;
import uk.nexus.neo4j.CypherMigrations;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * Loads the reference tables at start-up, after the schema migrations: the offence-weight table
 * (versioned; replace it with {@code nexus.reference.offence-table}) and the referral originators.
 * Loading is idempotent; a new table version updates the weights in place and is recorded.
 */
@Component
public class ReferenceData implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final Driver driver;
    private final String database;
    private final Resource offenceTable;
    private final Resource originators;

    ReferenceData(
            Driver driver,
            NexusNeo4jProperties properties,
            CypherMigrations migrated,
            @Value("${nexus.reference.offence-table:classpath:nexus/reference/offence-weights-v1.csv}")
                    Resource offenceTable,
            @Value("${nexus.reference.originators:classpath:nexus/reference/referral-originators.csv}")
                    Resource originators) {
        this.driver = driver;
        this.database = properties.database();
        this.offenceTable = offenceTable;
        this.originators = originators;
    }

    @Override
    public void afterPropertiesSet() {
        String version = tableVersion(offenceTable.getFilename());
        List<Map<String, Object>> offences = new ArrayList<>();
        for (Map<String, String> r : rows(offenceTable)) {
            Map<String, Object> o = new HashMap<>();
            o.put("code", r.get("offence_code"));
            o.put("description", r.get("description"));
            o.put("category", r.get("category"));
            o.put("harmDays", Double.parseDouble(r.get("harm_days")));
            o.put("capability", r.get("capability"));
            o.put("startingPointBasis", r.get("starting_point_basis"));
            offences.add(o);
        }
        List<Map<String, Object>> origins = new ArrayList<>();
        for (Map<String, String> r : rows(originators)) {
            Map<String, Object> o = new HashMap<>();
            o.put("id", r.get("originator_id"));
            o.put("name", r.get("name"));
            o.put("description", r.get("description"));
            o.put("sourceSharePct", Double.parseDouble(r.get("source_share_pct")));
            o.put("shareFromSource", Boolean.parseBoolean(r.get("share_from_source")));
            origins.add(o);
        }
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("""
                        UNWIND $rows AS row
                        MERGE (o:Offence {code: row.code})
                        SET o += row, o.tableVersion = $version
                        """, Map.of("rows", offences, "version", version));
                tx.run(
                        """
                        MERGE (t:OffenceTable {version: $version})
                        ON CREATE SET t.loadedAt = $now, t.source = $source, t.offences = $count
                        """,
                        Map.of(
                                "version", version,
                                "now", ZonedDateTime.now(),
                                "source", String.valueOf(offenceTable.getDescription()),
                                "count", offences.size()));
                tx.run("""
                        UNWIND $rows AS row
                        MERGE (o:ReferralOriginator {id: row.id})
                        SET o += row
                        """, Map.of("rows", origins));
            });
        }
        log.info(
                "Reference data: offence table {} ({} codes), {} referral originators",
                version,
                offences.size(),
                origins.size());
    }

    /** {@code offence-weights-v1.csv} → {@code v1}; any other name is its own version. */
    static String tableVersion(String fileName) {
        if (fileName == null) {
            return "custom";
        }
        String base = fileName.replaceFirst("\\.csv$", "");
        int v = base.lastIndexOf("-v");
        return v >= 0 ? base.substring(v + 1) : base;
    }

    private static List<Map<String, String>> rows(Resource resource) {
        try (InputStream in = resource.getInputStream();
                CsvReader csv = new CsvReader(in, 10_000)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> cells;
            while ((cells = csv.next()) != null) {
                if (cells.isEmpty()) {
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(
                            resource + ":" + csv.recordStartLine() + ": wrong number of fields");
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference table " + resource, e);
        }
    }
}
