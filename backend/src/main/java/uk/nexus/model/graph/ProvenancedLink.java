package uk.nexus.model.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import uk.nexus.model.Provenance;

/**
 * What every relationship in Nexus carries: where it comes from, when it was recorded, when it held,
 * whether it is fact or assessment, and for intelligence its grade and handling code.
 */
public abstract class ProvenancedLink {

    @RelationshipId
    private @Nullable Long id;

    private @Nullable String source;
    private @Nullable ZonedDateTime recordedAt;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private @Nullable String basis;
    private @Nullable String gradeScheme;
    private @Nullable String grade;
    private @Nullable String handling;

    protected ProvenancedLink() {}

    /** The provenance as the value type the rest of Nexus uses. */
    public Provenance provenance() {
        return new Provenance(source, recordedAt, validFrom, validTo, basis, gradeScheme, grade, handling);
    }
}
