package uk.nexus.projection.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import uk.nexus.neo4j.NexusNeo4jProperties;
import uk.nexus.network.LinkType;
import uk.nexus.projection.Grade;
import uk.nexus.projection.ProjectionFilter;

/**
 * Streams the records a projection is made of with the raw driver (decision 0004: bulk reads), one
 * record at a time, so that memory holds the primitive arrays being built and not the result set.
 */
@Component
public class ProjectionReader {

    private static final String FINGERPRINT = """
            OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
            WITH coalesce(toString(v.version) + ':' + v.token, '0') AS version
            CALL () { MATCH (n:Subject) RETURN count(n) AS subjects }
            CALL () { MATCH (n:Incident) RETURN count(n) AS incidents }
            CALL () { MATCH (n:IntelReport) RETURN count(n) AS reports }
            CALL () { MATCH ()-[r:ASSOCIATE_OF]->() RETURN count(r) AS associations }
            CALL () { MATCH ()-[r:INVOLVED_IN]->() RETURN count(r) AS involvements }
            CALL () { MATCH ()-[r:USES]->() RETURN count(r) AS uses }
            CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
            CALL () { MATCH ()-[r:HAS_CONVICTION]->() RETURN count(r) AS convictions }
            CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
            RETURN version + '/' + subjects + '/' + incidents + '/' + reports + '/' + associations + '/'
                   + involvements + '/' + uses + '/' + mentions + '/' + convictions + '/' + memberships AS fingerprint
            """;

    private static final String SUBJECTS = """
            MATCH (s:Subject) WHERE NOT coalesce(s.reviewDate < $today, false)
            RETURN s.id AS id ORDER BY s.id
            """;

    private static final String ASSOCIATIONS = """
            MATCH (a:Subject)-[r:ASSOCIATE_OF]->(b:Subject)
            WHERE coalesce(r.kind, '') <> 'RIVAL'
              AND ($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from)
              AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)
            RETURN a.id AS a, b.id AS b, coalesce(r.weight, 1.0) AS w, r.gradeScheme AS scheme, r.grade AS grade
            """;

    private static final String CO_OFFENDING = """
            MATCH (i:Incident)
            WHERE NOT coalesce(i.reviewDate < $today, false)
              AND ($from IS NULL OR date(i.occurredAt) >= $from)
              AND ($to IS NULL OR date(i.occurredAt) <= $to)
            WITH i, [(s:Subject)-[r:INVOLVED_IN]->(i) WHERE r.category IN ['OFFENDER', 'SUSPECT']
                     | {id: s.id, scheme: r.gradeScheme, grade: r.grade}] AS people
            WHERE size(people) > 1
            RETURN people
            """;

    private static final String SHARED_OBJECTS = """
            MATCH (o) WHERE o:Phone OR o:Vehicle OR o:Weapon
            WITH o, [(s:Subject)-[r:USES]->(o)
                     WHERE ($from IS NULL OR r.validTo IS NULL OR r.validTo >= $from)
                       AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $to)
                     | {id: s.id, scheme: r.gradeScheme, grade: r.grade}] AS people
            WHERE size(people) > 1
            RETURN people
            """;

    private static final String CO_MENTIONS = """
            MATCH (n:IntelReport)
            WHERE NOT coalesce(n.reviewDate < $today, false)
              AND ($from IS NULL OR date(n.recordedAt) >= $from)
              AND ($to IS NULL OR date(n.recordedAt) <= $to)
            WITH n, [(n)-[r:MENTIONS]->(s:Subject) WHERE r.role IN ['SUBJECT', 'ASSOCIATE']
                     | {id: s.id, scheme: n.gradeScheme, grade: n.grade}] AS people
            WHERE size(people) > 1
            RETURN people
            """;

    private final Driver driver;
    private final String database;

    ProjectionReader(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    /** Receives one tie (both subject ids and its weight) at a time. */
    @FunctionalInterface
    public interface TieSink {
        void tie(String a, String b, double weight);
    }

    /** Graph version and count-store counts in one text (see {@code ProjectionService#fingerprint}). */
    public String fingerprint() {
        try (Session session = session()) {
            return session.executeRead(
                    tx -> tx.run(FINGERPRINT).single().get("fingerprint").asString());
        }
    }

    /** Streams the ids of the subjects in review, in id order. */
    public void subjects(LocalDate today, Consumer<String> sink) {
        stream(SUBJECTS, Map.of("today", today), r -> sink.accept(r.get("id").asString()));
    }

    /**
     * Streams the ties of {@code filter}, each as often as a record supports it (the caller sums
     * them). Returns the number of records read.
     */
    public long ties(ProjectionFilter filter, LocalDate today, TieSink sink) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("from", filter.from());
        params.put("to", filter.to());
        Grade min = filter.minGrade();
        long[] records = {0};
        if (filter.types().contains(LinkType.ASSOCIATE_OF)) {
            stream(ASSOCIATIONS, params, r -> {
                records[0]++;
                if (passes(min, r.get("scheme"), r.get("grade"))) {
                    sink.tie(
                            r.get("a").asString(),
                            r.get("b").asString(),
                            r.get("w").asDouble());
                }
            });
        }
        if (filter.types().contains(LinkType.INVOLVED_IN)) {
            stream(CO_OFFENDING, params, r -> {
                records[0]++;
                cliques(r.get("people"), min, sink);
            });
        }
        if (filter.types().contains(LinkType.USES)) {
            stream(SHARED_OBJECTS, params, r -> {
                records[0]++;
                cliques(r.get("people"), min, sink);
            });
        }
        if (filter.types().contains(LinkType.MENTIONS)) {
            stream(CO_MENTIONS, params, r -> {
                records[0]++;
                cliques(r.get("people"), min, sink);
            });
        }
        return records[0];
    }

    /** Everyone who passes the grade filter on one shared record is tied to everyone else on it, once. */
    private static void cliques(Value people, @Nullable Grade min, TieSink sink) {
        Set<String> ids = new LinkedHashSet<>();
        for (Value p : people.values()) {
            if (passes(min, p.get("scheme"), p.get("grade"))) {
                ids.add(p.get("id").asString());
            }
        }
        List<String> list = List.copyOf(ids);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                sink.tie(list.get(i), list.get(j), 1.0);
            }
        }
    }

    /** Facts (no grade) always pass; graded items pass when their grade meets the minimum. */
    static boolean passes(@Nullable Grade min, Value scheme, Value grade) {
        if (min == null || grade.isNull()) {
            return true;
        }
        return Grade.of(scheme.isNull() ? null : scheme.asString(), grade.asString())
                .map(g -> g.meets(min))
                .orElse(false);
    }

    private void stream(String cypher, Map<String, Object> params, Consumer<Record> each) {
        try (Session session = session()) {
            session.executeRead(tx -> {
                Result result = tx.run(cypher, params);
                while (result.hasNext()) {
                    each.accept(result.next());
                }
                return null;
            });
        }
    }

    private Session session() {
        return driver.session(SessionConfig.builder()
                .withDatabase(database)
                .withFetchSize(10_000)
                .build());
    }
}
