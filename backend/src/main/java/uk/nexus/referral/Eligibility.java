package uk.nexus.referral;

import java.util.List;

/**
 * Whether a subject may be referred to immigration enforcement, decided from nationality and
 * immigration status only (the one use Nexus makes of them).
 *
 * @param eligible false when the subject is recorded as a British citizen or national
 * @param refusal why not, when not eligible
 * @param flags what must be checked before the referral goes further (never assumed)
 */
public record Eligibility(boolean eligible, String refusal, List<Flag> flags) {

    /** Something to check, not a reason to refuse. */
    public enum Flag {
        NATIONALITY_NOT_RECORDED("Nationality not recorded: check it before the referral goes further"),
        IMMIGRATION_STATUS_NOT_RECORDED("Immigration status not recorded or unknown: check it"),
        ACTIVE_REFERRAL_EXISTS("The subject already has a referral in progress or on the tracker"),
        RECORD_PAST_REVIEW("The subject's record is past its MoPI review date");

        private final String text;

        Flag(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
