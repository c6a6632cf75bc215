package uk.nexus.network;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nexus.model.Provenance;

/**
 * The network around a subject: nodes and the links between them, every link with its provenance.
 *
 * @param centre key of the subject it was expanded from
 * @param nodes the nodes reached
 * @param links the links among them
 * @param truncated true when the node limit stopped the expansion early
 */
public record Subnetwork(String centre, List<Node> nodes, List<Link> links, boolean truncated) {

    /**
     * @param key {@code Kind:id}, unique in the network
     * @param kind Subject, Gang, Ocg, Incident, Phone, Vehicle, Weapon, Location or IntelReport
     * @param id the record's id
     * @param label what to show
     * @param detail a second line (date of birth, offence, grade…)
     * @param hop hops from the centre
     * @param pastReview the record (subject, group, incident, report) is past its MoPI review date
     *     without a decision
     * @param offenderIncidents for a subject: incidents where the person is recorded as offender or
     *     suspect (0 for other kinds)
     * @param victimOrWitnessIncidents for a subject: incidents where the person is recorded as victim
     *     or witness; a subject with these and no offender incidents is shown as victim/witness
     */
    public record Node(
            String key,
            String kind,
            String id,
            String label,
            @Nullable String detail,
            int hop,
            boolean pastReview,
            long offenderIncidents,
            long victimOrWitnessIncidents) {

        /** A person recorded only as victim or witness. */
        public boolean victimOrWitnessOnly() {
            return kind.equals("Subject") && offenderIncidents == 0 && victimOrWitnessIncidents > 0;
        }
    }

    /**
     * @param id the relationship's id within the database
     * @param type the link type
     * @param source key of the node it starts at
     * @param target key of the node it ends at
     * @param attributes what the link says (role, category, outcome, kind, weight…)
     * @param provenance where it comes from
     */
    public record Link(
            String id,
            String type,
            String source,
            String target,
            Map<String, Object> attributes,
            Provenance provenance) {}
}
