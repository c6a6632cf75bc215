package uk.nexus.analysis;

import java.util.List;

/**
 * Key-player disruption (Borgatti KPP-Neg): the {@code k} subjects whose removal fragments the
 * projection most, and the fragmentation {@code F = 1 − Σ s_c(s_c − 1) / (n(n − 1))} before and
 * after (0 = everyone can reach everyone, 1 = nobody can reach anybody).
 *
 * @param projection the projection filter, in words
 * @param k how many were asked for
 * @param method algorithm
 * @param players the key players in the order chosen
 * @param fragmentationBefore F of the projection
 * @param fragmentationAfter F after removing the players
 * @param componentsBefore connected components before
 * @param componentsAfter connected components after
 * @param largestBefore size of the largest component before
 * @param largestAfter size of the largest component after
 */
public record Disruption(
        String projection,
        int k,
        String method,
        List<KeyPlayer> players,
        double fragmentationBefore,
        double fragmentationAfter,
        int componentsBefore,
        int componentsAfter,
        int largestBefore,
        int largestAfter) {

    /**
     * A key player.
     *
     * @param subjectId the subject
     * @param name its name
     * @param degree its ties
     * @param harm its harm
     * @param fragmentationAlone F after removing this subject alone
     */
    public record KeyPlayer(String subjectId, String name, int degree, double harm, double fragmentationAlone) {}
}
