package uk.nexus.custody;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nexus.alert.Alert;
import uk.nexus.alert.HighHarm;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.resolution.IdentityClaim;
import uk.nexus.resolution.MatchCandidate;

/**
 * A custody event with what Nexus knows of the detainee.
 *
 * @param id the event (an Incident of type CUSTODY)
 * @param custodySuite where
 * @param arrestedAt when
 * @param offenceCode the arrest offence
 * @param offence its description
 * @param arrestingOfficer who arrested
 * @param circumstances free text
 * @param given the details as the detainee gave them
 * @param identity how the detainee was identified
 * @param subjectId the subject, once identified
 * @param subjectName "SURNAME, Forenames"
 * @param candidates the candidates the resolver proposed at intake, best first
 * @param harm the subject's harm now with its explanation (null until identified)
 * @param highHarm whether that is high harm for alerting, and why
 * @param trackerReferral the referral that put the subject on the high-harm tracker, if any
 * @param checks the checks requested and their results
 * @param alerts the alerts this event raised
 * @param recordedBy who booked it in
 * @param recordedAt when
 * @param source the source of the record (the event itself for intake through Nexus)
 */
public record CustodyEvent(
        String id,
        @Nullable String custodySuite,
        Instant arrestedAt,
        String offenceCode,
        @Nullable String offence,
        @Nullable String arrestingOfficer,
        @Nullable String circumstances,
        @Nullable IdentityClaim given,
        IdentityState identity,
        @Nullable String subjectId,
        @Nullable String subjectName,
        List<MatchCandidate> candidates,
        @Nullable SubjectHarm harm,
        @Nullable HighHarm highHarm,
        @Nullable String trackerReferral,
        List<Check> checks,
        List<Alert> alerts,
        @Nullable String recordedBy,
        Instant recordedAt,
        String source) {

    public CustodyEvent {
        candidates = List.copyOf(candidates);
        checks = List.copyOf(checks);
        alerts = List.copyOf(alerts);
    }

    /**
     * A check of the event.
     *
     * @param id {@code <event>-<kind>}
     * @param kind which check
     * @param result its result
     * @param summary what it said
     * @param requestedAt when requested
     * @param completedAt when the result came back
     * @param enteredBy who entered the result, or the adapter that answered
     * @param simulated answered by the simulated adapter (demo): not a real check
     * @param convictions convictions abroad it reported
     */
    public record Check(
            String id,
            CheckKind kind,
            CheckResult result,
            @Nullable String summary,
            Instant requestedAt,
            @Nullable Instant completedAt,
            @Nullable String enteredBy,
            boolean simulated,
            List<OverseasConviction> convictions) {

        public Check {
            convictions = List.copyOf(convictions);
        }
    }
}
