package uk.nexus.custody;

/** The checks a custody officer can request, as the Check node and checks.csv name them. */
public enum CheckKind {
    /** ACRO Criminal Records Office: convictions abroad. */
    ACRO,
    /** Interpol I-24/7: notices and diffusions. */
    INTERPOL,
    /** Police National Computer. */
    PNC,
    /** Schengen Information System II alerts. */
    SIS_II,
    /** European Arrest Warrant (and the UK-EU TCA arrest warrant). */
    EAW
}
