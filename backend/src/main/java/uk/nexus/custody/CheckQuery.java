package uk.nexus.custody;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an automated check adapter is asked: one check of one identified detainee.
 *
 * @param custodyEventId the custody event
 * @param kind the check
 * @param subjectId the subject the detainee was identified as
 * @param forenames the subject's recorded forenames
 * @param surname recorded surname
 * @param dateOfBirth recorded date of birth
 */
public record CheckQuery(
        String custodyEventId,
        CheckKind kind,
        String subjectId,
        String forenames,
        String surname,
        @Nullable LocalDate dateOfBirth) {}
