package uk.nexus.analysis;

import java.util.List;

/**
 * The subjects within {@code radius} ties of a subject and the ties among them.
 *
 * @param ego the subject at the centre
 * @param radius hops
 * @param projection the projection filter, in words
 * @param members the subjects, ego first, then by hops and id
 * @param ties the ties among them, with evidence
 * @param truncated true if {@code maxNodes} cut the network (nearest kept)
 */
public record EgoNetworkView(
        String ego, int radius, String projection, List<Member> members, List<Tie> ties, boolean truncated) {

    /**
     * A subject of an ego network.
     *
     * @param subjectId the subject
     * @param name its name
     * @param hops ties from the ego
     * @param harm its harm
     * @param degree its ties in the whole projection
     */
    public record Member(String subjectId, String name, int hops, double harm, int degree) {}
}
