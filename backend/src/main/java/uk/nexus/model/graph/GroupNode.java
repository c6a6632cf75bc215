package uk.nexus.model.graph;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.DynamicLabels;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A gang ({@code :Group:Gang}) or organised crime group ({@code :Group:Ocg}). */
@Node("Group")
public class GroupNode {

    @Id
    private String id;

    /** {@code Gang} or {@code Ocg}. */
    @DynamicLabels
    private Set<String> kind = Set.of();

    private @Nullable String name;
    private @Nullable String borough;
    private @Nullable String ocgmBand;
    private @Nullable String primaryActivity;
    private @Nullable LocalDate reviewDate;

    protected GroupNode() {
        this.id = "";
    }

    public String getId() {
        return id;
    }

    public boolean isOcg() {
        return kind.contains("Ocg");
    }

    public @Nullable String getName() {
        return name;
    }

    public @Nullable String getBorough() {
        return borough;
    }

    public @Nullable String getOcgmBand() {
        return ocgmBand;
    }

    public @Nullable String getPrimaryActivity() {
        return primaryActivity;
    }

    public @Nullable LocalDate getReviewDate() {
        return reviewDate;
    }
}
