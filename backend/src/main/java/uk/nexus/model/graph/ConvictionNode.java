package uk.nexus.model.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A UK or overseas conviction (overseas ones typically from an ACRO check). */
@Node("Conviction")
public class ConvictionNode {

    @Id
    private String id;

    private @Nullable LocalDate convictedOn;
    private @Nullable String country;
    private boolean overseas;
    private @Nullable String court;
    private @Nullable String sentence;
    private @Nullable String source;
    private @Nullable ZonedDateTime recordedAt;

    @Relationship("FOR_OFFENCE")
    private List<Links.ToOffence> offence = List.of();

    protected ConvictionNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable LocalDate getConvictedOn() {
        return convictedOn;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public boolean isOverseas() {
        return overseas;
    }

    public @Nullable String getCourt() {
        return court;
    }

    public @Nullable String getSentence() {
        return sentence;
    }

    public @Nullable String getSource() {
        return source;
    }

    public @Nullable ZonedDateTime getRecordedAt() {
        return recordedAt;
    }

    public List<Links.ToOffence> getOffence() {
        return offence;
    }
}
