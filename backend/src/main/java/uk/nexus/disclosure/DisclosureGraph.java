package uk.nexus.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A graph ready to leave the system: already redacted for its recipient. The {@link Header} is written
 * onto every node and link, so that the recipient, purpose, reference and marking travel with each item
 * even when it is copied out on its own.
 *
 * @param header who it is for and why
 * @param nodes the nodes released, with their properties (grades, handling codes, conditions, flags)
 * @param links the links released, with provenance and grading
 * @param redactions what was withheld, shown as such
 */
public record DisclosureGraph(Header header, List<Node> nodes, List<Link> links, List<Redaction> redactions) {

    /**
     * @param reference the disclosure's reference (also in the access log)
     * @param recipient to whom
     * @param purpose why
     * @param marking protective marking
     * @param disclosedBy the user
     * @param disclosedAt when
     * @param description what was selected (centre, hops, types, window)
     */
    public record Header(
            String reference,
            Recipient recipient,
            String purpose,
            String marking,
            String disclosedBy,
            Instant disclosedAt,
            String description) {}

    /** A node: {@code key} is unique ({@code Kind:id}); {@code kind} becomes the vertex label. */
    public record Node(String key, String kind, Map<String, Object> properties) {}

    /** A link between two node keys; {@code type} becomes the edge label. */
    public record Link(String id, String type, String source, String target, Map<String, Object> properties) {}
}
