package uk.nexus.model.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An address, street, estate, venue, prison, custody suite or port. */
@Node("Location")
public class LocationNode {

    @Id
    private String id;

    private @Nullable String kind;
    private @Nullable String name;
    private @Nullable String postcode;
    private @Nullable String borough;
    private @Nullable Double lat;
    private @Nullable Double lon;

    protected LocationNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public @Nullable String getName() {
        return name;
    }

    public @Nullable String getPostcode() {
        return postcode;
    }

    public @Nullable String getBorough() {
        return borough;
    }

    public @Nullable Double getLat() {
        return lat;
    }

    public @Nullable Double getLon() {
        return lon;
    }
}
