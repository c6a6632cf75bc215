package uk.nexus.alert;

import org.jspecify.annotations.Nullable;

/**
 * An alert to raise (if it has not been raised before).
 *
 * @param ruleId the rule, or {@code custody} for custody intake
 * @param ruleName its name
 * @param kind what matched
 * @param subjectId the person
 * @param cause what exactly matched; with rule and subject it identifies the alert
 * @param detail figures and explanation
 * @param custodyEventId the custody event, if any
 */
public record RaisedAlert(
        String ruleId,
        String ruleName,
        String kind,
        String subjectId,
        String cause,
        String detail,
        @Nullable String custodyEventId) {}
