package uk.nexus.referral.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.referral.Eligibility;
import uk.nexus.referral.EvidenceItem;
import uk.nexus.referral.Originator;
import uk.nexus.referral.Outcome;
import uk.nexus.referral.ReferralDetails;
import uk.nexus.referral.ReferralEvent;
import uk.nexus.referral.ReferralFilter;
import uk.nexus.referral.ReferralListItem;
import uk.nexus.referral.ReferralState;

/**
 * Referrals in the graph, written with explicit Cypher rather than Spring Data's save: a referral hangs
 * off the person graph, and saving a mapped aggregate would cascade into the subject's record. Every
 * change is conditional on the version read, so two users acting at once cannot both succeed.
 */
@Repository
public class ReferralStore {

    private static final String ITEM = """
            RETURN r.id AS id, s.id AS subjectId, toUpper(s.surname) + ', ' + s.forenames AS subjectName,
                   o.name AS originator, o.id AS originatorId, r.state AS state, r.outcome AS outcome,
                   r.createdAt AS createdAt, r.createdBy AS createdBy,
                   coalesce(r.updatedAt, r.outcomeAt, r.decidedAt, r.approvedAt, r.submittedAt, r.createdAt) AS updatedAt,
                   r.nextReview AS nextReview, coalesce(r.borough, s.borough) AS borough
            """;

    private final Neo4jClient neo4j;
    private final JsonMapper json;

    public ReferralStore(Neo4jClient neo4j, JsonMapper json) {
        this.neo4j = neo4j;
        this.json = json;
    }

    /** The next referral id, {@code REF-<year>-<n>}, from a counter node updated in the same transaction. */
    public String nextId(ZonedDateTime now) {
        long n = neo4j.query("""
                        MERGE (c:Sequence {name: 'referral'})
                        SET c.value = coalesce(c.value, 0) + 1
                        RETURN c.value AS n
                        """)
                .fetchAs(Long.class)
                .mappedBy((t, r) -> r.get("n").asLong())
                .one()
                .orElseThrow();
        return "REF-%d-%06d".formatted(now.getYear(), n);
    }

    /** Creates a draft with its evidence links and its first event. */
    public void create(
            String id,
            String subjectId,
            String originatorId,
            String justification,
            String author,
            List<Eligibility.Flag> flags,
            List<Map<String, Object>> evidence,
            SubjectHarm harm,
            ZonedDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("harm", harm.harm());
        p.put("harmSnapshot", json.writeValueAsString(harm));
        p.put("id", id);
        p.put("subjectId", subjectId);
        p.put("originatorId", originatorId);
        p.put("justification", justification);
        p.put("author", author);
        p.put("flags", flags.stream().map(Enum::name).toList());
        p.put("evidence", evidence);
        p.put("now", now);
        neo4j.query("""
                        MATCH (s:Subject {id: $subjectId})
                        MATCH (o:ReferralOriginator {id: $originatorId})
                        CREATE (r:Referral {id: $id, state: 'DRAFT', justification: $justification,
                                            createdAt: $now, createdBy: $author, updatedAt: $now, version: 1,
                                            eligibilityFlags: $flags, borough: s.borough,
                                            harmWhenReferred: $harm, harmSnapshot: $harmSnapshot})
                        CREATE (r)-[:CONCERNS {source: 'referral ' + $id, recordedAt: $now, basis: 'FACT'}]->(s)
                        CREATE (r)-[:ORIGINATED_BY {source: 'referral ' + $id, recordedAt: $now, basis: 'FACT'}]->(o)
                        CREATE (r)-[:HAS_EVENT {source: 'referral ' + $id, recordedAt: $now, basis: 'FACT'}]->
                               (:ReferralEvent {seq: 1, action: 'CREATE', to: 'DRAFT', at: $now, by: $author})
                        WITH r
                        UNWIND $evidence AS e
                        CALL (r, e) {
                          MATCH (x {id: e.ref}) WHERE e.label IN labels(x)
                          CREATE (r)-[d:DISCLOSES]->(x)
                          SET d = e.props, d.source = 'referral ' + r.id, d.recordedAt = $now
                        }
                        """).bindAll(p).run();
    }

