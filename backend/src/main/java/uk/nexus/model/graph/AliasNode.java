package uk.nexus.model.graph;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Another name (and perhaps date of birth) a subject has used. */
@Node("Alias")
public class AliasNode {

    /** Subject id, surname, forenames, date of birth and kind: the natural key of an alias. */
    @Id
    private String key;

    private @Nullable String surname;
    private @Nullable String forenames;
    private @Nullable LocalDate dob;
    private @Nullable String kind;

    protected AliasNode() {
        this.key = "";
    }

    public String getKey() {
        return key;
    }

    public @Nullable String getSurname() {
        return surname;
    }

    public @Nullable String getForenames() {
        return forenames;
    }

    public @Nullable LocalDate getDob() {
        return dob;
    }

    public @Nullable String getKind() {
        return kind;
    }
}
