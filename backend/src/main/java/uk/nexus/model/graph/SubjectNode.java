package uk.nexus.model.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A person. Nationalities, immigration status and ethnicity are held for referral eligibility and
 * equality monitoring only; they are never an input to a score.
 */
@Node("Subject")
public class SubjectNode {

    @Id
    private String id;

    private @Nullable String surname;
    private @Nullable String forenames;
    private @Nullable LocalDate dob;
    private @Nullable String gender;
    private List<String> nationalities = List.of();
    private @Nullable String immigrationStatus;
    private @Nullable String ethnicity;
    private @Nullable String pncId;
    private @Nullable String croNumber;
    private @Nullable String passportNumber;
    private @Nullable String borough;
    private List<String> flags = List.of();
    private @Nullable LocalDate reviewDate;
    private @Nullable String source;
    private @Nullable ZonedDateTime recordedAt;

    @Relationship("HAS_ALIAS")
    private List<Links.HasAlias> aliases = List.of();

    @Relationship("MEMBER_OF")
    private List<Links.MemberOf> memberships = List.of();

    @Relationship("INVOLVED_IN")
    private List<Links.InvolvedIn> involvements = List.of();

    @Relationship("LINKED_TO")
    private List<Links.LinkedTo> locations = List.of();

    @Relationship("USES")
    private List<Links.UsesPhone> phones = List.of();

    @Relationship("USES")
    private List<Links.UsesVehicle> vehicles = List.of();

    @Relationship("USES")
    private List<Links.UsesWeapon> weapons = List.of();

    @Relationship("HAS_CONVICTION")
    private List<Links.HasConviction> convictions = List.of();

    protected SubjectNode() {
        this.id = "";
    }

    public String getId() {
        return id;
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

    public @Nullable String getGender() {
        return gender;
    }

    public List<String> getNationalities() {
        return nationalities;
    }

    public @Nullable String getImmigrationStatus() {
        return immigrationStatus;
    }

    public @Nullable String getEthnicity() {
        return ethnicity;
    }

    public @Nullable String getPncId() {
        return pncId;
    }

    public @Nullable String getCroNumber() {
        return croNumber;
    }

    public @Nullable String getPassportNumber() {
        return passportNumber;
    }

    public @Nullable String getBorough() {
        return borough;
    }

    public List<String> getFlags() {
        return flags;
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

    public List<Links.HasAlias> getAliases() {
        return aliases;
    }

    public List<Links.MemberOf> getMemberships() {
        return memberships;
    }

    public List<Links.InvolvedIn> getInvolvements() {
        return involvements;
    }

    public List<Links.LinkedTo> getLocations() {
        return locations;
    }

    public List<Links.UsesPhone> getPhones() {
        return phones;
    }

    public List<Links.UsesVehicle> getVehicles() {
        return vehicles;
    }

    public List<Links.UsesWeapon> getWeapons() {
        return weapons;
    }

    public List<Links.HasConviction> getConvictions() {
        return convictions;
    }
}
