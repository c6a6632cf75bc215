package uk.nexus.harm.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * Streams the offending that harm is computed from, with the raw driver: every OFFENDER/SUSPECT
 * involvement in an incident in review (with its offence), and every conviction that concludes no
 * incident (overseas convictions, UK ones without an incident record), of subjects in review. Reads
 * no nationality, ethnicity or immigration status.
 */
@Component
public class HarmQueries {

    private static final String OFFENDING = """
            CALL () {
              MATCH (s:Subject)-[r:INVOLVED_IN]->(i:Incident)-[:CLASSIFIED_AS]->(o:Offence)
              WHERE ($id IS NULL OR s.id = $id)
                AND r.category IN ['OFFENDER', 'SUSPECT']
                AND NOT coalesce(s.reviewDate < $today, false)
                AND NOT coalesce(i.reviewDate < $today, false)
              RETURN s.id AS subject, 'INCIDENT' AS kind, i.id AS record, o.code AS code, o.description AS offence,
                     o.harmDays AS days, o.capability AS capability, o.tableVersion AS tableVersion,
                     r.category AS category,
                     CASE WHEN EXISTS { (s)-[:HAS_CONVICTION]->(:Conviction)-[:CONCLUDES]->(i) } THEN 'CONVICTED'
                          ELSE r.outcome END AS outcome,
                     coalesce(r.basis, 'FACT') AS basis, r.gradeScheme AS scheme, r.grade AS grade,
                     date(i.occurredAt) AS date, false AS overseas, null AS country, r.source AS source
              UNION ALL
              MATCH (s:Subject)-[:HAS_CONVICTION]->(c:Conviction)-[:FOR_OFFENCE]->(o:Offence)
              WHERE ($id IS NULL OR s.id = $id)
                AND NOT EXISTS { (c)-[:CONCLUDES]->(:Incident) }
                AND NOT coalesce(s.reviewDate < $today, false)
              RETURN s.id AS subject, 'CONVICTION' AS kind, c.id AS record, o.code AS code, o.description AS offence,
                     o.harmDays AS days, o.capability AS capability, o.tableVersion AS tableVersion,
                     'OFFENDER' AS category, 'CONVICTED' AS outcome, 'FACT' AS basis, null AS scheme, null AS grade,
                     c.convictedOn AS date, coalesce(c.overseas, c.country <> 'GBR') AS overseas,
                     c.country AS country, c.source AS source
            }
            RETURN *
            """;

    private final Driver driver;
    private final String database;

    HarmQueries(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    /** One item of offending as stored. */
    public record Offending(
            String subject,
            String kind,
            String record,
            String code,
            @Nullable String offence,
            double days,
            @Nullable String capability,
            @Nullable String tableVersion,
            String category,
            String outcome,
            String basis,
            @Nullable String scheme,
            @Nullable String grade,
            @Nullable LocalDate date,
            boolean overseas,
            @Nullable String country,
            @Nullable String source) {}

    /** Streams the offending of every subject in review. */
    public void offending(LocalDate today, Consumer<Offending> sink) {
        stream(null, today, sink);
    }

    /** The offending of one subject (nothing if it is past review or has none). */
    public List<Offending> offendingOf(String subjectId, LocalDate today) {
        List<Offending> rows = new ArrayList<>();
        stream(subjectId, today, rows::add);
        return rows;
    }

    /** The subject's review state, or empty if there is no such subject. */
    public Optional<Boolean> pastReview(String subjectId, LocalDate today) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx
                    .run(
                            "MATCH (s:Subject {id: $id}) RETURN coalesce(s.reviewDate < $today, false) AS past",
                            Map.of("id", subjectId, "today", today))
                    .list(r -> r.get("past").asBoolean())
                    .stream()
                    .findFirst());
        }
    }

    /** The newest offence table loaded. */
    public String offenceTableVersion() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                            OPTIONAL MATCH (t:OffenceTable)
                            WITH t ORDER BY t.loadedAt DESC LIMIT 1
                            RETURN coalesce(t.version, 'none') AS version
                            """).single().get("version").asString());
        }
    }

    /** A gang or OCG in review with its current members in review. */
    public record GroupMembers(String id, String name, String type, List<String> members) {}

    /** Every group in review with the subjects who are members of it today. */
    public List<GroupMembers> groups(LocalDate today) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (g:Group) WHERE NOT coalesce(g.reviewDate < $today, false)
                            RETURN g.id AS id, coalesce(g.name, g.id) AS name,
                                   CASE WHEN g:Ocg THEN 'OCG' ELSE 'GANG' END AS type,
                                   COLLECT { MATCH (s:Subject)-[m:MEMBER_OF]->(g)
                                             WHERE NOT coalesce(s.reviewDate < $today, false)
                                               AND (m.validTo IS NULL OR m.validTo >= $today)
                                               AND (m.validFrom IS NULL OR m.validFrom <= $today)
                                             RETURN DISTINCT s.id ORDER BY s.id } AS members
                            ORDER BY id
                            """, Map.of("today", today))
                    .list(r -> new GroupMembers(
                            r.get("id").asString(),
                            r.get("name").asString(),
                            r.get("type").asString(),
                            r.get("members").asList(Value::asString))));
        }
    }

    private void stream(@Nullable String subjectId, LocalDate today, Consumer<Offending> sink) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", subjectId);
        params.put("today", today);
        try (Session session = session()) {
            session.executeRead(tx -> {
                Result result = tx.run(OFFENDING, params);
                while (result.hasNext()) {
                    var r = result.next();
                    sink.accept(new Offending(
                            r.get("subject").asString(),
                            r.get("kind").asString(),
                            r.get("record").asString(),
                            r.get("code").asString(),
                            text(r.get("offence")),
                            r.get("days").isNull() ? 0 : r.get("days").asDouble(),
                            text(r.get("capability")),
                            text(r.get("tableVersion")),
                            r.get("category").asString(),
                            r.get("outcome").isNull()
                                    ? "SUSPECTED"
                                    : r.get("outcome").asString(),
                            r.get("basis").asString(),
                            text(r.get("scheme")),
                            text(r.get("grade")),
                            r.get("date").isNull() ? null : r.get("date").asLocalDate(),
                            r.get("overseas").asBoolean(false),
                            text(r.get("country")),
                            text(r.get("source"))));
                }
                return null;
            });
        }
    }

    private static @Nullable String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private Session session() {
        return driver.session(SessionConfig.builder()
                .withDatabase(database)
                .withFetchSize(10_000)
                .build());
    }
}
