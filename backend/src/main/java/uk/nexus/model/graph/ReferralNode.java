package uk.nexus.model.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A referral of a subject to immigration enforcement, from one originator. */
@Node("Referral")
public class ReferralNode {

    @Id
    private String id;

    private @Nullable String state;
    private @Nullable String justification;
    private @Nullable ZonedDateTime createdAt;
    private @Nullable String createdBy;
    private @Nullable ZonedDateTime submittedAt;
    private @Nullable ZonedDateTime approvedAt;
    private @Nullable String approvedBy;
    private @Nullable ZonedDateTime decidedAt;
    private @Nullable String rejectionReason;
    private @Nullable String outcome;
    private @Nullable ZonedDateTime outcomeAt;
    private @Nullable String barrier;
    private @Nullable LocalDate nextReview;
    private @Nullable String borough;

    @Relationship("CONCERNS")
    private List<Links.Concerns> subject = List.of();

    @Relationship("ORIGINATED_BY")
    private List<Links.OriginatedBy> originator = List.of();

    protected ReferralNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public @Nullable String getState() {
        return state;
    }

    public @Nullable String getJustification() {
        return justification;
    }

    public @Nullable ZonedDateTime getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable ZonedDateTime getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable ZonedDateTime getApprovedAt() {
        return approvedAt;
    }

    public @Nullable String getApprovedBy() {
        return approvedBy;
    }

    public @Nullable ZonedDateTime getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getRejectionReason() {
        return rejectionReason;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public @Nullable ZonedDateTime getOutcomeAt() {
        return outcomeAt;
    }

    public @Nullable String getBarrier() {
        return barrier;
    }

    public @Nullable LocalDate getNextReview() {
        return nextReview;
    }

    public @Nullable String getBorough() {
        return borough;
    }

    public List<Links.Concerns> getSubject() {
        return subject;
    }

    public List<Links.OriginatedBy> getOriginator() {
        return originator;
    }
}
