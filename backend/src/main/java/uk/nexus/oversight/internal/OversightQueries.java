package uk.nexus.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import uk.nexus.oversight.ReviewItem;
import uk.nexus.oversight.ReviewKind;

/**
 * The Cypher of oversight. Review decisions and deletions run in the access log's transaction (see
 * {@code AccessLog.writeAndRecord}), so they take the driver's {@link TransactionContext}.
 */
@Repository
public class OversightQueries {

    /** A referral still in progress or on the tracker: the person stays out of the zero-harm review. */
    public static final String ACTIVE_REFERRAL_STATES = "['DRAFT', 'SUBMITTED', 'APPROVED', 'ACCEPTED']";

    private static final String QUEUE = """
            CALL () {
              MATCH (n:Subject)
              WITH n, coalesce(n.reviewDate < date(), false) AS past,
                   NOT n.id IN $harmful
                   AND NOT EXISTS { (r:Referral)-[:CONCERNS]->(n) WHERE r.state IN %s }
                   AND (n.reviewDecision IS NULL OR coalesce(n.reviewDate < date(), true)) AS zero
              WHERE past OR zero
              RETURN 'Subject' AS kind, n, past, zero,
                     toUpper(n.surname) + ', ' + n.forenames AS label
              UNION ALL
              MATCH (n:Incident) WHERE n.reviewDate < date()
              RETURN 'Incident' AS kind, n, true AS past, false AS zero,
                     n.type + ' ' + coalesce(COLLECT { MATCH (n)-[:CLASSIFIED_AS]->(o:Offence) RETURN o.code }[0], '')
                       + ' on ' + toString(date(n.occurredAt)) AS label
              UNION ALL
              MATCH (n:IntelReport) WHERE n.reviewDate < date()
              RETURN 'IntelReport' AS kind, n, true AS past, false AS zero,
                     'Intelligence ' + n.id + ' (' + n.gradeScheme + ' ' + n.grade + '/' + n.handling + ')' AS label
              UNION ALL
              MATCH (n:Group) WHERE n.reviewDate < date()
              RETURN 'Group' AS kind, n, true AS past, false AS zero, n.name AS label
            }
            WITH kind, n, past, zero, label
            WHERE $kind IS NULL OR kind = $kind
            """.formatted(ACTIVE_REFERRAL_STATES);

    private final Neo4jClient neo4j;

    public OversightQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    // ---- interim harm ----------------------------------------------------------------------

    // ---- the review queue ------------------------------------------------------------------

