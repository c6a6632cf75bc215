package uk.nexus.model.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A vehicle by its registration mark. */
@Node("Vehicle")
public class VehicleNode {

    @Id
    private String id;

    private @Nullable String vrm;
    private @Nullable String make;
    private @Nullable String model;
    private @Nullable String colour;

    protected VehicleNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getVrm() {
        return vrm;
    }

    public @Nullable String getMake() {
        return make;
    }

    public @Nullable String getModel() {
        return model;
    }

    public @Nullable String getColour() {
        return colour;
    }
}
