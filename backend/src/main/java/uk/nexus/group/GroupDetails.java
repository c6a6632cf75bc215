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

    public record Member(String subjectId, String name, String role, Provenance provenance) {}
}
