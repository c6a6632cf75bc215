package uk.nexus.security;

/** The roles of Nexus users; a user holds one or more. */
public enum Role {
    /** Gang/OCG unit and high-harm analysts: explore, search, analyse, draft referrals. */
    ANALYST,
    /** Detectives building cases: as analysts, plus case files and exports. */
    DETECTIVE,
    /** Supervisors: approve referrals (four-eyes) and decide retention reviews. */
    SUPERVISOR,
    /** The referral desk: records immigration enforcement's decisions and outcomes. */
    REFERRALS,
    /** Auditors and the data protection officer: read the access log and equality monitoring. */
    AUDITOR,
    /** Administrators: users and reference data. */
    ADMIN;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
