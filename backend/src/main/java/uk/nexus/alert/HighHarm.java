package uk.nexus.alert;

/**
 * Whether a subject counts as high harm for alerting (decision 0641): harm at or above the configured
 * threshold, or among the configured top N of the harm ranking (with harm above zero).
 *
 * @param subjectId the subject
 * @param harm its harm now
 * @param rank its place in the harm ranking (1 = highest) when a top N is configured, else 0
 * @param high whether it is high harm
 * @param why the rule that made it high, or why not
 */
public record HighHarm(String subjectId, double harm, long rank, boolean high, String why) {}
