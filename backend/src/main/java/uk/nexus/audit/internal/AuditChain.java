package uk.nexus.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import uk.nexus.audit.AccessEntry;
import uk.nexus.audit.AuditFilter;
import uk.nexus.audit.AuditProperties;
import uk.nexus.audit.ChainVerification;
import uk.nexus.audit.Channel;
import uk.nexus.audit.Operation;
import uk.nexus.audit.Records;
import uk.nexus.neo4j.NexusNeo4jProperties;

/**
 * The access log in Neo4j: {@code (:AuditEntry)} nodes numbered from 1 and chained by hash, and one
 * {@code (:AuditHead)} holding the last number and hash. An append first writes to the head, which
 * takes Neo4j's write lock on it, and only then reads the head's number and hash: two appends, in
 * this JVM or another, are serialised by that lock and cannot fork the chain (the unique constraint
 * on {@code seq} is a second guard). Nexus never updates or deletes an entry.
 */
@Repository
public class AuditChain {

    private static final String HEAD = "access-log";
    private static final int PAGE = 5_000;
    private static final int MAX_PROBLEMS = 100;

    private final Driver driver;
    private final String database;
    private final EntryHasher hasher;

    public AuditChain(Driver driver, NexusNeo4jProperties neo4j, AuditProperties properties) {
        this.driver = driver;
        this.database = neo4j.database();
        this.hasher = new EntryHasher(properties.key());
    }

    /** Who, when, what: an entry before it has its place in the chain. */
    public record Draft(
            Instant at,
            String user,
            List<String> roles,
            Channel channel,
            Operation operation,
            String action,
            List<String> records,
            @Nullable String justification,
            @Nullable String recipient,
            @Nullable String detail) {}

    public Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    /**
     * Appends {@code draft} in transaction {@code tx}; the head stays locked until {@code tx} ends, so
     * keep the rest of the transaction short.
     */
    public AccessEntry append(TransactionContext tx, Draft draft) {
        Record head = tx.run("""
                        MERGE (h:AuditHead {id: $head})
                          ON CREATE SET h.seq = 0, h.hash = $genesis
                        SET h.lockedAt = datetime()
                        RETURN h.seq AS seq, h.hash AS hash
                        """, Map.of("head", HEAD, "genesis", EntryHasher.GENESIS))
                .single();
        long seq = head.get("seq").asLong() + 1;
        AccessEntry unsigned = new AccessEntry(
                seq,
                draft.at(),
                draft.user(),
                draft.roles(),
                draft.channel(),
                draft.operation(),
                draft.action(),
                draft.records(),
                draft.justification(),
                draft.recipient(),
                draft.detail(),
                head.get("hash").asString(),
                "");
        String hash = hasher.hash(unsigned);
        Map<String, Object> props = new HashMap<>();
        props.put("seq", seq);
        props.put("at", ZonedDateTime.ofInstant(draft.at(), ZoneOffset.UTC));
        props.put("user", draft.user());
        props.put("roles", draft.roles());
        props.put("channel", draft.channel().name());
        props.put("operation", draft.operation().name());
        props.put("action", draft.action());
        props.put("records", draft.records());
        props.put("justification", draft.justification());
        props.put("recipient", draft.recipient());
        props.put("detail", draft.detail());
        props.put("previousHash", unsigned.previousHash());
        props.put("hash", hash);
        tx.run("""
                CREATE (e:AuditEntry)
                SET e = $props
                WITH e
                MATCH (h:AuditHead {id: $head})
                SET h.seq = $seq, h.hash = $hash
                """, Map.of("props", props, "head", HEAD, "seq", seq, "hash", hash))
                .consume();
        return new AccessEntry(
                seq,
                draft.at(),
                draft.user(),
                draft.roles(),
                draft.channel(),
                draft.operation(),
                draft.action(),
                draft.records(),
                draft.justification(),
                draft.recipient(),
                draft.detail(),
                unsigned.previousHash(),
                hash);
    }

