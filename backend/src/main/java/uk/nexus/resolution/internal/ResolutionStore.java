package uk.nexus.resolution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * Neo4j access of entity resolution, with the raw driver: identity records of subjects (streamed for
 * a scan), candidate lookups for a claim, the review pairs {@code (:ResolutionPair)} with their
 * decisions {@code (:ResolutionDecision)}, and merges {@code (:Subject)-[:MERGED_INTO]->(:Subject)}.
 * Subjects and their links are never changed or deleted here: a merge only adds a MERGED_INTO link,
 * an undo removes exactly that link. Decision 0622.
 */
@Repository
public class ResolutionStore {

    /** The subject at the end of a MERGED_INTO chain ("root"): the survivor that represents it. */
    static final String ROOT = """
            OPTIONAL MATCH (s)-[:MERGED_INTO]->+(r:Subject) WHERE NOT (r)-[:MERGED_INTO]->()
            WITH s, coalesce(r, s) AS root
            """;

    private static final String RECORD = """
            RETURN s.id AS id, root.id AS root, s.surname AS surname, s.forenames AS forenames, s.dob AS dob,
                   s.gender AS gender, s.pncId AS pnc, s.croNumber AS cro, s.passportNumber AS passport,
                   s.borough AS borough,
                   COLLECT { MATCH (s)-[:HAS_ALIAS]->(a:Alias)
                             RETURN [coalesce(a.forenames, ''), coalesce(a.surname, ''), coalesce(a.kind, 'ALIAS'), a.dob] } AS aliases,
                   COLLECT { MATCH (s)-[:USES]->(p:Phone) RETURN p.number } AS phones,
                   COLLECT { MATCH (s)-[r:LINKED_TO]->(l:Location) WHERE r.kind = 'HOME' OR l.kind = 'ADDRESS'
                             RETURN [l.id, coalesce(l.postcode, '')] } AS addresses
            """;

    private final Driver driver;
    private final String database;

