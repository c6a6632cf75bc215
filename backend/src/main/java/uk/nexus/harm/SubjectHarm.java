package uk.nexus.harm;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject's harm and its explanation: {@code harm} is the sum of the contributions' {@code harm}
 * (largest first). A subject recorded only as victim, witness or other has harm 0 and no
 * contributions.
 *
 * @param subjectId the subject
 * @param harm Σ contributions
 * @param contributions what adds up to it
 * @param offenceTable version of the offence-weight table used
 * @param halfLifeYears recency half-life used
 * @param asOf the day the score is for (recency and review dates)
 * @param pastReview the subject is past its MoPI review date: it counts nothing (harm 0)
 */
public record SubjectHarm(
        String subjectId,
        double harm,
        List<HarmContribution> contributions,
        String offenceTable,
        double halfLifeYears,
        LocalDate asOf,
        boolean pastReview) {}