    /**
     * Checks the chain from entry 1 to the head: every hash, every link, no gap, the head on the last
     * entry; with an anchor ({@code seq} and the hash recorded for it earlier), also that the entry is
     * still there with that hash.
     */
    public ChainVerification verify(@Nullable Long anchorSeq, @Nullable String anchorHash) {
        List<String> problems = new ArrayList<>();
        Long firstBroken = null;
        long expected = 1;
        String previous = EntryHasher.GENESIS;
        long checked = 0;
        boolean anchorFound = anchorSeq == null;
        try (Session session = session()) {
            while (true) {
                List<Record> page = session.run(
                                "MATCH (e:AuditEntry) WHERE e.seq >= $from RETURN e ORDER BY e.seq LIMIT $limit",
                                Map.of("from", expected, "limit", PAGE))
                        .list();
                for (Record r : page) {
                    AccessEntry e = entry(r.get("e"));
                    checked++;
                    String fault = null;
                    if (e.seq() != expected) {
                        fault = "entries " + expected + " to " + (e.seq() - 1) + " are missing";
                    } else if (!e.previousHash().equals(previous)) {
                        fault = "entry " + e.seq() + " does not link to the entry before it";
                    } else if (!hasher.hash(e).equals(e.hash())) {
                        fault = "entry " + e.seq() + " was changed after it was written (hash mismatch)";
                    }
                    if (fault != null) {
                        firstBroken = firstBroken == null ? Long.valueOf(Math.min(e.seq(), expected)) : firstBroken;
                        if (problems.size() < MAX_PROBLEMS) {
                            problems.add(fault);
                        }
                    }
                    if (anchorSeq != null && e.seq() == anchorSeq) {
                        anchorFound = true;
                        if (!e.hash().equals(anchorHash)) {
                            problems.add("entry " + anchorSeq + " no longer has the anchored hash " + anchorHash);
                            firstBroken = firstBroken == null ? anchorSeq : Math.min(firstBroken, anchorSeq);
                        }
                    }
                    previous = e.hash();
                    expected = e.seq() + 1;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            Record head = session.run(
                            "OPTIONAL MATCH (h:AuditHead {id: $head}) RETURN h.seq AS seq, h.hash AS hash",
                            Map.of("head", HEAD))
                    .single();
            long headSeq = head.get("seq").isNull() ? 0 : head.get("seq").asLong();
            String headHash = head.get("hash").isNull()
                    ? EntryHasher.GENESIS
                    : head.get("hash").asString();
            if (headSeq != expected - 1 || !headHash.equals(previous)) {
                problems.add("the head says entry " + headSeq + " is the last, but the chain ends at entry "
                        + (expected - 1));
                firstBroken = firstBroken == null ? Long.valueOf(Math.min(headSeq, expected - 1)) : firstBroken;
            }
            if (!anchorFound) {
                problems.add("the anchored entry " + anchorSeq + " is not in the log (truncated?)");
                firstBroken = firstBroken == null ? anchorSeq : firstBroken;
            }
            return new ChainVerification(
                    problems.isEmpty(),
                    checked,
                    expected - 1,
                    previous,
                    firstBroken,
                    List.copyOf(problems),
                    Instant.now());
        }
    }

    /** Entries matching a filter, newest first. */
    public List<AccessEntry> search(AuditFilter filter, long skip, int limit) {
        Query q = query(filter);
        q.params().put("skip", skip);
        q.params().put("limit", limit);
        try (Session session = session()) {
            return session.run(q.match() + " RETURN e ORDER BY e.seq DESC SKIP $skip LIMIT $limit", q.params())
                    .list(r -> entry(r.get("e")));
        }
    }

    /** How many entries match a filter. */
    public long count(AuditFilter filter) {
        Query q = query(filter);
        try (Session session = session()) {
            return session.run(q.match() + " RETURN count(e) AS n", q.params())
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    /** Every entry matching a filter, oldest first, one at a time (for exports of any size). */
    public void forEach(AuditFilter filter, Consumer<AccessEntry> sink) {
        Query q = query(filter);
        try (Session session = session()) {
            var result = session.run(q.match() + " RETURN e ORDER BY e.seq", q.params());
            while (result.hasNext()) {
                sink.accept(entry(result.next().get("e")));
            }
        }
    }

    /** The disclosures (exports, referrals, downloads) that carried a record, oldest first. */
    public List<AccessEntry> disclosuresOf(String recordKey) {
        try (Session session = session()) {
            return session.run("""
                            MATCH (e:AuditEntry {operation: 'DISCLOSURE'})
                            WHERE $key IN e.records
                            RETURN e ORDER BY e.seq
                            """, Map.of("key", recordKey)).list(r -> entry(r.get("e")));
        }
    }

    private record Query(String match, Map<String, Object> params) {}

    /** Only fixed fragments are joined here; every value the user gave is a parameter. */
    private static Query query(AuditFilter f) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.user() != null && !f.user().isBlank()) {
            where.add("e.user = $user");
            params.put("user", f.user().strip());
        }
        if (f.operation() != null) {
            where.add("e.operation = $operation");
            params.put("operation", f.operation().name());
        }
        if (f.from() != null) {
            where.add("e.at >= $from");
            params.put("from", startOf(f.from()));
        }
        if (f.to() != null) {
            where.add("e.at < $to");
            params.put("to", startOf(f.to().plusDays(1)));
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            where.add("$record IN e.records");
            params.put("record", Records.subject(f.subject().strip()));
        }
        String match = "MATCH (e:AuditEntry)" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        return new Query(match, params);
    }

    private static ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC);
    }

    private static AccessEntry entry(Value e) {
        return new AccessEntry(
                e.get("seq").asLong(),
                e.get("at").asZonedDateTime().toInstant(),
                e.get("user").asString(),
                e.get("roles").asList(Value::asString),
                Channel.valueOf(e.get("channel").asString()),
                Operation.valueOf(e.get("operation").asString()),
                e.get("action").asString(),
                e.get("records").asList(Value::asString),
                text(e.get("justification")),
                text(e.get("recipient")),
                text(e.get("detail")),
                e.get("previousHash").asString(),
                e.get("hash").asString());
    }

    private static @Nullable String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
