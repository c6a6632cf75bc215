package uk.nexus.model.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** One of the units referrals come from (reference data). */
@Node("ReferralOriginator")
public class ReferralOriginatorNode {

    @Id
    private String id;

    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Double sourceSharePct;

    protected ReferralOriginatorNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable Double getSourceSharePct() {
        return sourceSharePct;
    }
}
