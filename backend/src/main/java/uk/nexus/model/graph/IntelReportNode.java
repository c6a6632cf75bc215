package uk.nexus.model.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A graded intelligence report (3x5x2 or legacy 5x5x5) with its handling code and conditions. */
@Node("IntelReport")
public class IntelReportNode {

    @Id
    private String id;

    private @Nullable String summary;
    private @Nullable String gradeScheme;
    private @Nullable String grade;
    private @Nullable String handling;
    private @Nullable String handlingConditions;
    private @Nullable LocalDate reviewDate;
    private @Nullable String source;
    private @Nullable ZonedDateTime recordedAt;

    @Relationship("MENTIONS")
    private List<Links.Mentions> mentions = List.of();

    protected IntelReportNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public @Nullable String getGradeScheme() {
        return gradeScheme;
    }

    public @Nullable String getGrade() {
        return grade;
    }

    public @Nullable String getHandling() {
        return handling;
    }

    public @Nullable String getHandlingConditions() {
        return handlingConditions;
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

    public List<Links.Mentions> getMentions() {
        return mentions;
    }
}