    ResolutionStore(Driver driver, NexusNeo4jProperties properties) {
        this.driver = driver;
        this.database = properties.database();
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    // ---- identity records --------------------------------------------------------------------

    /** Every subject, merged subjects folded into their survivor's record: one record per survivor. */
    public List<IdentityRecord> all() {
        try (Session session = session()) {
            return session.executeRead(
                    tx -> combine(tx.run("MATCH (s:Subject) " + ROOT + RECORD).list()));
        }
    }

    /** The combined records of the survivors of {@code subjectIds} (each with everything merged into it). */
    public List<IdentityRecord> ofRoots(Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        try (Session session = session()) {
            return session.executeRead(tx -> combine(
                    tx.run("""
                            MATCH (x:Subject) WHERE x.id IN $ids
                            OPTIONAL MATCH (x)-[:MERGED_INTO]->+(r:Subject) WHERE NOT (r)-[:MERGED_INTO]->()
                            WITH DISTINCT coalesce(r, x) AS root
                            MATCH (s:Subject)-[:MERGED_INTO]->{0,20}(root)
                            WITH s, root
                            """ + RECORD, Map.of("ids", List.copyOf(subjectIds))).list()));
        }
    }

    private static List<IdentityRecord> combine(List<Record> rows) {
        Map<String, Combined> byRoot = new LinkedHashMap<>();
        for (Record r : rows) {
            String root = r.get("root").asString();
            byRoot.computeIfAbsent(root, Combined::new).add(r);
        }
        List<IdentityRecord> out = new ArrayList<>(byRoot.size());
        byRoot.values().forEach(c -> out.add(c.record()));
        return out;
    }

    /** Records of one survivor and of the subjects merged into it, survivor's identifiers first. */
    private static final class Combined {
        final String root;
        final List<IdentityRecord.Name> names = new ArrayList<>();
        final List<LocalDate> dobs = new ArrayList<>();
        final Set<String> phones = new LinkedHashSet<>();
        final Set<String> addresses = new LinkedHashSet<>();

        @Nullable
        String gender;

        @Nullable
        String pnc;

        @Nullable
        String cro;

        @Nullable
        String passport;

        @Nullable
        String borough;

        Combined(String root) {
            this.root = root;
        }

        void add(Record r) {
            String id = r.get("id").asString();
            boolean isRoot = id.equals(root);
            String label = isRoot ? "recorded name" : "recorded name of " + id;
            IdentityRecord.Name name = new IdentityRecord.Name(text(r.get("forenames")), text(r.get("surname")), label);
            LocalDate dob = r.get("dob").isNull() ? null : r.get("dob").asLocalDate();
            if (isRoot) {
                names.addFirst(name);
                if (dob != null) {
                    dobs.addFirst(dob);
                }
            } else {
                names.add(name);
                if (dob != null) {
                    dobs.add(dob);
                }
            }
            for (Value a : r.get("aliases").values()) {
                List<Object> v = a.asList(x -> x.isNull() ? null : x.asObject());
                names.add(new IdentityRecord.Name((String) v.get(0), (String) v.get(1), "alias " + v.get(2)));
                if (v.get(3) instanceof LocalDate d && !dobs.contains(d)) {
                    dobs.add(d);
                }
            }
            r.get("phones").values().forEach(p -> phones.add(IdentityRecord.phone(p.asString())));
            for (Value l : r.get("addresses").values()) {
                addresses.add("L:" + l.get(0).asString());
                String postcode = l.get(1).asString();
                if (!postcode.isBlank()) {
                    addresses.add(IdentityRecord.postcode(postcode));
                }
            }
            gender = pick(gender, r.get("gender"), isRoot);
            pnc = pick(pnc, r.get("pnc"), isRoot);
            cro = pick(cro, r.get("cro"), isRoot);
            passport = pick(passport, r.get("passport"), isRoot);
            borough = pick(borough, r.get("borough"), isRoot);
        }

        private static @Nullable String pick(@Nullable String current, Value v, boolean root) {
            if (v.isNull()) {
                return current;
            }
            return root || current == null ? v.asString() : current;
        }

        IdentityRecord record() {
            return new IdentityRecord(
                    root,
                    names,
                    dobs.stream().distinct().toList(),
                    gender,
                    pnc,
                    cro,
                    passport,
                    phones,
                    addresses,
                    borough);
        }
    }

    private static String text(Value v) {
        return v.isNull() ? "" : v.asString();
    }

    /**
     * Subjects worth scoring against a claim: same identifier, a name found by the full-text index
     * (each token, fuzzy, and its transliteration variants), a date of birth as given, transposed or a
     * day either side, a phone or a postcode. Returns subject ids (not yet resolved to survivors).
     */
    public Set<String> candidatesFor(
            List<String> nameTerms,
            List<LocalDate> dobs,
            @Nullable String pnc,
            @Nullable String cro,
            @Nullable String passport,
            List<String> phones,
            @Nullable String postcode,
            int max) {
        Map<String, Object> params = new HashMap<>();
        params.put("pnc", pnc);
        params.put("cro", cro);
        params.put("passport", passport);
        params.put("dobs", dobs);
        params.put("phones", phones);
        params.put("postcode", postcode);
        params.put("max", max);
        params.put("lucene", String.join(" OR ", nameTerms));
        try (Session session = session()) {
            return session.executeRead(tx -> {
                Set<String> ids = new LinkedHashSet<>();
                tx.run("""
                                CALL () {
                                  MATCH (s:Subject) WHERE $pnc IS NOT NULL AND s.pncId = $pnc RETURN s
                                  UNION MATCH (s:Subject) WHERE $cro IS NOT NULL AND s.croNumber = $cro RETURN s
                                  UNION MATCH (s:Subject) WHERE $passport IS NOT NULL AND s.passportNumber = $passport RETURN s
                                  UNION UNWIND $dobs AS d MATCH (s:Subject {dob: d}) RETURN s
                                  UNION UNWIND $dobs AS d MATCH (s:Subject)-[:HAS_ALIAS]->(:Alias {dob: d}) RETURN s
                                  UNION MATCH (s:Subject)-[:USES]->(p:Phone)
                                        WHERE size($phones) > 0 AND p.number IS NOT NULL
                                          AND any(x IN $phones WHERE replace(replace(p.number, ' ', ''), '+44', '0') = x)
                                        RETURN s
                                  UNION MATCH (s:Subject)-[:LINKED_TO]->(l:Location)
                                        WHERE $postcode IS NOT NULL AND replace(toUpper(l.postcode), ' ', '') = $postcode
                                        RETURN s
                                }
                                RETURN s.id AS id LIMIT $max
                                """, params).list().forEach(r -> ids.add(r.get("id").asString()));
                if (!nameTerms.isEmpty()) {
                    tx.run("""
                                    CALL db.index.fulltext.queryNodes('person_names', $lucene, {limit: $max}) YIELD node
                                    OPTIONAL MATCH (owner:Subject)-[:HAS_ALIAS]->(node)
                                    WITH coalesce(owner, node) AS s WHERE s:Subject
                                    RETURN DISTINCT s.id AS id
                                    """, params).list().forEach(r -> ids.add(r.get("id").asString()));
                }
                return ids;
            });
        }
    }

    // ---- pairs -------------------------------------------------------------------------------

    /** A scored pair to store. */
    public record PairRow(
            String id, String a, String b, double score, double total, String band, List<String> reasons) {

        /** The pair as query parameters: {@code $id, $a, $b, $score, $total, $band, $reasons}. */
        Map<String, Object> parameters() {
            return Map.of("id", id, "a", a, "b", b, "score", score, "total", total, "band", band, "reasons", reasons);
        }
    }

    /** Decided pairs as (a, b, status), to keep a re-scan from asking again. */
    public List<String[]> decided() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (p:ResolutionPair) WHERE p.status <> 'OPEN'
                            RETURN p.a AS a, p.b AS b, p.status AS status
                            """).list(r -> new String[] {
                r.get("a").asString(), r.get("b").asString(), r.get("status").asString()
            }));
        }
    }

    /**
     * Stores a scan's pairs: new pairs open, open pairs rescored, decided pairs untouched; open pairs
     * the scan did not find again are removed (nobody decided on them). Returns how many are open.
     */
    public long storeScan(List<PairRow> pairs, String scanId) {
        try (Session session = session()) {
            for (int from = 0; from < pairs.size(); from += 5_000) {
                List<Map<String, Object>> batch = pairs.subList(from, Math.min(pairs.size(), from + 5_000)).stream()
                        .map(PairRow::parameters)
                        .toList();
                session.executeWriteWithoutResult(
                        tx -> tx.run("""
                                UNWIND $rows AS row
                                MERGE (p:ResolutionPair {id: row.id})
                                ON CREATE SET p.status = 'OPEN', p.createdAt = datetime()
                                WITH p, row WHERE p.status = 'OPEN'
                                SET p.a = row.a, p.b = row.b, p.score = row.score, p.total = row.total,
                                    p.band = row.band, p.reasons = row.reasons, p.scan = $scan, p.scannedAt = datetime()
                                """, Map.of("rows", batch, "scan", scanId)).consume());
            }
            return session.executeWrite(tx -> {
                tx.run("""
                                MATCH (p:ResolutionPair {status: 'OPEN'}) WHERE p.scan IS NULL OR p.scan <> $scan
                                DETACH DELETE p
                                """, Map.of("scan", scanId)).consume();
                return tx.run("MATCH (p:ResolutionPair {status: 'OPEN'}) RETURN count(p) AS n")
                        .single()
                        .get("n")
                        .asLong();
            });
        }
    }

    /** A stored pair. */
    public record StoredPair(
            String id,
            String a,
            String b,
            double score,
            double total,
            String band,
            List<String> reasons,
            String status,
            @Nullable String decidedBy,
            @Nullable String decidedAt,
            @Nullable String decisionReason,
            @Nullable String survivor) {}

    private static final String PAIR = """
            RETURN p.id AS id, p.a AS a, p.b AS b, p.score AS score, p.total AS total, p.band AS band,
                   p.reasons AS reasons, p.status AS status, p.decidedBy AS decidedBy,
                   toString(p.decidedAt) AS decidedAt, p.decisionReason AS decisionReason,
                   COLLECT { MATCH ()-[m:MERGED_INTO {pairId: p.id}]->(w) RETURN w.id }[0] AS survivor
            """;

    private static StoredPair pair(Record r) {
        return new StoredPair(
                r.get("id").asString(),
                r.get("a").asString(),
                r.get("b").asString(),
                r.get("score").asDouble(),
                r.get("total").asDouble(),
                r.get("band").asString(),
                r.get("reasons").asList(Value::asString),
                r.get("status").asString(),
                nullable(r.get("decidedBy")),
                nullable(r.get("decidedAt")),
                nullable(r.get("decisionReason")),
                nullable(r.get("survivor")));
    }

    private static @Nullable String nullable(Value v) {
        return v.isNull() ? null : v.asString();
    }

    /** Pairs with a status, best first. */
    public List<StoredPair> pairs(String status, long skip, int limit) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (p:ResolutionPair {status: $status})"
                                    + " MATCH (:Subject {id: p.a}) MATCH (:Subject {id: p.b})"
                                    + " WITH p ORDER BY p.score DESC, p.id SKIP $skip LIMIT $limit "
                                    + PAIR,
                            Map.of("status", status, "skip", skip, "limit", limit))
                    .list(ResolutionStore::pair));
        }
    }

    /** How many pairs have a status. */
    public long count(String status) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (p:ResolutionPair {status: $status}) MATCH (:Subject {id: p.a})"
                                    + " MATCH (:Subject {id: p.b}) RETURN count(p) AS n",
                            Map.of("status", status))
                    .single()
                    .get("n")
                    .asLong());
        }
    }

    /** Every stored pair (for measurement). */
    public List<StoredPair> allPairs() {
        try (Session session = session()) {
            return session.executeRead(
                    tx -> tx.run("MATCH (p:ResolutionPair) " + PAIR).list(ResolutionStore::pair));
        }
    }

    public Optional<StoredPair> pair(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> find(tx, id));
        }
    }

    static Optional<StoredPair> find(TransactionContext tx, String id) {
        var rows = tx.run("MATCH (p:ResolutionPair {id: $id}) " + PAIR, Map.of("id", id))
                .list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(pair(rows.getFirst()));
    }

    /** Whether both subjects exist. */
    public boolean subjectsExist(String a, String b) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(
                                    "MATCH (x:Subject {id: $a}) MATCH (y:Subject {id: $b}) RETURN count(*) AS n",
                                    Map.of("a", a, "b", b))
                            .single()
                            .get("n")
                            .asLong()
                    > 0);
        }
    }

    /** Creates an open pair (a decision on two subjects no scan proposed). */
    public static void create(TransactionContext tx, PairRow p) {
        tx.run("""
                        MERGE (x:ResolutionPair {id: $id})
                        ON CREATE SET x.status = 'OPEN', x.createdAt = datetime(), x.a = $a, x.b = $b,
                            x.score = $score, x.total = $total, x.band = $band, x.reasons = $reasons
                        """, p.parameters()).consume();
    }

    /** Records a decision on the pair (status, who, when, why) and keeps it in the pair's history. */
    public static void decide(TransactionContext tx, String pairId, String decision, String by, String reason) {
        tx.run("""
                        MATCH (p:ResolutionPair {id: $id})
                        SET p.status = $decision, p.decidedBy = $by, p.decidedAt = datetime(), p.decisionReason = $reason
                        CREATE (p)-[:DECIDED]->(:ResolutionDecision {pairId: $id, decision: $decision, by: $by,
                                                                      at: datetime(), reason: $reason})
                        """, Map.of("id", pairId, "decision", decision, "by", by, "reason", reason))
                .consume();
    }

    /** The survivor (root) of a subject. */
    static String root(TransactionContext tx, String subjectId) {
        return tx.run("MATCH (s:Subject {id: $id}) " + ROOT + " RETURN root.id AS root", Map.of("id", subjectId))
                .single()
                .get("root")
                .asString();
    }

    /**
     * Merges the groups of {@code a} and {@code b}: the survivor is chosen by rule (a PNC id first, then
     * more incidents, convictions and memberships, then recorded earlier, then the smaller id) and the
     * other group's root gets {@code MERGED_INTO} the survivor. Returns [survivor, merged], or empty if
     * they are already one.
     */
    public static Optional<String[]> merge(
            TransactionContext tx, String pairId, String a, String b, String by, String reason) {
        String ra = root(tx, a);
        String rb = root(tx, b);
        if (ra.equals(rb)) {
            return Optional.empty();
        }
        Record r = tx.run("""
                        MATCH (s:Subject) WHERE s.id IN [$a, $b]
                        WITH s, CASE WHEN s.pncId IS NULL THEN 1 ELSE 0 END AS noPnc,
                             COUNT { (s)-[:INVOLVED_IN|HAS_CONVICTION|MEMBER_OF]->() } AS links
                        ORDER BY noPnc, links DESC, s.recordedAt, s.id
                        WITH collect(s) AS ordered
                        WITH ordered[0] AS survivor, ordered[1] AS merged
                        CREATE (merged)-[:MERGED_INTO {pairId: $pair, by: $by, at: datetime(), reason: $reason}]->(survivor)
                        RETURN survivor.id AS survivor, merged.id AS merged
                        """, Map.of("a", ra, "b", rb, "pair", pairId, "by", by, "reason", reason))
                .single();
        return Optional.of(
                new String[] {r.get("survivor").asString(), r.get("merged").asString()});
    }

    /** Removes the merge the pair made; returns [survivor, merged] if there was one. */
    public static Optional<String[]> unmerge(TransactionContext tx, String pairId) {
        var rows = tx.run("""
                        MATCH (m:Subject)-[x:MERGED_INTO {pairId: $id}]->(s:Subject)
                        WITH m, s, x, m.id AS merged, s.id AS survivor
                        DELETE x
                        RETURN survivor, merged
                        """, Map.of("id", pairId)).list();
        return rows.isEmpty()
                ? Optional.empty()
                : Optional.of(new String[] {
                    rows.getFirst().get("survivor").asString(),
                    rows.getFirst().get("merged").asString()
                });
    }

    // ---- records shown side by side ---------------------------------------------------------

    /** What a reviewer sees of one subject, as plain maps for the service to shape. */
    public Map<String, Object> card(String subjectId) {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                var rows = tx.run("""
                                MATCH (s:Subject {id: $id})
                                """ + ROOT + """
                                RETURN s.id AS id, s.surname AS surname, s.forenames AS forenames, s.dob AS dob,
                                       s.gender AS gender, s.pncId AS pnc, s.croNumber AS cro,
                                       s.passportNumber AS passport, s.borough AS borough, s.source AS source,
                                       toString(s.recordedAt) AS recordedAt, root.id AS survivor,
                                       COLLECT { MATCH (s)-[:HAS_ALIAS]->(a:Alias)
                                                 RETURN a.kind + ': ' + coalesce(a.forenames, '') + ' ' + toUpper(coalesce(a.surname, ''))
                                                        + coalesce(' (born ' + toString(a.dob) + ')', '') } AS aliases,
                                       COLLECT { MATCH (s)-[:USES]->(p:Phone) RETURN p.number } AS phones,
                                       COLLECT { MATCH (s)-[r:LINKED_TO]->(l:Location)
                                                 RETURN r.kind + ': ' + l.name + coalesce(', ' + l.postcode, '') } AS addresses,
                                       COUNT { (s)-[r:INVOLVED_IN]->() } AS incidents,
                                       COUNT { (s)-[:HAS_CONVICTION]->() } AS convictions,
                                       COLLECT { MATCH (m:Subject)-[x:MERGED_INTO]->(s)
                                                 RETURN {id: m.id, name: coalesce(m.forenames, '') + ' ' + toUpper(coalesce(m.surname, '')),
                                                         source: m.source, pairId: x.pairId, by: x.by, at: toString(x.at)} } AS mergedIn
                                """, Map.of("id", subjectId)).list();
                return rows.isEmpty()
                        ? Map.<String, Object>of()
                        : rows.getFirst().asMap();
            });
        }
    }

    /** The survivors that the given subjects resolve to (a subject not merged is its own). */
    public Map<String, String> roots(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (Session session = session()) {
            return session.executeRead(tx -> {
                Map<String, String> roots = new HashMap<>();
                tx.run(
                                "MATCH (s:Subject) WHERE s.id IN $ids " + ROOT + " RETURN s.id AS id, root.id AS root",
                                Map.of("ids", List.copyOf(new HashSet<>(ids))))
                        .list()
                        .forEach(r ->
                                roots.put(r.get("id").asString(), r.get("root").asString()));
                return roots;
            });
        }
    }
}
