package uk.nexus.analysis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import uk.nexus.analysis.LinkEvidence;
import uk.nexus.neo4j.NexusNeo4jProperties;
import uk.nexus.network.LinkType;
import uk.nexus.projection.Grade;
import uk.nexus.projection.ProjectionFilter;

/** Names of subjects, who is recorded only as victim or witness, and the records behind ties. */
@Component
public class AnalysisQueries {

    private static final String EVIDENCE = """
            UNWIND $pairs AS p
            MATCH (a:Subject {id: p[0]}), (b:Subject {id: p[1]})
            CALL (a, b) {
              MATCH (a)-[r:ASSOCIATE_OF]-(b)
              WHERE 'ASSOCIATE_OF' IN $types AND coalesce(r.kind, '') <> 'RIVAL'
                AND ($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from)
                AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)
              RETURN 'ASSOCIATE_OF' AS type, r.kind AS kind, null AS via, r AS link, coalesce(r.weight, 1.0) AS weight
              UNION ALL
              MATCH (a)-[r:INVOLVED_IN]->(i:Incident)<-[r2:INVOLVED_IN]-(b)
              WHERE 'INVOLVED_IN' IN $types AND r.category IN ['OFFENDER', 'SUSPECT'] AND r2.category IN ['OFFENDER', 'SUSPECT']
                AND NOT coalesce(i.reviewDate < $today, false)
                AND ($from IS NULL OR date(i.occurredAt) >= $from) AND ($to IS NULL OR date(i.occurredAt) <= $to)
              RETURN 'INVOLVED_IN' AS type, i.type AS kind, i.id AS via, r AS link, 1.0 AS weight
              UNION ALL
              MATCH (a)-[r:USES]->(o)<-[r2:USES]-(b)
              WHERE 'USES' IN $types
                AND ($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from)
                AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)
              RETURN 'USES' AS type, labels(o)[0] AS kind, o.id AS via, r AS link, 1.0 AS weight
              UNION ALL
              MATCH (a)<-[r:MENTIONS]-(n:IntelReport)-[r2:MENTIONS]->(b)
              WHERE 'MENTIONS' IN $types AND r.role IN ['SUBJECT', 'ASSOCIATE'] AND r2.role IN ['SUBJECT', 'ASSOCIATE']
                AND NOT coalesce(n.reviewDate < $today, false)
                AND ($from IS NULL OR date(n.recordedAt) >= $from) AND ($to IS NULL OR date(n.recordedAt) <= $to)
              RETURN 'MENTIONS' AS type, 'INTELLIGENCE' AS kind, n.id AS via, r AS link, 1.0 AS weight
            }
            RETURN p[0] AS a, p[1] AS b, type, kind, via, weight,
                   link.source AS source, link.basis AS basis, link.gradeScheme AS scheme, link.grade AS grade,
                   link.handling AS handling, link.validFrom AS validFrom, link.validTo AS validTo
            ORDER BY a, b, type, via, source
            """;

    private final Driver driver;
    private final String database;

    AnalysisQueries(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    /** "Forenames Surname" of each subject found. */
    public Map<String, String> names(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        try (Session session = session()) {
            session.executeRead(
                            tx -> tx.run("""
                                    MATCH (s:Subject) WHERE s.id IN $ids
                                    RETURN s.id AS id, trim(coalesce(s.forenames, '') + ' ' + coalesce(s.surname, '')) AS name
                                    """, Map.of("ids", List.copyOf(ids))).list())
                    .forEach(
                            r -> names.put(r.get("id").asString(), r.get("name").asString()));
        }
        return names;
    }

    /** Subjects recorded as victim or witness and never as offender or suspect: never ranked. */
    public Set<String> victimsOnly() {
        Set<String> ids = new HashSet<>();
        try (Session session = session()) {
            session.executeRead(tx -> tx.run("""
                                    MATCH (s:Subject)-[r:INVOLVED_IN]->()
                                    WITH s, collect(DISTINCT r.category) AS categories
                                    WHERE NOT 'OFFENDER' IN categories AND NOT 'SUSPECT' IN categories
                                      AND ('VICTIM' IN categories OR 'WITNESS' IN categories)
                                    RETURN s.id AS id
                                    """).list())
                    .forEach(r -> ids.add(r.get("id").asString()));
        }
        return ids;
    }

    /** Whether a subject exists (in review or not). */
    public boolean exists(String subjectId) {
        try (Session session = session()) {
            return session.executeRead(
                    tx -> tx.run("MATCH (s:Subject {id: $id}) RETURN count(s) > 0 AS found", Map.of("id", subjectId))
                            .single()
                            .get("found")
                            .asBoolean());
        }
    }

    /**
     * The records behind each tie {@code [a, b]} under the filter (the same rules as the projection),
     * keyed {@code a + "\t" + b}.
     */
    public Map<String, List<LinkEvidence>> evidence(
            List<List<String>> pairs, ProjectionFilter filter, LocalDate today) {
        Map<String, List<LinkEvidence>> evidence = new HashMap<>();
        if (pairs.isEmpty()) {
            return evidence;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("pairs", pairs);
        params.put("types", filter.types().stream().map(LinkType::name).toList());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("today", today);
        Grade min = filter.minGrade();
        try (Session session = session()) {
            for (Record r : session.executeRead(tx -> tx.run(EVIDENCE, params).list())) {
                String scheme = text(r.get("scheme"));
                String grade = text(r.get("grade"));
                if (min != null
                        && grade != null
                        && !Grade.of(scheme, grade).map(g -> g.meets(min)).orElse(false)) {
                    continue;
                }
                evidence.computeIfAbsent(
                                r.get("a").asString() + "\t" + r.get("b").asString(), k -> new ArrayList<>())
                        .add(new LinkEvidence(
                                r.get("type").asString(),
                                text(r.get("kind")),
                                text(r.get("via")),
                                text(r.get("source")),
                                text(r.get("basis")),
                                scheme,
                                grade,
                                text(r.get("handling")),
                                date(r.get("validFrom")),
                                date(r.get("validTo")),
                                r.get("weight").asDouble()));
            }
        }
        return evidence;
    }

    private static @Nullable String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static @Nullable LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }
}