    /** Evidence a subject's record offers for a referral, as disclosable items. */
    public List<EvidenceItem> candidateEvidence(String subjectId) {
        return List.copyOf(neo4j.query("""
                        MATCH (s:Subject {id: $id})
                        CALL (s) {
                          MATCH (s)-[v:INVOLVED_IN]->(i:Incident) WHERE v.category IN ['OFFENDER', 'SUSPECT']
                          OPTIONAL MATCH (i)-[:CLASSIFIED_AS]->(o:Offence)
                          RETURN 'INCIDENT' AS kind, i.id AS ref,
                                 i.type + ': ' + coalesce(o.description, 'offence not recorded') + ' (' + v.category + ', '
                                   + coalesce(v.outcome, 'no outcome') + ')' AS summary,
                                 date(i.occurredAt) AS asOf, v.basis AS basis, v.gradeScheme AS scheme, v.grade AS grade,
                                 v.handling AS handling, null AS conditions
                          UNION
                          MATCH (s)-[h:HAS_CONVICTION]->(c:Conviction)-[:FOR_OFFENCE]->(o:Offence)
                          RETURN 'CONVICTION' AS kind, c.id AS ref,
                                 o.description + ' — ' + CASE WHEN c.overseas THEN 'overseas (' + c.country + ')' ELSE 'UK' END
                                   + coalesce(', ' + c.sentence, '') AS summary,
                                 c.convictedOn AS asOf, 'FACT' AS basis, null AS scheme, null AS grade, null AS handling,
                                 null AS conditions
                          UNION
                          MATCH (n:IntelReport)-[m:MENTIONS]->(s)
                          RETURN 'INTELLIGENCE' AS kind, n.id AS ref, n.summary AS summary, date(n.recordedAt) AS asOf,
                                 'ASSESSMENT' AS basis, n.gradeScheme AS scheme, n.grade AS grade, n.handling AS handling,
                                 n.handlingConditions AS conditions
                        }
                        RETURN kind, ref, summary, asOf, basis, scheme, grade, handling, conditions
                        ORDER BY asOf DESC, kind, ref
                        """)
                .bind(subjectId)
                .to("id")
                .fetchAs(EvidenceItem.class)
                .mappedBy((t, r) -> evidence(r))
                .all());
    }

    /** A referral's state and the people it depends on, for deciding a transition. */
    public record Current(
            ReferralState state,
            long version,
            String author,
            @Nullable String submitter) {}

    public Optional<Current> current(String id) {
        return neo4j.query("""
                        MATCH (r:Referral {id: $id})
                        OPTIONAL MATCH (r)-[:HAS_EVENT]->(e:ReferralEvent {action: 'SUBMIT'})
                        WITH r, e ORDER BY e.seq DESC
                        WITH r, collect(e.by)[0] AS submitter
                        RETURN r.state AS state, coalesce(r.version, 0) AS version, r.createdBy AS author, submitter
                        """)
                .bind(id)
                .to("id")
                .fetchAs(Current.class)
                .mappedBy((t, r) -> new Current(
                        ReferralState.valueOf(r.get("state").asString()),
                        r.get("version").asLong(),
                        r.get("author").asString(),
                        text(r.get("submitter"))))
                .one();
    }

    /**
     * Applies a transition if the referral is still in {@code expected} at {@code version}; returns
     * false when someone else changed it first.
     */
    public boolean transition(
            String id,
            long version,
            ReferralState expected,
            ReferralState next,
            String action,
            String by,
            @Nullable String reason,
            @Nullable Outcome outcome,
            @Nullable String barrier,
            ZonedDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("version", version);
        p.put("expected", expected.name());
        p.put("next", next.name());
        p.put("action", action);
        p.put("by", by);
        p.put("reason", reason);
        p.put("outcome", outcome == null ? null : outcome.name());
        p.put("barrier", barrier);
        p.put("now", now);
        return neo4j.query("""
                        MATCH (r:Referral {id: $id})
                        WHERE coalesce(r.version, 0) = $version AND r.state = $expected
                        SET r.state = $next, r.version = coalesce(r.version, 0) + 1, r.updatedAt = $now
                        FOREACH (_ IN CASE WHEN $action = 'SUBMIT' THEN [1] ELSE [] END | SET r.submittedAt = $now)
                        FOREACH (_ IN CASE WHEN $action = 'RETURN' THEN [1] ELSE [] END | SET r.submittedAt = null)
                        FOREACH (_ IN CASE WHEN $action = 'APPROVE' THEN [1] ELSE [] END |
                                 SET r.approvedAt = $now, r.approvedBy = $by)
                        FOREACH (_ IN CASE WHEN $action IN ['ACCEPT', 'REJECT'] THEN [1] ELSE [] END | SET r.decidedAt = $now)
                        FOREACH (_ IN CASE WHEN $action = 'REJECT' THEN [1] ELSE [] END | SET r.rejectionReason = $reason)
                        FOREACH (_ IN CASE WHEN $action = 'RECORD_OUTCOME' THEN [1] ELSE [] END |
                                 SET r.outcome = $outcome, r.outcomeAt = $now, r.barrier = $barrier)
                        WITH r, COUNT { (r)-[:HAS_EVENT]->() } AS events
                        CREATE (r)-[:HAS_EVENT {source: 'referral ' + r.id, recordedAt: $now, basis: 'FACT'}]->
                               (:ReferralEvent {seq: events + 1, action: $action, from: $expected, to: $next,
                                                outcome: $outcome, at: $now, by: $by, reason: $reason})
                        RETURN count(r) AS changed
                        """)
                        .bindAll(p)
                        .fetchAs(Long.class)
                        .mappedBy((t, r) -> r.get("changed").asLong())
                        .one()
                        .orElse(0L)
                > 0;
    }

