package uk.nexus.alert.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import uk.nexus.alert.Alert;
import uk.nexus.alert.AlertRule;
import uk.nexus.alert.AlertState;
import uk.nexus.alert.RaisedAlert;
import uk.nexus.alert.RuleKind;
import uk.nexus.alert.Watchlist;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * Alerts, rules and watch lists in Neo4j, with the raw driver so that writes can share the access log's
 * transaction ({@code AccessLog.writeAndRecord}). Alerts are not analysed data: writing them does not
 * bump the graph version.
 */
@Component
public class AlertStore {

    private static final String ALERT = """
            RETURN a.id AS id, a.ruleId AS ruleId, a.ruleName AS ruleName, a.kind AS kind, s.id AS subjectId,
                   toUpper(s.surname) + ', ' + s.forenames AS subjectName, a.cause AS cause, a.detail AS detail,
                   a.custodyEventId AS custodyEventId, a.raisedAt AS raisedAt, a.state AS state,
                   a.triagedBy AS triagedBy, a.triagedAt AS triagedAt, a.reason AS reason
            """;

    private final Driver driver;
    private final String database;

    AlertStore(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    public Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    // ---- alerts ---------------------------------------------------------------------------------

    /** An alert to store, with its id and deduplication key worked out. */
    public record Keyed(String id, String key, RaisedAlert alert) {}

    /** Stores the alerts not raised before (by key); returns the ids of those that are new. */
    public List<String> raise(TransactionContext tx, Collection<Keyed> alerts, Instant now, String batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Keyed k : alerts) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", k.key());
            row.put("subjectId", k.alert().subjectId());
            Map<String, Object> props = new HashMap<>();
            props.put("id", k.id());
            props.put("ruleId", k.alert().ruleId());
            props.put("ruleName", k.alert().ruleName());
            props.put("kind", k.alert().kind());
            props.put("cause", k.alert().cause());
            props.put("detail", k.alert().detail());
            props.put("custodyEventId", k.alert().custodyEventId());
            row.put("props", props);
            rows.add(row);
        }
        return tx.run("""
                        UNWIND $rows AS row
                        MATCH (s:Subject {id: row.subjectId})
                        MERGE (a:Alert {key: row.key})
                        ON CREATE SET a += row.props, a.raisedAt = $now, a.state = 'NEW', a.batch = $batch
                        MERGE (a)-[r:ABOUT]->(s)
                        ON CREATE SET r.source = a.ruleId, r.recordedAt = $now, r.basis = 'ASSESSMENT'
                        WITH a WHERE a.batch = $batch
                        RETURN a.id AS id
                        """, Map.of("rows", rows, "now", utc(now), "batch", batch))
                .list(r -> r.get("id").asString());
    }

    public Optional<Alert> alert(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx
                    .run("MATCH (a:Alert {id: $id})-[:ABOUT]->(s:Subject) " + ALERT, Map.of("id", id))
                    .list(AlertStore::alert)
                    .stream()
                    .findFirst());
        }
    }

    /** Alerts, newest first, filtered by state and subject. */
    public List<Alert> alerts(
            @Nullable Collection<AlertState> states,
            @Nullable String subjectId,
            @Nullable String custodyEventId,
            long skip,
            int limit) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (a:Alert)-[:ABOUT]->(s:Subject) WHERE " + FILTER + ALERT
                                    + " ORDER BY a.raisedAt DESC, a.id SKIP $skip LIMIT $limit",
                            filter(states, subjectId, custodyEventId, skip, limit))
                    .list(AlertStore::alert));
        }
    }

    public long count(@Nullable Collection<AlertState> states, @Nullable String subjectId) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (a:Alert)-[:ABOUT]->(s:Subject) WHERE " + FILTER + " RETURN count(a) AS n",
                            filter(states, subjectId, null, 0, 0))
                    .single()
                    .get("n")
                    .asLong());
        }
    }

    private static final String FILTER =
            "($states IS NULL OR a.state IN $states) AND ($subject IS NULL OR s.id = $subject)"
                    + " AND ($custody IS NULL OR a.custodyEventId = $custody) ";

    private static Map<String, Object> filter(
            @Nullable Collection<AlertState> states,
            @Nullable String subjectId,
            @Nullable String custodyEventId,
            long skip,
            int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("custody", custodyEventId);
        p.put("states", states == null ? null : states.stream().map(Enum::name).toList());
        p.put("subject", subjectId);
        p.put("skip", skip);
        p.put("limit", limit);
        return p;
    }

    /** Sets the triage of a NEW alert; false if it is no longer NEW. */
    public boolean triage(TransactionContext tx, String id, AlertState state, String reason, String by, Instant now) {
        return tx.run("""
                                MATCH (a:Alert {id: $id}) WHERE a.state = 'NEW'
                                SET a.state = $state, a.reason = $reason, a.triagedBy = $by, a.triagedAt = $now
                                RETURN count(a) AS n
                                """, Map.of("id", id, "state", state.name(), "reason", reason, "by", by, "now", utc(now)))
                        .single()
                        .get("n")
                        .asLong()
                > 0;
    }

    private static Alert alert(Record r) {
        return new Alert(
                r.get("id").asString(),
                r.get("ruleId").asString(),
                r.get("ruleName").asString(),
                r.get("kind").asString(),
                r.get("subjectId").asString(),
                r.get("subjectName").asString(""),
                r.get("cause").asString(),
                r.get("detail").asString(""),
                text(r.get("custodyEventId")),
                r.get("raisedAt").asZonedDateTime().toInstant(),
                AlertState.valueOf(r.get("state").asString()),
                text(r.get("triagedBy")),
                r.get("triagedAt").isNull()
                        ? null
                        : r.get("triagedAt").asZonedDateTime().toInstant(),
                text(r.get("reason")));
    }

    // ---- rules ----------------------------------------------------------------------------------

    private static final String RULE = """
            RETURN r.id AS id, r.name AS name, r.kind AS kind, r.threshold AS threshold, r.watchlistId AS watchlistId,
                   r.enabled AS enabled, r.createdBy AS createdBy, r.createdAt AS createdAt
            """;

    public String nextId(TransactionContext tx, String sequence, String prefix) {
        long n = tx.run("""
                        MERGE (c:Sequence {name: $name})
                        SET c.value = coalesce(c.value, 0) + 1
                        RETURN c.value AS n
                        """, Map.of("name", sequence)).single().get("n").asLong();
        return prefix + n;
    }

    public void createRule(TransactionContext tx, AlertRule rule) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", rule.id());
        p.put("name", rule.name());
        p.put("kind", rule.kind().name());
        p.put("threshold", rule.threshold());
        p.put("watchlistId", rule.watchlistId());
        p.put("enabled", rule.enabled());
        p.put("createdBy", rule.createdBy());
        p.put("createdAt", utc(rule.createdAt()));
        tx.run("CREATE (r:AlertRule) SET r = $p", Map.of("p", p)).consume();
    }

    public boolean deleteRule(TransactionContext tx, String id) {
        return tx.run("MATCH (r:AlertRule {id: $id}) DELETE r RETURN count(*) AS n", Map.of("id", id))
                        .single()
                        .get("n")
                        .asLong()
                > 0;
    }

    public List<AlertRule> rules() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (r:AlertRule) " + RULE + " ORDER BY r.createdAt, r.id")
                    .list(AlertStore::rule));
        }
    }

    public Optional<AlertRule> rule(String id) {
        try (Session session = session()) {
            return session.executeRead(tx ->
                    tx.run("MATCH (r:AlertRule {id: $id}) " + RULE, Map.of("id", id)).list(AlertStore::rule).stream()
                            .findFirst());
        }
    }

    private static AlertRule rule(Record r) {
        return new AlertRule(
                r.get("id").asString(),
                r.get("name").asString(),
                RuleKind.valueOf(r.get("kind").asString()),
                r.get("threshold").isNull() ? null : r.get("threshold").asDouble(),
                text(r.get("watchlistId")),
                r.get("enabled").asBoolean(true),
                r.get("createdBy").asString(""),
                r.get("createdAt").asZonedDateTime().toInstant());
    }

    // ---- watch lists ----------------------------------------------------------------------------

    public void createWatchlist(
            TransactionContext tx, String id, String name, @Nullable String description, String by, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("name", name);
        p.put("description", description);
        p.put("createdBy", by);
        p.put("createdAt", utc(now));
        tx.run("CREATE (w:Watchlist) SET w = $p", Map.of("p", p)).consume();
    }

    public boolean watchlistExists(String id) {
        try (Session session = session()) {
            return session.executeRead(
                            tx -> tx.run("MATCH (w:Watchlist {id: $id}) RETURN count(w) AS n", Map.of("id", id))
                                    .single()
                                    .get("n")
                                    .asLong())
                    > 0;
        }
    }

    public List<Watchlist> watchlists() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (w:Watchlist)
                            RETURN w.id AS id, w.name AS name, w.description AS description, w.createdBy AS createdBy,
                                   w.createdAt AS createdAt
                            ORDER BY w.name, w.id
                            """).list(r -> watchlist(r, List.of())));
        }
    }

    public Optional<Watchlist> watchlist(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx
                    .run("""
                            MATCH (w:Watchlist {id: $id})
                            RETURN w.id AS id, w.name AS name, w.description AS description, w.createdBy AS createdBy,
                                   w.createdAt AS createdAt,
                                   COLLECT { MATCH (w)-[x:WATCHES]->(s:Subject)
                                             RETURN {subjectId: s.id, name: toUpper(s.surname) + ', ' + s.forenames,
                                                     addedBy: x.addedBy, addedAt: x.addedAt, reason: x.reason}
                                             ORDER BY s.id } AS subjects
                            """, Map.of("id", id))
                    .list(r -> watchlist(
                            r,
                            r.get("subjects")
                                    .asList(v -> new Watchlist.Watched(
                                            v.get("subjectId").asString(),
                                            v.get("name").asString(""),
                                            v.get("addedBy").asString(""),
                                            v.get("addedAt").asZonedDateTime().toInstant(),
                                            v.get("reason").asString("")))))
                    .stream()
                    .findFirst());
        }
    }

    /** Puts a subject on a watch list (again: the reason and time are renewed); false if no such subject. */
    public boolean watch(TransactionContext tx, String id, String subjectId, String reason, String by, Instant now) {
        return tx.run("""
                                MATCH (w:Watchlist {id: $id}) MATCH (s:Subject {id: $subject})
                                MERGE (w)-[x:WATCHES]->(s)
                                SET x.addedBy = $by, x.addedAt = $now, x.reason = $reason, x.source = 'watchlist ' + w.id,
                                    x.recordedAt = $now, x.basis = 'ASSESSMENT'
                                RETURN count(x) AS n
                                """, Map.of("id", id, "subject", subjectId, "reason", reason, "by", by, "now", utc(now)))
                        .single()
                        .get("n")
                        .asLong()
                > 0;
    }

    public boolean unwatch(TransactionContext tx, String id, String subjectId) {
        return tx.run(
                                "MATCH (:Watchlist {id: $id})-[x:WATCHES]->(:Subject {id: $subject}) DELETE x RETURN count(*) AS n",
                                Map.of("id", id, "subject", subjectId))
                        .single()
                        .get("n")
                        .asLong()
                > 0;
    }

    private static Watchlist watchlist(Record r, List<Watchlist.Watched> subjects) {
        return new Watchlist(
                r.get("id").asString(),
                r.get("name").asString(),
                text(r.get("description")),
                r.get("createdBy").asString(""),
                r.get("createdAt").asZonedDateTime().toInstant(),
                subjects);
    }

    // ---- evaluation -----------------------------------------------------------------------------

    /** One match of a rule: the subject, the cause (dedup key part) and the detail. */
    public record Match(String subjectId, String cause, String detail) {}

    /**
     * The matches of a graph rule, for the given subjects only when {@code subjects} is not null. Harm
     * rules get the ids of the subjects at or above their threshold in {@code highHarm}.
     */
    public List<Match> matches(AlertRule rule, @Nullable Collection<String> subjects, Collection<String> highHarm) {
        Map<String, Object> p = new HashMap<>();
        p.put("ids", subjects == null ? null : List.copyOf(subjects));
        p.put("since", utc(rule.createdAt()));
        p.put("watchlist", rule.watchlistId());
        p.put("high", List.copyOf(highHarm));
        String cypher = switch (rule.kind()) {
            case WATCHED_IN_CUSTODY -> """
                            MATCH (:Watchlist {id: $watchlist})-[:WATCHES]->(s:Subject)-[:INVOLVED_IN]->(i:Incident {type: 'CUSTODY'})
                            WHERE ($ids IS NULL OR s.id IN $ids) AND i.recordedAt >= $since
                            RETURN DISTINCT s.id AS subject, 'custody event ' + i.id AS cause,
                                   'In custody at ' + coalesce(i.custodySuite, 'a custody suite') + ' since '
                                     + toString(i.occurredAt) AS detail
                            """;
            case TRACKED_IN_CUSTODY -> """
                            MATCH (r:Referral {state: 'ACCEPTED'})-[:CONCERNS]->(s:Subject)-[:INVOLVED_IN]->(i:Incident {type: 'CUSTODY'})
                            WHERE ($ids IS NULL OR s.id IN $ids) AND i.recordedAt >= $since
                            RETURN DISTINCT s.id AS subject, 'custody event ' + i.id AS cause,
                                   'On the high-harm tracker (referral ' + r.id + ') and in custody at '
                                     + coalesce(i.custodySuite, 'a custody suite') AS detail
                            """;
            case HIGH_HARM_OCG_LINK -> """
                            MATCH (s:Subject)-[r:ASSOCIATE_OF]-(b:Subject)-[m:MEMBER_OF]->(o:Ocg)
                            WHERE s.id IN $high AND ($ids IS NULL OR s.id IN $ids OR b.id IN $ids)
                              AND s <> b AND r.kind <> 'RIVAL' AND r.recordedAt >= $since
                              AND (m.validTo IS NULL OR m.validTo >= date())
                            RETURN DISTINCT s.id AS subject,
                                   'link ' + r.kind + ' ' + r.source + ' with ' + b.id + ' of ' + o.id AS cause,
                                   'New ' + r.kind + ' link (' + r.source + ') with ' + b.id + ', member of OCG '
                                     + coalesce(o.name, o.id) AS detail
                            """;
            case WANTED -> """
                            MATCH (c:Check)-[:CONCERNS]->(s:Subject)
                            WHERE ($ids IS NULL OR s.id IN $ids)
                              AND (c.result = 'WANTED' OR (c.kind = 'EAW' AND c.result = 'TRACE'))
                            RETURN DISTINCT s.id AS subject, 'check ' + c.id AS cause,
                                   c.kind + ' check ' + c.id + ': ' + c.result + coalesce(' - ' + c.summary, '') AS detail
                            """;
            case HARM_THRESHOLD ->
                throw new IllegalArgumentException("harm thresholds are evaluated on the harm table");
        };
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(cypher, p)
                    .list(r -> new Match(
                            r.get("subject").asString(),
                            r.get("cause").asString(),
                            r.get("detail").asString(""))));
        }
    }

    /** Whether the subject is on the high-harm tracker (a referral accepted by immigration enforcement). */
    public Optional<String> trackerReferral(String subjectId) {
        try (Session session = session()) {
            return session.executeRead(tx ->
                    tx.run("""
                            MATCH (r:Referral {state: 'ACCEPTED'})-[:CONCERNS]->(:Subject {id: $id})
                            RETURN r.id AS id ORDER BY r.id LIMIT 1
                            """, Map.of("id", subjectId)).list(r -> r.get("id").asString()).stream()
                            .findFirst());
        }
    }

    private static @Nullable String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
