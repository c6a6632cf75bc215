package uk.nexus.referral.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The aggregations behind the performance reports, each one query over referrals or checks. */
@Repository
public class ReportQueries {

    /** One counted bucket. */
    public record Count(String key, String label, long count, double share, boolean fromSource) {}

    private final Neo4jClient neo4j;

    public ReportQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Every originator (also those with no referral), with its count and its source share. */
    public List<Count> byOriginator() {
        return counts("""
                MATCH (o:ReferralOriginator)
                RETURN o.id AS key, o.name AS label, COUNT { (:Referral)-[:ORIGINATED_BY]->(o) } AS count,
                       coalesce(o.sourceSharePct, 0.0) AS share, coalesce(o.shareFromSource, false) AS fromSource
                ORDER BY count DESC, label
                """, Map.of());
    }

    public List<Count> outcomes() {
        return counts("""
                MATCH (r:Referral) WHERE r.outcome IS NOT NULL
                RETURN r.outcome AS key, r.outcome AS label, count(*) AS count, 0.0 AS share, false AS fromSource
                """, Map.of());
    }

    /** Referrals drafted per week (weeks starting Monday) from {@code from}. */
    public List<Count> perWeek(LocalDate from) {
        return counts("""
                MATCH (r:Referral) WHERE date(r.createdAt) >= $from
                WITH date.truncate('week', r.createdAt) AS week
                RETURN toString(week) AS key, toString(week) AS label, count(*) AS count, 0.0 AS share, false AS fromSource
                """, Map.of("from", from));
    }

    /** Outcomes of one kind recorded per month from {@code from}. */
    public List<Count> outcomePerMonth(String outcome, LocalDate from) {
        return counts("""
                MATCH (r:Referral {outcome: $outcome}) WHERE date(r.outcomeAt) >= $from
                WITH substring(toString(date(r.outcomeAt)), 0, 7) AS month
                RETURN month AS key, month AS label, count(*) AS count, 0.0 AS share, false AS fromSource
                """, Map.of("outcome", outcome, "from", from));
    }

    /** Referrals whose current outcome is one of {@code outcomes}, recorded in a calendar year. */
    public long outcomesInYear(List<String> outcomes, int year) {
        return one("""
                MATCH (r:Referral) WHERE r.outcome IN $outcomes AND r.outcomeAt.year = $year
                RETURN count(r) AS n
                """, Map.of("outcomes", outcomes, "year", year));
    }

    /** Referrals whose current outcome is one of {@code outcomes}. */
    public long outcomesEver(List<String> outcomes) {
        return one(
                "MATCH (r:Referral) WHERE r.outcome IN $outcomes RETURN count(r) AS n", Map.of("outcomes", outcomes));
    }

    /** Checks requested per month and kind from {@code from}, as "YYYY-MM|KIND". */
    public List<Count> checksPerMonth(LocalDate from) {
        return counts("""
                MATCH (c:Check) WHERE date(c.requestedAt) >= $from
                WITH substring(toString(date(c.requestedAt)), 0, 7) AS month, c.kind AS kind
                RETURN month + '|' + kind AS key, kind AS label, count(*) AS count, 0.0 AS share, false AS fromSource
                """, Map.of("from", from));
    }

    /**
     * Disruptions in a year: referrals of gang/OCG members whose outcome (removal or detention) was
     * recorded that year, and the distinct groups they belonged to.
     */
    public long[] disruptions(List<String> outcomes, int year) {
        return neo4j.query("""
                        MATCH (r:Referral)-[:CONCERNS]->(s:Subject)-[m:MEMBER_OF]->(g:Group)
                        WHERE r.outcome IN $outcomes AND r.outcomeAt.year = $year
                          AND (m.validTo IS NULL OR m.validTo >= date(r.outcomeAt))
                        RETURN count(DISTINCT r) AS members, count(DISTINCT g) AS groups
                        """)
                .bindAll(Map.of("outcomes", outcomes, "year", year))
                .fetchAs(long[].class)
                .mappedBy((t, r) ->
                        new long[] {r.get("members").asLong(), r.get("groups").asLong()})
                .one()
                .orElse(new long[] {0, 0});
    }

    private List<Count> counts(String cypher, Map<String, Object> params) {
        return List.copyOf(neo4j.query(cypher)
                .bindAll(params)
                .fetchAs(Count.class)
                .mappedBy((t, r) -> new Count(
                        r.get("key").asString(),
                        r.get("label").asString(),
                        r.get("count").asLong(),
                        r.get("share").asDouble(),
                        r.get("fromSource").asBoolean()))
                .all());
    }

    private long one(String cypher, Map<String, Object> params) {
        return neo4j.query(cypher)
                .bindAll(params)
                .fetchAs(Long.class)
                .mappedBy((t, r) -> r.get("n").asLong())
                .one()
                .orElse(0L);
    }
}
