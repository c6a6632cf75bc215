package uk.nexus.analysis;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A record behind a tie, with its provenance and grade.
 *
 * @param type ASSOCIATE_OF, INVOLVED_IN (co-offending), USES (shared object) or MENTIONS (same report)
 * @param kind association kind, shared object kind or incident type
 * @param via the incident, object or report the tie runs through; {@code null} for an association
 * @param source source document
 * @param basis FACT or ASSESSMENT
 * @param gradeScheme scheme of the grade, if intelligence
 * @param grade the grade, if intelligence
 * @param handling the handling code, if intelligence
 * @param validFrom from when it holds
 * @param validTo until when it held
 * @param weight what it adds to the tie's strength
 */
public record LinkEvidence(
        String type,
        @Nullable String kind,
        @Nullable String via,
        @Nullable String source,
        @Nullable String basis,
        @Nullable String gradeScheme,
        @Nullable String grade,
        @Nullable String handling,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        double weight) {}
