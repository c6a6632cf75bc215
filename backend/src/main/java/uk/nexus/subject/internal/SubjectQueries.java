package uk.nexus.subject.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import uk.nexus.model.Provenance;
import uk.nexus.subject.SubjectDetails;
import uk.nexus.subject.SubjectListItem;
import uk.nexus.subject.SubjectQuery;

/** Read models of subjects through {@link Neo4jClient}: search hits and the full record. */
@Repository
public class SubjectQueries {

    /** Each search mode yields rows of (s, matchedOn, score). */
    private static final String BY_IDENTIFIER = """
            CALL () {
              MATCH (s:Subject {id: $text}) RETURN s, 'identifier' AS matchedOn
              UNION MATCH (s:Subject {pncId: $text}) RETURN s, 'PNC id' AS matchedOn
              UNION MATCH (s:Subject {croNumber: $text}) RETURN s, 'CRO number' AS matchedOn
              UNION MATCH (s:Subject {passportNumber: $text}) RETURN s, 'passport' AS matchedOn
            }
            WITH s, matchedOn, 1.0 AS score
            WHERE $dob IS NULL OR s.dob = $dob
            """;

    private static final String BY_NAME = """
            CALL db.index.fulltext.queryNodes('person_names', $lucene) YIELD node, score
            OPTIONAL MATCH (owner:Subject)-[:HAS_ALIAS]->(node)
            WITH coalesce(owner, node) AS s, node, score
            WHERE s:Subject AND ($dob IS NULL OR s.dob = $dob OR node.dob = $dob)
            WITH s, max(score) AS score,
                 collect(CASE WHEN node:Alias THEN 'alias: ' + node.forenames + ' ' + node.surname ELSE 'name' END) AS how
            WITH s, score, CASE WHEN 'name' IN how THEN 'name' ELSE how[0] END AS matchedOn
            """;

    private static final String BY_DOB = """
            CALL () {
              MATCH (s:Subject {dob: $dob}) RETURN s, 'date of birth' AS matchedOn
              UNION MATCH (s:Subject)-[:HAS_ALIAS]->(:Alias {dob: $dob}) RETURN s, 'alias date of birth' AS matchedOn
            }
            WITH s, matchedOn, 1.0 AS score
            """;

    /**
     * A hit on a record merged into another (entity resolution) is a hit on the survivor: the survivor
     * is listed once, saying which merged record matched.
     */
    private static final String TO_SURVIVOR = """
            OPTIONAL MATCH (s)-[:MERGED_INTO]->+(survivor:Subject) WHERE NOT (survivor)-[:MERGED_INTO]->()
            WITH coalesce(survivor, s) AS s, score,
                 CASE WHEN survivor IS NULL THEN matchedOn ELSE matchedOn + ' (merged record ' + s.id + ')' END AS matchedOn
            WITH s, max(score) AS score, collect(matchedOn) AS how
            WITH s, score, CASE WHEN 'name' IN how THEN 'name' ELSE how[0] END AS matchedOn
            """;

    private static final String ITEM = """
            RETURN s.id AS id, s.surname AS surname, s.forenames AS forenames, s.dob AS dob, s.gender AS gender,
                   s.borough AS borough, s.pncId AS pncId, coalesce(s.flags, []) AS flags, matchedOn,
                   COUNT { (s)-[r:INVOLVED_IN]->() WHERE r.category IN ['OFFENDER', 'SUSPECT'] } AS offender,
                   COUNT { (s)-[r:INVOLVED_IN]->() WHERE r.category IN ['VICTIM', 'WITNESS'] } AS victim,
                   coalesce(s.reviewDate < date(), false) AS pastReview
            ORDER BY matchedOn = 'name' DESC, score DESC, s.surname, s.forenames, s.id
            SKIP $skip LIMIT $limit
            """;

    private final Neo4jClient neo4j;

    public SubjectQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** One page of hits; the order is by relevance, then name. */
    public List<SubjectListItem> search(SubjectQuery query, long skip, int limit) {
        Search s = plan(query);
        if (s == null) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("skip", skip);
        params.put("limit", limit);
        return List.copyOf(neo4j.query(s.match() + ITEM)
                .bindAll(params)
                .fetchAs(SubjectListItem.class)
                .mappedBy((types, r) -> new SubjectListItem(
                        r.get("id").asString(),
                        r.get("surname").asString(),
                        r.get("forenames").asString(),
                        date(r.get("dob")),
                        nullable(r.get("gender")),
                        nullable(r.get("borough")),
                        nullable(r.get("pncId")),
                        r.get("flags").asList(Value::asString),
                        r.get("matchedOn").asString(),
                        r.get("offender").asLong(),
                        r.get("victim").asLong(),
                        r.get("pastReview").asBoolean()))
                .all());
    }

