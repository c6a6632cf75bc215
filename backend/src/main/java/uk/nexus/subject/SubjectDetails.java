package uk.nexus.subject;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nexus.model.Provenance;

/**
 * A person's record with everything linked to it, each link with its provenance.
 *
 * @param identity who the person is recorded as
 * @param aliases other names and dates of birth
 * @param groups gang and OCG memberships
 * @param incidents incidents with the person's category (offender, suspect, victim, witness…)
 * @param associates linked people
 * @param objects phones, vehicles and weapons used
 * @param locations addresses and places linked
 * @param intelligence graded intelligence reports that mention the person
 * @param convictions UK and overseas convictions
 *     <p>Every {@code pastReview} flag says that record (the subject, the group, the incident, the
 *     associate, the report) is past its MoPI review date without a decision (decision 0010).
 */
public record SubjectDetails(
        Identity identity,
        List<Alias> aliases,
        List<Membership> groups,
        List<Involvement> incidents,
        List<Association> associates,
        List<UsedObject> objects,
        List<LinkedLocation> locations,
        List<IntelMention> intelligence,
        List<Conviction> convictions) {

    /** The recorded identity. Nationality and immigration status are for eligibility checks only. */
    public record Identity(
            String id,
            String surname,
            String forenames,
            @Nullable LocalDate dob,
            @Nullable String gender,
            List<String> nationalities,
            @Nullable String immigrationStatus,
            @Nullable String ethnicity,
            @Nullable String pncId,
            @Nullable String croNumber,
            @Nullable String passportNumber,
            @Nullable String borough,
            List<String> flags,
            @Nullable LocalDate reviewDate,
            @Nullable String source,
            @Nullable ZonedDateTime recordedAt,
            boolean pastReview) {}

    public record Alias(
            String surname, String forenames, @Nullable LocalDate dob, String kind, Provenance provenance) {}

    /** A membership; {@code pastReview} says the group's record is past review. */
    public record Membership(
            String groupId,
            String groupName,
            String groupType,
            String role,
            Provenance provenance,
            boolean pastReview) {}

    /** An incident with the person's category; {@code pastReview} is the incident's. */
    public record Involvement(
            String incidentId,
            String type,
            @Nullable String offenceCode,
            @Nullable String offence,
            @Nullable ZonedDateTime occurredAt,
            @Nullable String borough,
            String category,
            @Nullable String outcome,
            Provenance provenance,
            boolean pastReview) {}

    /** A linked person; {@code pastReview} is the associate's. */
    public record Association(
            String subjectId,
            String name,
            String kind,
            double weight,
            String direction,
            @Nullable String intelId,
            Provenance provenance,
            boolean pastReview) {}

    public record UsedObject(String objectId, String type, String label, Provenance provenance) {}

    public record LinkedLocation(
            String locationId, String name, @Nullable String postcode, String kind, Provenance provenance) {}

    /**
     * A report that mentions the person, with its grade, handling code and the conditions that travel
     * with a restricted code.
     */
    public record IntelMention(
            String intelId,
            String role,
            String gradeScheme,
            String grade,
            String handling,
            @Nullable String handlingConditions,
            @Nullable String summary,
            @Nullable ZonedDateTime recordedAt,
            boolean pastReview) {}

    public record Conviction(
            String convictionId,
            String offenceCode,
            @Nullable String offence,
            LocalDate convictedOn,
            String country,
            boolean overseas,
            @Nullable String sentence,
            Provenance provenance) {}
}
