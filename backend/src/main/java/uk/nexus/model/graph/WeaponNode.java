package uk.nexus.model.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A weapon. */
@Node("Weapon")
public class WeaponNode {

    @Id
    private String id;

    private @Nullable String kind;
    private @Nullable String description;

    protected WeaponNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public @Nullable String getDescription() {
        return description;
    }
}
