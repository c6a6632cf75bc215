package uk.nexus.model.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A crime report, arrest, custody event, stop, shooting, stabbing or conviction event. */
@Node("Incident")
public class IncidentNode {

    @Id
    private String id;

    private @Nullable String type;
    private @Nullable ZonedDateTime occurredAt;
    private @Nullable String borough;
    private @Nullable String summary;
    private @Nullable LocalDate reviewDate;
    private @Nullable String source;
    private @Nullable ZonedDateTime recordedAt;

    @Relationship("CLASSIFIED_AS")
    private List<Links.ToOffence> offence = List.of();

    @Relationship("OCCURRED_AT")
    private List<Links.OccurredAt> place = List.of();

    protected IncidentNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getType() {
        return type;
    }

    public @Nullable ZonedDateTime getOccurredAt() {
        return occurredAt;
    }

    public @Nullable String getBorough() {
        return borough;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public @Nullable LocalDate getReviewDate() {
        return reviewDate;
    }

    public @Nullable String getSource() {
        return source;
    }

    public @Nullable ZonedDateTime getRecordedAt() {
        return recordedAt;
    }

    /** The offence it is classified as (one). */
    public List<Links.ToOffence> getOffence() {
        return offence;
    }

    /** Where it happened, if recorded. */
    public List<Links.OccurredAt> getPlace() {
        return place;
    }
}
