package uk.nexus.ingest.internal;

/** The kinds of node a bundle row can refer to, with the label and key they are found by. */
public enum NodeKind {
    SUBJECT("Subject", "id", "subject"),
    GROUP("Group", "id", "group"),
    LOCATION("Location", "id", "location"),
    PHONE("Phone", "id", "phone"),
    VEHICLE("Vehicle", "id", "vehicle"),
    WEAPON("Weapon", "id", "weapon"),
    INCIDENT("Incident", "id", "incident"),
    INTEL("IntelReport", "id", "intelligence report"),
    OFFENCE("Offence", "code", "offence code"),
    ORIGINATOR("ReferralOriginator", "id", "referral originator"),
    CONVICTION("Conviction", "id", "conviction"),
    CHECK("Check", "id", "check"),
    REFERRAL("Referral", "id", "referral");

    private final String label;
    private final String key;
    private final String noun;

    NodeKind(String label, String key, String noun) {
        this.label = label;
        this.key = key;
        this.noun = noun;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    /** How an error message names it ("unknown subject"). */
    public String noun() {
        return noun;
    }
}
