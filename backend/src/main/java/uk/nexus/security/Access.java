package uk.nexus.security;

/**
 * The authorisation expressions the feature services use in {@code @PreAuthorize}, in one place so
 * the matrix in docs/security.md has one source.
 */
public final class Access {

    /** Reading people, groups, incidents and networks: the operational roles. */
    public static final String READ_RECORDS = "hasAnyRole('ANALYST','DETECTIVE','SUPERVISOR','REFERRALS')";

    /** Drafting, submitting and reading referrals: everyone who launches or tracks them. */
    public static final String WORK_REFERRALS = "hasAnyRole('ANALYST','DETECTIVE','SUPERVISOR','REFERRALS')";

    /** Editing reference data such as the referral originators. */
    public static final String ADMINISTER = "hasRole('ADMIN')";

    private Access() {}
}
