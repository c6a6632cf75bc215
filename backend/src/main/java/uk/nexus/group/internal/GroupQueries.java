package uk.nexus.group.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import uk.nexus.group.GroupDetails;
import uk.nexus.group.GroupListItem;
import uk.nexus.model.Provenance;

/** Read models of groups through {@link Neo4jClient}. */
@Repository
public class GroupQueries {

    private static final String ITEM = """
            RETURN g.id AS id, CASE WHEN g:Gang THEN 'GANG' ELSE 'OCG' END AS type, g.name AS name,
                   g.borough AS borough, g.ocgmBand AS band, g.primaryActivity AS activity,
                   COUNT { (g)<-[r:MEMBER_OF]-(:Subject) WHERE r.validTo IS NULL OR r.validTo >= date() } AS members,
                   coalesce(g.reviewDate < date(), false) AS pastReview
            """;

    private final Neo4jClient neo4j;

    public GroupQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Every group, optionally only gangs or only OCGs, by name. */
    public List<GroupListItem> list(@Nullable String type) {
        return List.copyOf(neo4j.query("""
                        MATCH (g:Group)
                        WHERE $type IS NULL OR ($type = 'GANG' AND g:Gang) OR ($type = 'OCG' AND g:Ocg)
                        """ + ITEM + " ORDER BY name, id")
                .bind(type)
                .to("type")
                .fetchAs(GroupListItem.class)
                .mappedBy((t, r) -> item(r))
                .all());
    }

    public Optional<GroupDetails> details(String id) {
        return neo4j.query("MATCH (g:Group {id: $id}) " + ITEM + """
                        , COLLECT { MATCH (g)<-[r:MEMBER_OF]-(s:Subject)
                                    RETURN {id: s.id, name: toUpper(s.surname) + ', ' + s.forenames, role: r.role,
                                            p: properties(r), past: coalesce(s.reviewDate < date(), false),
                                            victimOnly: NOT EXISTS { (s)-[x:INVOLVED_IN]->() WHERE x.category IN ['OFFENDER', 'SUSPECT'] }
                                                        AND EXISTS { (s)-[x:INVOLVED_IN]->() WHERE x.category IN ['VICTIM', 'WITNESS'] }}
                                    ORDER BY r.role, s.surname, s.forenames } AS memberships
                        """)
                .bind(id)
                .to("id")
                .fetchAs(GroupDetails.class)
                .mappedBy(
                        (t, r) -> new GroupDetails(item(r), r.get("memberships").asList(GroupQueries::member)))
                .one();
    }

    private static GroupListItem item(MapAccessor r) {
        return new GroupListItem(
                r.get("id").asString(),
                r.get("type").asString(),
                r.get("name").asString(),
                text(r.get("borough")),
                text(r.get("band")),
                text(r.get("activity")),
                r.get("members").asLong(),
                r.get("pastReview").asBoolean());
    }

    @SuppressWarnings("unchecked")
    private static GroupDetails.Member member(Value v) {
        Map<String, Object> m = v.asMap();
        return new GroupDetails.Member(
                (String) m.get("id"),
                (String) m.get("name"),
                (String) m.get("role"),
                Provenance.of((Map<String, Object>) m.get("p")),
                Boolean.TRUE.equals(m.get("past")),
                Boolean.TRUE.equals(m.get("victimOnly")));
    }

    private static @Nullable String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
