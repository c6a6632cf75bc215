package uk.nexus.security;

/**
 * The authorisation expressions the feature services use in {@code @PreAuthorize}, in one place so
 * the matrix in docs/security.md has one source. The REST API's URL rules ({@link
 * ApiSecurityConfiguration}) use the same expressions.
 */
public final class Access {

    /** Reading people, groups, incidents and networks: the operational roles. */
    public static final String READ_RECORDS = "hasAnyRole('ANALYST','DETECTIVE','SUPERVISOR','REFERRALS')";

    /**
     * Network analysis and harm: rankings, group priorities, paths, ego networks, communities,
     * disruption and score explanations. The operational analysis roles; not the referral desk, whose
     * work is one referral at a time (decision 0306).
     */
    public static final String ANALYSE = "hasAnyRole('ANALYST','DETECTIVE','SUPERVISOR')";

    /**
     * Entity resolution: the duplicate review queue, its scan, same/distinct decisions, merges and their
     * undo. The operational analysis roles (decision 0623).
     */
    public static final String RESOLVE = "hasAnyRole('ANALYST','DETECTIVE','SUPERVISOR')";

    /** Exporting (disclosing) networks out of Nexus: detectives building cases, and supervisors. */
    public static final String EXPORT = "hasAnyRole('DETECTIVE','SUPERVISOR')";

    /** The MoPI retention review queue and its retain/delete decisions: supervisors only. */
    public static final String REVIEW = "hasRole('SUPERVISOR')";

    /**
     * Oversight: the access log, its verification and export, and equality monitoring. Auditors only —
     * not administrators, who could otherwise read the trail of their own actions.
     */
    public static final String AUDIT = "hasRole('AUDITOR')";

    /** Drafting, submitting and reading referrals: everyone who launches or tracks them. */
    public static final String WORK_REFERRALS = "hasAnyRole('ANALYST','DETECTIVE','SUPERVISOR','REFERRALS')";

    /** Editing reference data such as the referral originators. */
    public static final String ADMINISTER = "hasRole('ADMIN')";

    private Access() {}
}
