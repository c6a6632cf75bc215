package uk.nexus.referral;

/** What became of an accepted referral, as in the source documents. */
public enum Outcome {
    DEPORTED("Deported"),
    IMMIGRATION_DETENTION("Immigration detention"),
    REPORTING_RESTRICTIONS("Immigration reporting restrictions"),
    HMP_DETENTION("HMP detention"),
    HMP_REMAND("HMP remand"),
    LIVE_INVESTIGATION("Other live investigation"),
    UNACTIONABLE("Currently un-actionable");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The grouping the source documents report: removed/detained/reporting; HMP; live; un-actionable. */
    public String group() {
        return switch (this) {
            case DEPORTED, IMMIGRATION_DETENTION, REPORTING_RESTRICTIONS -> "Removed, detained or reporting conditions";
            case HMP_DETENTION, HMP_REMAND -> "HMP";
            case LIVE_INVESTIGATION -> "Live investigation";
            case UNACTIONABLE -> "Un-actionable";
        };
    }
}
