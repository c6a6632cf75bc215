package uk.nexus.group;

import java.util.List;
import uk.nexus.model.Provenance;

/**
 * A group with its members.
 *
 * @param group the group
 * @param members every membership, current and past, with its provenance
 */
public record GroupDetails(GroupListItem group, List<Member> members) {

    /**
     * A membership; {@code pastReview} says the member's record is past review, {@code
     * victimOrWitnessOnly} that the member is recorded in incidents only as victim or witness.
     */
    public record Member(
            String subjectId,
            String name,
            String role,
            Provenance provenance,
            boolean pastReview,
            boolean victimOrWitnessOnly) {}
}
