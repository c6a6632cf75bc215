package uk.nexus.custody.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
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
import uk.nexus.custody.CheckKind;
import uk.nexus.custody.CheckResult;
import uk.nexus.custody.CustodyEvent;
import uk.nexus.custody.CustodyEventListItem;
import uk.nexus.custody.CustodyIntake;
import uk.nexus.custody.IdentityState;
import uk.nexus.custody.OverseasConviction;
import uk.nexus.neo4j.NexusNeo4jProperties;
import uk.nexus.resolution.IdentityClaim;
import uk.nexus.resolution.MatchCandidate;

/**
 * Custody events as {@code (:Incident {type: 'CUSTODY'})} (decision 0640) with the details as given on
 * the incident, the detainee as {@code (:Subject)-[:INVOLVED_IN {category: 'SUSPECT', outcome:
 * 'ARRESTED'}]->}, the checks as {@code (:Check)-[:TRIGGERED_BY]->} the event and {@code -[:CONCERNS]->}
 * the subject, and overseas convictions as {@code (:Conviction {overseas: true})} found by the ACRO check.
 * Every link carries provenance (source = the event or the check). Raw driver, so that writes share the
 * access log's transaction.
 */
@Component
public class CustodyStore {

    private static final String SEP = " · ";

    private final Driver driver;
    private final String database;

    CustodyStore(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    public boolean offenceExists(String code) {
        try (Session session = session()) {
            return session.executeRead(
                            tx -> tx.run("MATCH (o:Offence {code: $code}) RETURN count(o) AS n", Map.of("code", code))
                                    .single()
                                    .get("n")
                                    .asLong())
                    > 0;
        }
    }

    public boolean subjectExists(String id) {
        try (Session session = session()) {
            return session.executeRead(
                            tx -> tx.run("MATCH (s:Subject {id: $id}) RETURN count(s) AS n", Map.of("id", id))
                                    .single()
                                    .get("n")
                                    .asLong())
                    > 0;
        }
    }

    public String nextId(TransactionContext tx, String sequence, String prefix, ZonedDateTime now) {
        long n = tx.run("""
                        MERGE (c:Sequence {name: $name})
                        SET c.value = coalesce(c.value, 0) + 1
                        RETURN c.value AS n
                        """, Map.of("name", sequence)).single().get("n").asLong();
        return "%s-%d-%06d".formatted(prefix, now.getYear(), n);
    }

    /** Creates the custody event with its requested checks (PENDING). */
    public void create(
            TransactionContext tx,
            String id,
            CustodyIntake intake,
            List<MatchCandidate> candidates,
            LocalDate reviewDate,
            String by,
            Instant now) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("type", "CUSTODY");
        props.put("occurredAt", utc(intake.arrestedAt()));
        props.put("summary", intake.circumstances());
        props.put("custodySuite", intake.custodySuite().strip());
        props.put("arrestingOfficer", intake.arrestingOfficer().strip());
        props.put("reviewDate", reviewDate);
        props.put("source", id);
        props.put("recordedAt", utc(now));
        props.put("recordedBy", by);
        props.put("identity", IdentityState.UNRESOLVED.name());
        IdentityClaim given = intake.claim();
        props.put("givenForenames", given.forenames());
        props.put("givenSurname", given.surname());
        props.put("givenOtherNames", given.otherNames());
        props.put("givenDob", given.dateOfBirth());
        props.put("givenPncId", given.pncId());
        props.put("givenCroNumber", given.croNumber());
        props.put("givenPassportNumber", given.passportNumber());
        props.put("givenPhones", given.phones());
        props.put("givenPostcode", given.postcode());
        props.put(
                "candidateIds",
                candidates.stream().map(MatchCandidate::subjectId).toList());
        props.put(
                "candidateNames",
                candidates.stream().map(MatchCandidate::displayName).toList());
        props.put(
                "candidateScores",
                candidates.stream().map(MatchCandidate::score).toList());
        props.put(
                "candidateBands", candidates.stream().map(c -> c.band().name()).toList());
        props.put(
                "candidateReasons",
                candidates.stream().map(c -> String.join(SEP, c.reasons())).toList());
        tx.run(
                        """
                        MATCH (o:Offence {code: $offence})
                        CREATE (i:Incident) SET i = $props
                        CREATE (i)-[:CLASSIFIED_AS {source: $id, recordedAt: $now, basis: 'FACT'}]->(o)
                        WITH i
                        UNWIND $checks AS kind
                        CREATE (c:Check {id: $id + '-' + kind, kind: kind, requestedAt: $now, result: 'PENDING',
                                         source: $id, recordedAt: $now, simulated: false, requestedBy: $by})
                        CREATE (c)-[:TRIGGERED_BY {source: $id, recordedAt: $now, basis: 'FACT'}]->(i)
                        """,
                        Map.of(
                                "props",
                                props,
                                "offence",
                                intake.offenceCode(),
                                "id",
                                id,
                                "now",
                                utc(now),
                                "by",
                                by,
                                "checks",
                                intake.checks().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList()))
                .consume();
    }

