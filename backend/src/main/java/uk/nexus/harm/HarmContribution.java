package uk.nexus.harm;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One item of a subject's harm: {@code harm = offenceWeight × evidenceWeight × recency}.
 *
 * @param kind {@code INCIDENT} (an offender/suspect involvement) or {@code CONVICTION} (one that
 *     concludes no UK incident: overseas, or UK without an incident record)
 * @param recordId the incident or conviction id
 * @param date when the offence happened (incident) or the conviction date
 * @param offenceCode code in the offence table
 * @param offence its description
 * @param offenceWeight days of imprisonment at the starting point (at least 1)
 * @param capability what the offence says of capability (FIREARMS, SERIOUS_VIOLENCE, DRUGS,
 *     EXPLOITATION, NONE)
 * @param category OFFENDER or SUSPECT
 * @param outcome evidence level (CONVICTED, CHARGED, CAUTIONED, ARRESTED, NO_FURTHER_ACTION, SUSPECTED)
 * @param basis FACT or ASSESSMENT (intelligence)
 * @param gradeScheme for intelligence, {@code 3x5x2} or {@code 5x5x5}
 * @param grade for intelligence, its grade
 * @param evidenceWeight weight of the outcome (intelligence: scaled by grade)
 * @param ageYears years between the date and the day of the score
 * @param recency {@code 0.5^(ageYears / halfLife)}
 * @param overseas a conviction abroad (counts like a UK one)
 * @param country the conviction's country, ISO alpha-3
 * @param source the source document of the link or conviction
 * @param harm the product
 */
public record HarmContribution(
        String kind,
        String recordId,
        @Nullable LocalDate date,
        String offenceCode,
        @Nullable String offence,
        double offenceWeight,
        @Nullable String capability,
        String category,
        String outcome,
        String basis,
        @Nullable String gradeScheme,
        @Nullable String grade,
        double evidenceWeight,
        double ageYears,
        double recency,
        boolean overseas,
        @Nullable String country,
        @Nullable String source,
        double harm) {}
