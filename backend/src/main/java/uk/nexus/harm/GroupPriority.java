package uk.nexus.harm;

import java.util.List;

/**
 * A gang's or OCG's priority (decision 0305), OCGM-like: {@code score} is the weighted sum of four
 * factors, each in [0, 1]; {@code band} is 1–3 by harm (1 highest) and A–C by capability, cohesion
 * and reach (A highest), e.g. {@code 1A}.
 *
 * @param groupId the group
 * @param name its name
 * @param type GANG or OCG
 * @param band OCGM-style band
 * @param score weighted sum of the factors
 * @param memberHarm Σ current members' harm
 * @param members current members (in review)
 * @param factors the factors with their weights and what they rest on
 * @param topMembers the members whose harm weighs most, with their harm
 */
public record GroupPriority(
        String groupId,
        String name,
        String type,
        String band,
        double score,
        double memberHarm,
        int members,
        List<Factor> factors,
        List<MemberHarm> topMembers) {

    /**
     * One factor: {@code value × weight} is its part of the score.
     *
     * @param name HARM, CAPABILITY, COHESION or REACH
     * @param value in [0, 1]
     * @param weight its weight in the score
     * @param detail what it rests on (offences, tie counts, groups reached)
     */
    public record Factor(String name, double value, double weight, String detail) {}

    /** A member and its harm. */
    public record MemberHarm(String subjectId, double harm) {}
}