    /** Creates a subject from the details given in custody, with the event as its source. */
    public void createSubject(
            TransactionContext tx,
            String subjectId,
            String eventId,
            IdentityClaim given,
            LocalDate reviewDate,
            Instant now) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", subjectId);
        props.put("surname", given.surname());
        props.put("forenames", given.forenames());
        props.put("dob", given.dateOfBirth());
        props.put("pncId", given.pncId());
        props.put("croNumber", given.croNumber());
        props.put("passportNumber", given.passportNumber());
        props.put("reviewDate", reviewDate);
        props.put("source", eventId);
        props.put("recordedAt", utc(now));
        tx.run("CREATE (s:Subject) SET s = $props", Map.of("props", props)).consume();
    }

    /** Links the detainee to the event (and its checks to the subject); false if the event is not unresolved. */
    public boolean identify(
            TransactionContext tx, String eventId, String subjectId, IdentityState state, String by, Instant now) {
        return tx.run(
                                """
                                MATCH (i:Incident {id: $id, type: 'CUSTODY'}) WHERE i.identity = 'UNRESOLVED'
                                MATCH (s:Subject {id: $subject})
                                MERGE (s)-[r:INVOLVED_IN]->(i)
                                SET r.category = 'SUSPECT', r.outcome = 'ARRESTED', r.source = $id, r.recordedAt = $now,
                                    r.basis = 'FACT', r.identifiedBy = $by, r.identity = $state
                                SET i.identity = $state, i.identifiedBy = $by, i.identifiedAt = $now
                                WITH i, s
                                CALL (i, s) {
                                  MATCH (c:Check)-[:TRIGGERED_BY]->(i)
                                  MERGE (c)-[k:CONCERNS]->(s)
                                  SET k.source = i.id, k.recordedAt = $now, k.basis = 'FACT'
                                }
                                RETURN count(i) AS n
                                """,
                                Map.of(
                                        "id",
                                        eventId,
                                        "subject",
                                        subjectId,
                                        "state",
                                        state.name(),
                                        "by",
                                        by,
                                        "now",
                                        utc(now)))
                        .single()
                        .get("n")
                        .asLong()
                > 0;
    }

    /**
     * Records a check result (the check is created if it was not requested at intake) and the overseas
     * convictions it reported, which need an identified subject. Returns the ids of the convictions.
     */
    public List<String> recordCheck(
            TransactionContext tx,
            String eventId,
            CheckKind kind,
            CheckResult result,
            @Nullable String summary,
            List<OverseasConviction> convictions,
            String by,
            boolean simulated,
            Instant now) {
        String checkId = eventId + "-" + kind.name();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OverseasConviction c : convictions) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", checkId + "-C" + hash(c.country() + "|" + c.offenceCode() + "|" + c.convictedOn()));
            row.put("country", c.country());
            row.put("offence", c.offenceCode());
            row.put("convictedOn", c.convictedOn());
            row.put("sentence", c.sentence());
            rows.add(row);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("event", eventId);
        p.put("check", checkId);
        p.put("kind", kind.name());
        p.put("result", result.name());
        p.put("summary", summary);
        p.put("by", by);
        p.put("simulated", simulated);
        p.put("now", utc(now));
        p.put("rows", rows);
        return tx.run("""
                        MATCH (i:Incident {id: $event, type: 'CUSTODY'})
                        MERGE (c:Check {id: $check})
                        ON CREATE SET c.kind = $kind, c.requestedAt = $now, c.source = $event, c.recordedAt = $now
                        SET c.result = $result, c.summary = $summary, c.enteredBy = $by, c.simulated = $simulated,
                            c.completedAt = CASE WHEN $result = 'PENDING' THEN null ELSE $now END
                        MERGE (c)-[t:TRIGGERED_BY]->(i)
                        ON CREATE SET t.source = $event, t.recordedAt = $now, t.basis = 'FACT'
                        WITH i, c
                        CALL (i, c) {
                          MATCH (s:Subject)-[:INVOLVED_IN {source: i.id}]->(i)
                          MERGE (c)-[k:CONCERNS]->(s)
                          ON CREATE SET k.source = i.id, k.recordedAt = $now, k.basis = 'FACT'
                        }
                        WITH i, c
                        UNWIND $rows AS row
                        MATCH (s:Subject)-[:INVOLVED_IN {source: i.id}]->(i)
                        MATCH (o:Offence {code: row.offence})
                        MERGE (v:Conviction {id: row.id})
                        SET v.country = row.country, v.convictedOn = row.convictedOn, v.sentence = row.sentence,
                            v.overseas = true, v.source = c.id, v.recordedAt = $now
                        MERGE (s)-[h:HAS_CONVICTION]->(v)
                        SET h.source = c.id, h.recordedAt = $now, h.basis = 'FACT'
                        MERGE (v)-[f:FOR_OFFENCE]->(o)
                        SET f.source = c.id, f.recordedAt = $now, f.basis = 'FACT'
                        MERGE (c)-[r:REPORTED]->(v)
                        SET r.source = c.id, r.recordedAt = $now, r.basis = 'FACT'
                        RETURN v.id AS id
                        """, p).list(r -> r.get("id").asString());
    }

    /** The identified subject of an event, if any (the intake link, or any offender/suspect for imported events). */
    public Optional<String> subjectOf(String eventId) {
        try (Session session = session()) {
            return session.executeRead(tx ->
                    tx.run("""
                            MATCH (s:Subject)-[r:INVOLVED_IN]->(i:Incident {id: $id, type: 'CUSTODY'})
                            WHERE r.category IN ['SUSPECT', 'OFFENDER']
                            RETURN s.id AS id ORDER BY CASE WHEN r.source = i.id THEN 0 ELSE 1 END, s.id LIMIT 1
                            """, Map.of("id", eventId)).list(r -> r.get("id").asString()).stream()
                            .findFirst());
        }
    }

    /** The checks of a subject that say it is wanted: result WANTED, or an EAW check that traced a warrant. */
    public record Wanted(
            String checkId,
            String kind,
            String result,
            @Nullable String summary) {}

    public List<Wanted> wanted(String subjectId) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (c:Check)-[:CONCERNS]->(:Subject {id: $id})
                            WHERE c.result = 'WANTED' OR (c.kind = 'EAW' AND c.result = 'TRACE')
                            RETURN c.id AS id, c.kind AS kind, c.result AS result, c.summary AS summary ORDER BY c.id
                            """, Map.of("id", subjectId))
                    .list(r -> new Wanted(
                            r.get("id").asString(),
                            r.get("kind").asString(),
                            r.get("result").asString(),
                            text(r.get("summary")))));
        }
    }

    /** The facts of a subject a check adapter is given. */
    public record SubjectName(
            String forenames, String surname, @Nullable LocalDate dob) {}

    public Optional<SubjectName> subjectName(String subjectId) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx
                    .run(
                            "MATCH (s:Subject {id: $id}) RETURN s.forenames AS f, s.surname AS s, s.dob AS dob",
                            Map.of("id", subjectId))
                    .list(r -> new SubjectName(
                            r.get("f").asString(""),
                            r.get("s").asString(""),
                            r.get("dob").isNull() ? null : r.get("dob").asLocalDate()))
                    .stream()
                    .findFirst());
        }
    }

    /** The pending checks of an event. */
    public List<CheckKind> pending(String eventId) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (c:Check {result: 'PENDING'})-[:TRIGGERED_BY]->(:Incident {id: $id})
                            RETURN c.kind AS kind ORDER BY kind
                            """, Map.of("id", eventId))
                    .list(r -> CheckKind.valueOf(r.get("kind").asString())));
        }
    }

    private static final String EVENT = """
            OPTIONAL MATCH (i)-[:CLASSIFIED_AS]->(o:Offence)
            OPTIONAL MATCH (s:Subject)-[r:INVOLVED_IN]->(i) WHERE r.category IN ['SUSPECT', 'OFFENDER']
            WITH i, o, s, r ORDER BY CASE WHEN r.source = i.id THEN 0 ELSE 1 END, s.id
            WITH i, o, collect(s)[0] AS s
            """;

    public Optional<CustodyEvent> details(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx
                    .run("MATCH (i:Incident {id: $id, type: 'CUSTODY'}) " + EVENT + """
                                    RETURN i, o.code AS offenceCode, o.description AS offence, s.id AS subjectId,
                                           CASE WHEN s IS NULL THEN null ELSE toUpper(s.surname) + ', ' + s.forenames END AS subjectName,
                                           COLLECT { MATCH (c:Check)-[:TRIGGERED_BY]->(i)
                                                     RETURN c {.*, convictions: COLLECT { MATCH (c)-[:REPORTED]->(v:Conviction)-[:FOR_OFFENCE]->(vo:Offence)
                                                                                           RETURN v {.country, .convictedOn, .sentence, offence: vo.code}
                                                                                           ORDER BY v.convictedOn } }
                                                     ORDER BY c.kind } AS checks
                                    """, Map.of("id", id))
                    .list(CustodyStore::event)
                    .stream()
                    .findFirst());
        }
    }

    public List<CustodyEventListItem> list(long skip, int limit) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (i:Incident {type: 'CUSTODY'}) WITH i ORDER BY i.occurredAt DESC, i.id SKIP $skip LIMIT $limit "
                                    + EVENT
                                    + """
                                    RETURN i.id AS id, i.occurredAt AS at, i.custodySuite AS suite, coalesce(o.code, '') AS offence,
                                           CASE WHEN i.givenSurname IS NULL THEN null ELSE toUpper(i.givenSurname) + ', ' + i.givenForenames END AS given,
                                           coalesce(i.identity, CASE WHEN s IS NULL THEN 'UNRESOLVED' ELSE 'IMPORTED' END) AS identity,
                                           s.id AS subjectId,
                                           CASE WHEN s IS NULL THEN null ELSE toUpper(s.surname) + ', ' + s.forenames END AS subjectName,
                                           COUNT { (c:Check {result: 'PENDING'})-[:TRIGGERED_BY]->(i) } AS pending
                                    ORDER BY at DESC, id
                                    """,
                            Map.of("skip", skip, "limit", limit))
                    .list(r -> new CustodyEventListItem(
                            r.get("id").asString(),
                            r.get("at").asZonedDateTime().toInstant(),
                            text(r.get("suite")),
                            r.get("offence").asString(),
                            text(r.get("given")),
                            IdentityState.valueOf(r.get("identity").asString()),
                            text(r.get("subjectId")),
                            text(r.get("subjectName")),
                            r.get("pending").asLong())));
        }
    }

    public long count() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (i:Incident {type: 'CUSTODY'}) RETURN count(i) AS n")
                    .single()
                    .get("n")
                    .asLong());
        }
    }

    private static CustodyEvent event(Record r) {
        Value i = r.get("i");
        String subjectId = text(r.get("subjectId"));
        IdentityState identity = i.get("identity").isNull()
                ? (subjectId == null ? IdentityState.UNRESOLVED : IdentityState.IMPORTED)
                : IdentityState.valueOf(i.get("identity").asString());
        IdentityClaim given = i.get("givenSurname").isNull()
                ? null
                : new IdentityClaim(
                        i.get("givenForenames").asString(""),
                        i.get("givenSurname").asString(),
                        strings(i.get("givenOtherNames")),
                        i.get("givenDob").isNull() ? null : i.get("givenDob").asLocalDate(),
                        text(i.get("givenPncId")),
                        text(i.get("givenCroNumber")),
                        text(i.get("givenPassportNumber")),
                        strings(i.get("givenPhones")),
                        text(i.get("givenPostcode")));
        List<String> ids = strings(i.get("candidateIds"));
        List<String> names = strings(i.get("candidateNames"));
        List<Double> scores = i.get("candidateScores").isNull()
                ? List.of()
                : i.get("candidateScores").asList(Value::asDouble);
        List<String> bands = strings(i.get("candidateBands"));
        List<String> reasons = strings(i.get("candidateReasons"));
        List<MatchCandidate> candidates = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            candidates.add(new MatchCandidate(
                    ids.get(k),
                    names.get(k),
                    scores.get(k),
                    MatchCandidate.Band.valueOf(bands.get(k)),
                    reasons.get(k).isEmpty()
                            ? List.of()
                            : Arrays.asList(reasons.get(k).split(SEP))));
        }
        List<CustodyEvent.Check> checks = r.get("checks")
                .asList(c -> new CustodyEvent.Check(
                        c.get("id").asString(),
                        CheckKind.valueOf(c.get("kind").asString()),
                        CheckResult.valueOf(c.get("result").asString()),
                        text(c.get("summary")),
                        c.get("requestedAt").asZonedDateTime().toInstant(),
                        c.get("completedAt").isNull()
                                ? null
                                : c.get("completedAt").asZonedDateTime().toInstant(),
                        c.get("enteredBy").isNull()
                                ? text(c.get("source"))
                                : c.get("enteredBy").asString(),
                        c.get("simulated").asBoolean(false),
                        c.get("convictions")
                                .asList(v -> new OverseasConviction(
                                        v.get("country").asString(),
                                        v.get("offence").asString(),
                                        v.get("convictedOn").asLocalDate(),
                                        text(v.get("sentence"))))));
        return new CustodyEvent(
                i.get("id").asString(),
                text(i.get("custodySuite")),
                i.get("occurredAt").asZonedDateTime().toInstant(),
                r.get("offenceCode").asString(""),
                text(r.get("offence")),
                text(i.get("arrestingOfficer")),
                text(i.get("summary")),
                given,
                identity,
                subjectId,
                text(r.get("subjectName")),
                candidates,
                null,
                null,
                null,
                checks,
                List.of(),
                text(i.get("recordedBy")),
                i.get("recordedAt").asZonedDateTime().toInstant(),
                i.get("source").asString(""));
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static @Nullable String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