    /** Sets the next tracker review date (not a state change, but recorded as an event). */
    public boolean setNextReview(String id, long version, LocalDate date, String by, ZonedDateTime now) {
        return neo4j.query("""
                        MATCH (r:Referral {id: $id}) WHERE coalesce(r.version, 0) = $version
                        SET r.nextReview = $date, r.version = coalesce(r.version, 0) + 1, r.updatedAt = $now
                        WITH r, COUNT { (r)-[:HAS_EVENT]->() } AS events
                        CREATE (r)-[:HAS_EVENT {source: 'referral ' + r.id, recordedAt: $now, basis: 'FACT'}]->
                               (:ReferralEvent {seq: events + 1, action: 'SET_REVIEW', from: r.state, to: r.state,
                                                at: $now, by: $by, reason: 'next review ' + toString($date)})
                        RETURN count(r) AS changed
                        """)
                        .bindAll(Map.of("id", id, "version", version, "date", date, "by", by, "now", now))
                        .fetchAs(Long.class)
                        .mappedBy((t, r) -> r.get("changed").asLong())
                        .one()
                        .orElse(0L)
                > 0;
    }

    public Optional<ReferralDetails> details(String id) {
        return neo4j.query("MATCH (r:Referral {id: $id})-[:CONCERNS]->(s:Subject) MATCH (r)-[:ORIGINATED_BY]->(o) "
                        + ITEM
                        + """
                        , r.justification AS justification, r.rejectionReason AS rejectionReason, r.barrier AS barrier,
                          coalesce(r.eligibilityFlags, []) AS flags, coalesce(r.version, 0) AS version,
                          r.approvedBy AS approvedBy, r.submittedAt AS submittedAt, r.outcomeAt AS outcomeAt,
                          r.approvedAt AS approvedAt, r.decidedAt AS decidedAt, r.harmSnapshot AS harmSnapshot,
                          COLLECT { MATCH (r)-[d:DISCLOSES]->(x)
                                    RETURN {kind: d.kind, ref: x.id, summary: d.summary, asOf: d.asOf, basis: d.basis,
                                            scheme: d.gradeScheme, grade: d.grade, handling: d.handling,
                                            conditions: d.handlingConditions} ORDER BY d.asOf DESC } AS evidence,
                          COLLECT { MATCH (r)-[:HAS_EVENT]->(e:ReferralEvent) RETURN properties(e) ORDER BY e.seq } AS events
                        """)
                .bind(id)
                .to("id")
                .fetchAs(ReferralDetails.class)
                .mappedBy((t, r) -> new ReferralDetails(
                        item(r),
                        r.get("originatorId").asString(),
                        r.get("justification").asString(""),
                        text(r.get("rejectionReason")),
                        text(r.get("barrier")),
                        r.get("flags").asList(v -> Eligibility.Flag.valueOf(v.asString())),
                        r.get("evidence").asList(v -> evidence(v)),
                        events(r),
                        r.get("version").asLong(),
                        text(r.get("approvedBy")),
                        time(r.get("submittedAt")),
                        time(r.get("outcomeAt")),
                        r.get("nextReview").isNull()
                                ? null
                                : r.get("nextReview").asLocalDate(),
                        r.get("harmSnapshot").isNull()
                                ? null
                                : json.readValue(r.get("harmSnapshot").asString(), SubjectHarm.class)))
                .one();
    }

    /** Referrals matching a filter, newest first. All filter values are optional. */
    public List<ReferralListItem> list(ReferralFilter f, int offset, int limit) {
        Map<String, Object> p = parameters(f);
        p.put("offset", offset);
        p.put("limit", limit);
        return List.copyOf(neo4j.query(FILTERED + ITEM + " ORDER BY r.createdAt DESC, r.id SKIP $offset LIMIT $limit")
                .bindAll(p)
                .fetchAs(ReferralListItem.class)
                .mappedBy((t, r) -> item(r))
                .all());
    }

