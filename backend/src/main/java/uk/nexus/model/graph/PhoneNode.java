package uk.nexus.model.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A phone number. */
@Node("Phone")
public class PhoneNode {

    @Id
    private String id;

    private @Nullable String number;
    private @Nullable String kind;

    protected PhoneNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getNumber() {
        return number;
    }

    public @Nullable String getKind() {
        return kind;
    }
}
