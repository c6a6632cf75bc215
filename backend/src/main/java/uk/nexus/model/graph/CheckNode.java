package uk.nexus.model.graph;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A check requested on a subject: ACRO, Interpol I-24/7, PNC, SIS II or European Arrest Warrant. */
@Node("Check")
public class CheckNode {

    @Id
    private String id;

    private @Nullable String kind;
    private @Nullable ZonedDateTime requestedAt;
    private @Nullable ZonedDateTime completedAt;
    private @Nullable String result;
    private @Nullable String summary;

    @Relationship("CONCERNS")
    private List<Links.Concerns> subject = List.of();

    protected CheckNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public @Nullable ZonedDateTime getRequestedAt() {
        return requestedAt;
    }

    public @Nullable ZonedDateTime getCompletedAt() {
        return completedAt;
    }

    public @Nullable String getResult() {
        return result;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public List<Links.Concerns> getSubject() {
        return subject;
    }
}