    public long count(ReferralFilter f) {
        return neo4j.query(FILTERED + " RETURN count(r) AS n")
                .bindAll(parameters(f))
                .fetchAs(Long.class)
                .mappedBy((t, r) -> r.get("n").asLong())
                .one()
                .orElse(0L);
    }

    private static final String FILTERED = """
            MATCH (r:Referral)-[:CONCERNS]->(s:Subject)
            MATCH (r)-[:ORIGINATED_BY]->(o:ReferralOriginator)
            WHERE ($states IS NULL OR r.state IN $states)
              AND ($originator IS NULL OR o.id = $originator)
              AND ($outcome IS NULL OR r.outcome = $outcome)
              AND ($borough IS NULL OR coalesce(r.borough, s.borough) = $borough)
              AND ($from IS NULL OR date(r.createdAt) >= $from)
              AND ($to IS NULL OR date(r.createdAt) <= $to)
              AND ($subject IS NULL OR s.id = $subject)
              AND ($createdBy IS NULL OR r.createdBy = $createdBy)
              AND ($notCreatedBy IS NULL OR r.createdBy <> $notCreatedBy)
            """;

    /** What eligibility is decided from: nationality, immigration status, review date. */
    public record SubjectFacts(
            List<String> nationalities,
            @Nullable String immigrationStatus,
            @Nullable LocalDate reviewDate) {}

    public Optional<SubjectFacts> subjectFacts(String subjectId) {
        return neo4j.query("""
                        MATCH (s:Subject {id: $id})
                        RETURN coalesce(s.nationalities, []) AS nationalities, s.immigrationStatus AS status, s.reviewDate AS review
                        """)
                .bind(subjectId)
                .to("id")
                .fetchAs(SubjectFacts.class)
                .mappedBy((t, r) -> new SubjectFacts(
                        r.get("nationalities").asList(Value::asString),
                        text(r.get("status")),
                        r.get("review").isNull() ? null : r.get("review").asLocalDate()))
                .one();
    }

    /** Every originator, by name. */
    public List<Originator> originators() {
        return List.copyOf(neo4j.query(
                        "MATCH (o:ReferralOriginator) RETURN o.id AS id, o.name AS name, o.description AS description ORDER BY o.name")
                .fetchAs(Originator.class)
                .mappedBy((t, r) ->
                        new Originator(r.get("id").asString(), r.get("name").asString(), text(r.get("description"))))
                .all());
    }

    /** Creates or renames an originator. */
    public void saveOriginator(Originator o, String by, ZonedDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", o.id());
        p.put("name", o.name());
        p.put("description", o.description());
        p.put("by", by);
        p.put("now", now);
        neo4j.query("""
                        MERGE (o:ReferralOriginator {id: $id})
                        SET o.name = $name, o.description = $description, o.updatedBy = $by, o.updatedAt = $now
                        """).bindAll(p).run();
    }

    /** Whether the originator exists. */
    public boolean originatorExists(String id) {
        return neo4j.query("MATCH (o:ReferralOriginator {id: $id}) RETURN count(o) > 0 AS found")
                .bind(id)
                .to("id")
                .fetchAs(Boolean.class)
                .mappedBy((t, r) -> r.get("found").asBoolean())
                .one()
                .orElse(false);
    }

    /** Whether the subject has a referral in progress or on the tracker. */
    public boolean hasActiveReferral(String subjectId) {
        return neo4j.query("""
                        MATCH (r:Referral)-[:CONCERNS]->(:Subject {id: $id})
                        WHERE r.state IN ['DRAFT', 'SUBMITTED', 'APPROVED', 'ACCEPTED']
                        RETURN count(r) > 0 AS active
                        """)
                .bind(subjectId)
                .to("id")
                .fetchAs(Boolean.class)
                .mappedBy((t, r) -> r.get("active").asBoolean())
                .one()
                .orElse(false);
    }

    private static Map<String, Object> parameters(ReferralFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put(
                "states",
                f.states() == null || f.states().isEmpty()
                        ? null
                        : f.states().stream().map(Enum::name).toList());
        p.put("originator", f.originator());
        p.put("outcome", f.outcome() == null ? null : f.outcome().name());
        p.put("borough", f.borough());
        p.put("from", f.from());
        p.put("to", f.to());
        p.put("subject", f.subject());
        p.put("createdBy", f.createdBy());
        p.put("notCreatedBy", f.notCreatedBy());
        return p;
    }

