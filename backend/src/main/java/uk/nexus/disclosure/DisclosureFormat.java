package uk.nexus.disclosure;

/** The formats a network can be disclosed in. */
public enum DisclosureFormat {
    /** GraphML (i2, Gephi, yEd, Cytoscape), written by Apache TinkerPop. */
    GRAPHML("application/graphml+xml", "graphml"),
    /** GraphSON 3.0 (TinkerPop stores: JanusGraph, Neptune, Cosmos DB), one vertex per line. */
    GRAPHSON("application/json", "graphson.json"),
    /** One CSV file for spreadsheets: disclosure header, nodes, links and redactions, formula-safe. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    DisclosureFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
