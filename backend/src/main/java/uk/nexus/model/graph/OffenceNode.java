package uk.nexus.model.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An offence code with its crime-harm weight, from the versioned offence table. */
@Node("Offence")
public class OffenceNode {

    @Id
    private String code;

    private @Nullable String description;
    private @Nullable String category;
    private double harmDays;
    private @Nullable String capability;
    private @Nullable String tableVersion;

    protected OffenceNode() {
        this.code = "";
    }

    public String getCode() {
        return code;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable String getCategory() {
        return category;
    }

    /** Days of imprisonment at the sentencing starting point (Cambridge Crime Harm Index style). */
    public double getHarmDays() {
        return harmDays;
    }

    /** FIREARMS, SERIOUS_VIOLENCE, DRUGS, EXPLOITATION or NONE: what the offence says of capability. */
    public @Nullable String getCapability() {
        return capability;
    }

    public @Nullable String getTableVersion() {
        return tableVersion;
    }
}