    /** How many hits the query has in all. */
    public long count(SubjectQuery query) {
        Search s = plan(query);
        if (s == null) {
            return 0;
        }
        return neo4j.query(s.match() + " RETURN count(DISTINCT s) AS n")
                .bindAll(s.params())
                .fetchAs(Long.class)
                .mappedBy((types, r) -> r.get("n").asLong())
                .one()
                .orElse(0L);
    }

    private record Search(String match, Map<String, Object> params) {}

    private @Nullable Search plan(SubjectQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        Map<String, Object> params = new HashMap<>();
        params.put("dob", query.dob());
        if (!text.isEmpty()) {
            params.put("text", text);
            if (SubjectSearchCypher.looksLikeIdentifier(text) && existsByIdentifier(text)) {
                return new Search(BY_IDENTIFIER + TO_SURVIVOR, params);
            }
            String lucene = SubjectSearchCypher.lucene(text);
            if (lucene.isEmpty()) {
                return null;
            }
            params.put("lucene", lucene);
            return new Search(BY_NAME + TO_SURVIVOR, params);
        }
        return query.dob() == null ? null : new Search(BY_DOB + TO_SURVIVOR, params);
    }

    private boolean existsByIdentifier(String text) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", text);
        params.put("dob", null);
        return neo4j.query(BY_IDENTIFIER + " RETURN count(s) > 0 AS found")
                .bindAll(params)
                .fetchAs(Boolean.class)
                .mappedBy((types, r) -> r.get("found").asBoolean())
                .one()
                .orElse(false);
    }

    /** The full record, or empty if no subject has this id. */
    public Optional<SubjectDetails> details(String id) {
        return neo4j.query("""
                        MATCH (s:Subject {id: $id})
                        RETURN properties(s) AS s, coalesce(s.reviewDate < date(), false) AS pastReview,
                          COLLECT { MATCH (s)-[r:HAS_ALIAS]->(a:Alias)
                                    RETURN {a: properties(a), p: properties(r)} ORDER BY a.surname, a.forenames } AS aliases,
                          COLLECT { MATCH (s)-[r:MEMBER_OF]->(g:Group)
                                    RETURN {id: g.id, name: g.name, type: CASE WHEN g:Gang THEN 'GANG' ELSE 'OCG' END,
                                            role: r.role, p: properties(r), past: coalesce(g.reviewDate < date(), false)} ORDER BY g.name } AS groups,
                          COLLECT { MATCH (s)-[r:INVOLVED_IN]->(i:Incident)
                                    OPTIONAL MATCH (i)-[:CLASSIFIED_AS]->(o:Offence)
                                    RETURN {id: i.id, type: i.type, code: o.code, offence: o.description,
                                            at: i.occurredAt, borough: i.borough, category: r.category,
                                            outcome: r.outcome, p: properties(r), past: coalesce(i.reviewDate < date(), false)}
                                    ORDER BY i.occurredAt DESC } AS incidents,
                          COLLECT { MATCH (s)-[r:ASSOCIATE_OF]-(o:Subject)
                                    RETURN {id: o.id, name: toUpper(o.surname) + ', ' + o.forenames, kind: r.kind,
                                            weight: r.weight, out: startNode(r) = s, intel: r.intelId, p: properties(r),
                                            past: coalesce(o.reviewDate < date(), false)}
                                    ORDER BY o.surname, o.forenames } AS associates,
                          COLLECT { MATCH (s)-[r:USES]->(x)
                                    RETURN {id: x.id, type: labels(x)[0],
                                            label: coalesce(x.number, x.vrm + coalesce(' ' + x.make, ''), x.kind + coalesce(': ' + x.description, '')),
                                            p: properties(r)} ORDER BY labels(x)[0], x.id } AS objects,
                          COLLECT { MATCH (s)-[r:LINKED_TO]->(l:Location)
                                    RETURN {id: l.id, name: l.name, postcode: l.postcode, kind: r.kind, p: properties(r)}
                                    ORDER BY r.kind, l.name } AS locations,
                          COLLECT { MATCH (n:IntelReport)-[r:MENTIONS]->(s)
                                    RETURN {id: n.id, role: r.role, scheme: n.gradeScheme, grade: n.grade,
                                            handling: n.handling, conditions: n.handlingConditions, summary: n.summary,
                                            at: n.recordedAt, past: coalesce(n.reviewDate < date(), false)}
                                    ORDER BY n.recordedAt DESC } AS intelligence,
                          COLLECT { MATCH (s)-[r:HAS_CONVICTION]->(c:Conviction)-[:FOR_OFFENCE]->(o:Offence)
                                    RETURN {id: c.id, code: o.code, offence: o.description, on: c.convictedOn,
                                            country: c.country, overseas: c.overseas, sentence: c.sentence,
                                            p: properties(r)} ORDER BY c.convictedOn DESC } AS convictions
                        """)
                .bind(id)
                .to("id")
                .fetchAs(SubjectDetails.class)
                .mappedBy((types, r) -> new SubjectDetails(
                        identity(r.get("s").asMap(), r.get("pastReview").asBoolean()),
                        r.get("aliases").asList(v -> alias(v.asMap())),
                        r.get("groups").asList(v -> membership(v.asMap())),
                        r.get("incidents").asList(v -> involvement(v.asMap())),
                        r.get("associates").asList(v -> association(v.asMap())),
                        r.get("objects").asList(v -> usedObject(v.asMap())),
                        r.get("locations").asList(v -> location(v.asMap())),
                        r.get("intelligence").asList(v -> intel(v.asMap())),
                        r.get("convictions").asList(v -> conviction(v.asMap()))))
                .one();
    }

    private static SubjectDetails.Identity identity(Map<String, Object> s, boolean pastReview) {
        return new SubjectDetails.Identity(
                (String) s.get("id"),
                (String) s.get("surname"),
                (String) s.get("forenames"),
                (LocalDate) s.get("dob"),
                (String) s.get("gender"),
                strings(s.get("nationalities")),
                (String) s.get("immigrationStatus"),
                (String) s.get("ethnicity"),
                (String) s.get("pncId"),
                (String) s.get("croNumber"),
                (String) s.get("passportNumber"),
                (String) s.get("borough"),
                strings(s.get("flags")),
                (LocalDate) s.get("reviewDate"),
                (String) s.get("source"),
                (ZonedDateTime) s.get("recordedAt"),
                pastReview);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static SubjectDetails.Alias alias(Map<String, Object> m) {
        Map<String, Object> a = map(m.get("a"));
        return new SubjectDetails.Alias(
                (String) a.get("surname"),
                (String) a.get("forenames"),
                (LocalDate) a.get("dob"),
                (String) a.get("kind"),
                Provenance.of(map(m.get("p"))));
    }

    private static SubjectDetails.Membership membership(Map<String, Object> m) {
        return new SubjectDetails.Membership(
                (String) m.get("id"),
                (String) m.get("name"),
                (String) m.get("type"),
                (String) m.get("role"),
                Provenance.of(map(m.get("p"))),
                past(m));
    }

    private static SubjectDetails.Involvement involvement(Map<String, Object> m) {
        return new SubjectDetails.Involvement(
                (String) m.get("id"),
                (String) m.get("type"),
                (String) m.get("code"),
                (String) m.get("offence"),
                (ZonedDateTime) m.get("at"),
                (String) m.get("borough"),
                (String) m.get("category"),
                (String) m.get("outcome"),
                Provenance.of(map(m.get("p"))),
                past(m));
    }

    private static SubjectDetails.Association association(Map<String, Object> m) {
        return new SubjectDetails.Association(
                (String) m.get("id"),
                (String) m.get("name"),
                (String) m.get("kind"),
                m.get("weight") instanceof Number n ? n.doubleValue() : 1.0,
                Boolean.TRUE.equals(m.get("out")) ? "OUT" : "IN",
                (String) m.get("intel"),
                Provenance.of(map(m.get("p"))),
                past(m));
    }

    private static SubjectDetails.UsedObject usedObject(Map<String, Object> m) {
        return new SubjectDetails.UsedObject(
                (String) m.get("id"),
                (String) m.get("type"),
                String.valueOf(m.get("label")),
                Provenance.of(map(m.get("p"))));
    }

    private static SubjectDetails.LinkedLocation location(Map<String, Object> m) {
        return new SubjectDetails.LinkedLocation(
                (String) m.get("id"),
                (String) m.get("name"),
                (String) m.get("postcode"),
                (String) m.get("kind"),
                Provenance.of(map(m.get("p"))));
    }

    private static SubjectDetails.IntelMention intel(Map<String, Object> m) {
        return new SubjectDetails.IntelMention(
                (String) m.get("id"),
                (String) m.get("role"),
                (String) m.get("scheme"),
                (String) m.get("grade"),
                (String) m.get("handling"),
                (String) m.get("conditions"),
                (String) m.get("summary"),
                (ZonedDateTime) m.get("at"),
                past(m));
    }

    private static SubjectDetails.Conviction conviction(Map<String, Object> m) {
        return new SubjectDetails.Conviction(
                (String) m.get("id"),
                (String) m.get("code"),
                (String) m.get("offence"),
                (LocalDate) m.get("on"),
                (String) m.get("country"),
                Boolean.TRUE.equals(m.get("overseas")),
                (String) m.get("sentence"),
                Provenance.of(map(m.get("p"))));
    }

    private static boolean past(Map<String, Object> m) {
        return Boolean.TRUE.equals(m.get("past"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(@Nullable Object o) {
        return o == null ? List.of() : List.copyOf((List<String>) o);
    }

    private static @Nullable String nullable(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static @Nullable LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
