package uk.nexus.analysis;

/**
 * One subject in a ranking.
 *
 * @param rank 1-based position
 * @param subjectId the subject
 * @param name forenames and surname
 * @param score the measure's value
 * @param harm the subject's own harm, for context
 * @param explanation what the score rests on, in words (harm: its largest contributions; a
 *     centrality: its ties); the full explanation is at {@code /api/analysis/subjects/{id}/harm}
 */
public record RankedSubject(int rank, String subjectId, String name, double score, double harm, String explanation) {}
