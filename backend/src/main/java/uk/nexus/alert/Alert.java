package uk.nexus.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One alert: a rule matched a subject for a cause. Raised once per rule, kind, subject and cause.
 *
 * @param id {@code AL-} and 16 hex digits of the hash of rule, kind, subject and cause
 * @param ruleId the rule ({@code custody} for the alerts custody intake raises itself)
 * @param ruleName the rule's name as it was when the alert was raised
 * @param kind what matched ({@link RuleKind} names, or HIGH_HARM_IN_CUSTODY, TRACKED_IN_CUSTODY, WANTED
 *     for custody intake)
 * @param subjectId the person
 * @param subjectName "SURNAME, Forenames"
 * @param cause what exactly matched (the record that made it match), the deduplication key with rule
 *     and subject
 * @param detail figures and explanation for the user
 * @param custodyEventId the custody event it was raised for, if any
 * @param raisedAt when
 * @param state triage state
 * @param triagedBy who confirmed or dismissed it
 * @param triagedAt when
 * @param reason why it was confirmed or dismissed
 */
public record Alert(
        String id,
        String ruleId,
        String ruleName,
        String kind,
        String subjectId,
        String subjectName,
        String cause,
        String detail,
        @Nullable String custodyEventId,
        Instant raisedAt,
        AlertState state,
        @Nullable String triagedBy,
        @Nullable Instant triagedAt,
        @Nullable String reason) {}