    /** One page of the queue: past review first, then by review date. */
    public List<ReviewItem> queue(@Nullable ReviewKind kind, Set<String> harmful, long skip, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind == null ? null : kind.name());
        params.put("harmful", List.copyOf(harmful));
        params.put("skip", skip);
        params.put("limit", limit);
        return List.copyOf(neo4j.query(QUEUE + """
                        RETURN kind, n.id AS id, label, n.reviewDate AS reviewDate, past, zero,
                               n.reviewedBy AS by, n.reviewedAt AS at, n.reviewReason AS reason
                        ORDER BY past DESC, n.reviewDate, kind, n.id
                        SKIP $skip LIMIT $limit
                        """)
                .bindAll(params)
                .fetchAs(ReviewItem.class)
                .mappedBy((t, r) -> item(r))
                .all());
    }

    /** How many records the queue holds. */
    public long count(@Nullable ReviewKind kind, Set<String> harmful) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind == null ? null : kind.name());
        params.put("harmful", List.copyOf(harmful));
        return neo4j.query(QUEUE + " RETURN count(*) AS n")
                .bindAll(params)
                .fetchAs(Long.class)
                .mappedBy((t, r) -> r.get("n").asLong())
                .one()
                .orElse(0L);
    }

    private static ReviewItem item(org.neo4j.driver.types.MapAccessor r) {
        List<String> reasons = new ArrayList<>();
        if (r.get("past").asBoolean()) {
            reasons.add("PAST_REVIEW");
        }
        if (r.get("zero").asBoolean()) {
            reasons.add("ZERO_HARM");
        }
        ReviewItem.Decision decision = r.get("by").isNull()
                ? null
                : new ReviewItem.Decision(
                        r.get("by").asString(),
                        r.get("at").asZonedDateTime(),
                        r.get("reason").isNull() ? "" : r.get("reason").asString());
        return new ReviewItem(
                ReviewKind.valueOf(r.get("kind").asString()),
                r.get("id").asString(),
                r.get("label").isNull()
                        ? r.get("id").asString()
                        : r.get("label").asString(),
                r.get("reviewDate").isNull() ? null : r.get("reviewDate").asLocalDate(),
                r.get("past").asBoolean(),
                List.copyOf(reasons),
                decision);
    }

    /** Whether the subject is on a referral still in progress or on the tracker. */
    public boolean onActiveReferral(String subjectId) {
        return neo4j.query("RETURN EXISTS { (r:Referral)-[:CONCERNS]->(:Subject {id: $id}) WHERE r.state IN "
                        + ACTIVE_REFERRAL_STATES + " } AS active")
                .bind(subjectId)
                .to("id")
                .fetchAs(Boolean.class)
                .mappedBy((t, r) -> r.get("active").asBoolean())
                .one()
                .orElse(false);
    }

    // ---- decisions (in the access log's transaction) -------------------------------------------

    /** Sets a new review date and records the decision; the previous review date, or empty if there is no such record. */
    public static Optional<@Nullable LocalDate> retain(
            TransactionContext tx, ReviewKind kind, String id, LocalDate newDate, String by, String reason) {
        List<Record> rows = tx.run(
                        """
                        MATCH (n:$($label) {id: $id})
                        WITH n, n.reviewDate AS previous
                        SET n.reviewDate = $date, n.reviewDecision = 'RETAIN', n.reviewedBy = $by,
                            n.reviewedAt = datetime(), n.reviewReason = $reason
                        RETURN previous
                        """, Map.of("label", kind.name(), "id", id, "date", newDate, "by", by, "reason", reason))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Value previous = rows.getFirst().get("previous");
        return Optional.ofNullable(previous.isNull() ? null : previous.asLocalDate());
    }

    /**
     * Deletes a record and what only it owns; returns what was removed by kind, or empty if there is no
     * such record. A subject takes its aliases, convictions, checks and (inactive) referrals with it;
     * a report takes the links drawn from it; phones, vehicles, weapons and locations left linked to
     * nothing go too.
     */
    public static Optional<Map<String, Long>> delete(TransactionContext tx, ReviewKind kind, String id) {
        Map<String, Object> key = Map.of("label", kind.name(), "id", id);
        List<Record> found = tx.run("""
                        MATCH (n:$($label) {id: $id})
                        RETURN COUNT { (n)--() } AS links,
                               [(n)--(x) WHERE x:Phone OR x:Vehicle OR x:Weapon OR x:Location | elementId(x)] AS objects
                        """, key).list();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> removed = new LinkedHashMap<>();
        List<String> objects = found.getFirst().get("objects").asList(Value::asString);
        switch (kind) {
            case Subject -> {
                removed.put("Alias", owned(tx, id, "MATCH (:Subject {id: $id})-[:HAS_ALIAS]->(x:Alias)"));
                removed.put(
                        "Conviction", owned(tx, id, "MATCH (:Subject {id: $id})-[:HAS_CONVICTION]->(x:Conviction)"));
                removed.put("Check", owned(tx, id, "MATCH (x:Check)-[:CONCERNS]->(:Subject {id: $id})"));
                removed.put("Referral", owned(tx, id, "MATCH (x:Referral)-[:CONCERNS]->(:Subject {id: $id})"));
            }
            case IntelReport ->
                removed.put(
                        "links drawn from the report",
                        tx.run("""
                                        MATCH (:IntelReport {id: $id})-[:MENTIONS]->(s:Subject)-[r]-()
                                        WHERE r.intelId = $id OR r.source = $id
                                        WITH DISTINCT r
                                        DELETE r
                                        RETURN count(r) AS n
                                        """, Map.of("id", id)).single().get("n").asLong());
            case Incident, Group -> {
                // nothing is owned by an incident or a group alone; their links go with them
            }
        }
        removed.put("links", found.getFirst().get("links").asLong());
        tx.run("MATCH (n:$($label) {id: $id}) DETACH DELETE n", key).consume();
        removed.put(
                "orphaned objects and locations",
                tx.run("""
                                UNWIND $objects AS eid
                                MATCH (x) WHERE elementId(x) = eid AND NOT (x)--()
                                DELETE x
                                RETURN count(x) AS n
                                """, Map.of("objects", objects)).single().get("n").asLong());
        return Optional.of(removed);
    }

    private static long owned(TransactionContext tx, String id, String match) {
        return tx.run(match + " DETACH DELETE x RETURN count(x) AS n", Map.of("id", id))
                .single()
                .get("n")
                .asLong();
    }

    // ---- equality monitoring ---------------------------------------------------------------

    /** A person as equality monitoring counts them: nationalities and ethnicity only. */
    public record Person(
            String id, List<String> nationalities, @Nullable String ethnicity) {}

    /** People with a custody event (not as victim or witness). */
    public List<Person> custodyPopulation() {
        return people("""
                MATCH (s:Subject)-[r:INVOLVED_IN]->(:Incident {type: 'CUSTODY'})
                WHERE NOT r.category IN ['VICTIM', 'WITNESS']
                WITH DISTINCT s
                """, Map.of());
    }

    /** People referred (any state but DRAFT). */
    public List<Person> referred() {
        return people("""
                MATCH (r:Referral)-[:CONCERNS]->(s:Subject)
                WHERE r.state <> 'DRAFT'
                WITH DISTINCT s
                """, Map.of());
    }

    /** The given people. */
    public List<Person> people(Collection<String> ids) {
        return people("MATCH (s:Subject) WHERE s.id IN $ids WITH s", Map.of("ids", List.copyOf(ids)));
    }

    private List<Person> people(String match, Map<String, Object> params) {
        return List.copyOf(neo4j.query(
                        match
                                + " RETURN s.id AS id, coalesce(s.nationalities, []) AS nationalities, s.ethnicity AS ethnicity")
                .bindAll(params)
                .fetchAs(Person.class)
                .mappedBy((t, r) -> new Person(
                        r.get("id").asString(),
                        r.get("nationalities").asList(Value::asString),
                        r.get("ethnicity").isNull() ? null : r.get("ethnicity").asString()))
                .all());
    }
}