    private static ReferralListItem item(MapAccessor r) {
        return new ReferralListItem(
                r.get("id").asString(),
                r.get("subjectId").asString(),
                r.get("subjectName").asString(),
                r.get("originator").asString(),
                ReferralState.valueOf(r.get("state").asString()),
                r.get("outcome").isNull()
                        ? null
                        : Outcome.valueOf(r.get("outcome").asString()),
                r.get("createdAt").asZonedDateTime(),
                r.get("createdBy").asString(),
                time(r.get("updatedAt")),
                r.get("nextReview").isNull() ? null : r.get("nextReview").asLocalDate(),
                text(r.get("borough")),
                null);
    }

    private static EvidenceItem evidence(MapAccessor v) {
        return new EvidenceItem(
                v.get("kind").asString(),
                v.get("ref").asString(),
                v.get("summary").asString(""),
                v.get("asOf").isNull() ? null : v.get("asOf").asLocalDate(),
                v.get("basis").asString("FACT"),
                text(v.get("scheme")),
                text(v.get("grade")),
                text(v.get("handling")),
                text(v.get("conditions")),
                null);
    }

    /**
     * Recorded events; for a referral imported with its history as timestamps, the steps those
     * timestamps record come first, marked as taken from the imported record.
     */
    private static List<ReferralEvent> events(MapAccessor r) {
        List<ReferralEvent> stored = r.get("events")
                .asList(v -> new ReferralEvent(
                        v.get("seq").asInt(),
                        v.get("action").asString(),
                        text(v.get("from")),
                        v.get("to").asString(),
                        text(v.get("outcome")),
                        v.get("at").asZonedDateTime(),
                        v.get("by").asString(),
                        text(v.get("reason"))));
        if (stored.stream().anyMatch(e -> e.action().equals("CREATE"))) {
            return stored;
        }
        List<ReferralEvent> all = new ArrayList<>();
        String imported = "from the imported record";
        String createdBy = r.get("createdBy").asString();
        ZonedDateTime firstStored = stored.isEmpty() ? null : stored.getFirst().at();
        addIfBefore(all, firstStored, "CREATE", null, "DRAFT", null, time(r.get("createdAt")), createdBy, imported);
        addIfBefore(
                all,
                firstStored,
                "SUBMIT",
                "DRAFT",
                "SUBMITTED",
                null,
                time(r.get("submittedAt")),
                createdBy,
                imported);
        addIfBefore(
                all,
                firstStored,
                "APPROVE",
                "SUBMITTED",
                "APPROVED",
                null,
                time(r.get("approvedAt")),
                r.get("approvedBy").asString("unknown"),
                imported);
        String state = r.get("state").asString();
        if (state.equals("ACCEPTED") || state.equals("REJECTED")) {
            addIfBefore(
                    all,
                    firstStored,
                    state.equals("ACCEPTED") ? "ACCEPT" : "REJECT",
                    "APPROVED",
                    state,
                    null,
                    time(r.get("decidedAt")),
                    "immigration enforcement",
                    imported);
        }
        if (stored.isEmpty() && !r.get("outcome").isNull()) {
            addIfBefore(
                    all,
                    null,
                    "RECORD_OUTCOME",
                    "ACCEPTED",
                    "ACCEPTED",
                    r.get("outcome").asString(),
                    time(r.get("outcomeAt")),
                    "immigration enforcement",
                    imported);
        }
        int seq = 0;
        List<ReferralEvent> numbered = new ArrayList<>();
        for (ReferralEvent e : all) {
            numbered.add(
                    new ReferralEvent(++seq, e.action(), e.from(), e.to(), e.outcome(), e.at(), e.by(), e.reason()));
        }
        for (ReferralEvent e : stored) {
            numbered.add(
                    new ReferralEvent(++seq, e.action(), e.from(), e.to(), e.outcome(), e.at(), e.by(), e.reason()));
        }
        return numbered;
    }

    private static void addIfBefore(
            List<ReferralEvent> events,
            @Nullable ZonedDateTime limit,
            String action,
            @Nullable String from,
            String to,
            @Nullable String outcome,
            @Nullable ZonedDateTime at,
            String by,
            String reason) {
        if (at != null && (limit == null || !at.isAfter(limit))) {
            events.add(new ReferralEvent(0, action, from, to, outcome, at, by, reason));
        }
    }

    private static @Nullable String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static @Nullable ZonedDateTime time(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime();
    }
}
