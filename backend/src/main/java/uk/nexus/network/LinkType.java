package uk.nexus.network;

/** The relationship types a network can be expanded over. */
public enum LinkType {
    /** Subject to subject: associates, family, partners, co-offenders, cellmates, rivals. */
    ASSOCIATE_OF,
    /** Subject to gang or OCG. */
    MEMBER_OF,
    /** Subject to incident, with the person's category. */
    INVOLVED_IN,
    /** Subject to phone, vehicle or weapon. */
    USES,
    /** Subject to location. */
    LINKED_TO,
    /** Intelligence report to subject. */
    MENTIONS
}
