package uk.nexus.resolution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nexus.resolution.MatchCandidate;
import uk.nexus.resolution.internal.Names.Agreement;

/**
 * Scores whether two identity records describe one person, Fellegi–Sunter style: each comparison
 * (names, date of birth, PNC id, CRO number, passport, shared phones and addresses, gender) adds an
 * agreement weight or a disagreement weight, roughly log₂ of how much likelier that outcome is for
 * one person than for two; the weights add up to a total, and the score is the logistic of the total
 * less the prior. Every weight that counted is one reason line, so the score explains itself.
 * Nationality, ethnicity and immigration status are not in {@link IdentityRecord}: never evidence.
 * Decision 0620.
 */
public final class PairScorer {

    /** Total weight from which a pair is a MATCH. */
    public static final double MATCH_WEIGHT = 5.0;

    /** Total weight from which a pair is worth a look (POSSIBLE). */
    public static final double POSSIBLE_WEIGHT = 2.5;

    /** The total weight at which the score is one half. */
    static final double PRIOR = 3.5;

    /** The score of a total weight: the logistic of the total less {@link #PRIOR}. */
    public static double score(double total) {
        return 1 / (1 + Math.exp(-(total - PRIOR)));
    }

    /** The score at or above which a pair is a MATCH. */
    public static final double MATCH_SCORE = score(MATCH_WEIGHT);

    /** The score at or above which a pair is POSSIBLE. */
    public static final double POSSIBLE_SCORE = score(POSSIBLE_WEIGHT);

    /** One piece of evidence. */
    public record Evidence(double weight, String reason) {
        String line() {
            return String.format(Locale.ROOT, "%+.1f %s", weight, reason);
        }
    }

    /** The result: total weight, score 0..1, band (null below POSSIBLE) and the evidence. */
    public record Scored(double total, double score, MatchCandidate.@Nullable Band band, List<Evidence> evidence) {

        public List<String> reasons() {
            return evidence.stream().map(Evidence::line).toList();
        }
    }

    private PairScorer() {}

    /** Scores the pair with uniform name weights (a claim against stored records). */
    public static Scored score(IdentityRecord a, IdentityRecord b) {
        return score(a, b, NameFrequencies.NONE);
    }

    /**
     * Scores the pair; agreeing on a rare name weighs more than on a common one ({@code frequencies}).
     * Symmetric apart from the wording of the reasons.
     */
    public static Scored score(IdentityRecord a, IdentityRecord b, NameFrequencies frequencies) {
        List<Evidence> evidence = new ArrayList<>();
        names(a, b, frequencies, evidence);
        dates(a, b, evidence);
        // A second record of one person is usually a second PNC/CRO record: a different id is no evidence
        // against (it is shown, with no weight).
        identifier("PNC id", a.pncId(), b.pncId(), 8.5, 3.0, 0, evidence);
        identifier("CRO number", a.croNumber(), b.croNumber(), 8.5, 3.0, 0, evidence);
        // People hold several passports over time: a different number is no evidence against.
        identifier("passport number", a.passportNumber(), b.passportNumber(), 7.5, 2.5, 0, evidence);
        shared(a, b, evidence);
        if (a.borough() != null && a.borough().equals(b.borough())) {
            evidence.add(new Evidence(0.5, "recorded in the same borough (" + a.borough() + ")"));
        }
        if (a.gender() != null && b.gender() != null && !a.gender().equals(b.gender())) {
            evidence.add(new Evidence(-2.0, "recorded gender differs"));
        }
        boolean corroborated = evidence.stream()
                .anyMatch(e -> e.weight() > 0
                        && !e.reason().startsWith("name ")
                        && !e.reason().startsWith("recorded in"));
        evidence.sort((x, y) -> Double.compare(Math.abs(y.weight()), Math.abs(x.weight())));
        double total = evidence.stream().mapToDouble(Evidence::weight).sum();
        MatchCandidate.Band band = total >= MATCH_WEIGHT
                ? MatchCandidate.Band.MATCH
                : total >= POSSIBLE_WEIGHT ? MatchCandidate.Band.POSSIBLE : null;
        if (band == MatchCandidate.Band.MATCH && !corroborated) {
            // Many people share a name: a name with nothing else agreeing is for a human to judge.
            band = MatchCandidate.Band.POSSIBLE;
            evidence = new ArrayList<>(evidence);
            evidence.add(new Evidence(0, "nothing but the name agrees: POSSIBLE at most"));
        }
        return new Scored(total, score(total), band, List.copyOf(evidence));
    }

    // ---- names -------------------------------------------------------------------------------

    private static double surnameWeight(Agreement a) {
        return switch (a) {
            case EXACT -> 2.0;
            case VARIANT -> 1.7;
            case PHONETIC -> 1.5;
            case CLOSE -> 1.2;
            case INITIAL -> 0.3;
            case NONE -> -1.5;
        };
    }

    private static double forenameWeight(Agreement a) {
        return switch (a) {
            case EXACT -> 2.0;
            case VARIANT -> 1.7;
            case PHONETIC -> 1.4;
            case CLOSE -> 1.1;
            case INITIAL -> 0.9;
            case NONE -> -1.5;
        };
    }

    private static boolean agrees(Agreement a) {
        return a == Agreement.EXACT || a == Agreement.VARIANT || a == Agreement.PHONETIC;
    }

    private static void names(
            IdentityRecord a, IdentityRecord b, NameFrequencies frequencies, List<Evidence> evidence) {
        if (!named(a) || !named(b)) {
            return; // a claim without a name: no evidence either way
        }
        double best = Double.NEGATIVE_INFINITY;
        String why = "";
        for (IdentityRecord.Name na : a.names()) {
            for (IdentityRecord.Name nb : b.names()) {
                Agreement sur = best(na.surnameTokens(), nb.surnameTokens());
                Agreement fore = best(na.forenameTokens(), nb.forenameTokens());
                double w = surnameWeight(sur) + forenameWeight(fore);
                String middle = "";
                if (agrees(fore) && firstForenamesDiffer(na, nb)) {
                    // Agreeing only through a middle name ("Emmanuel" and "Samuel Emmanuel") is weaker.
                    w -= 0.7;
                    middle = " (through a middle name)";
                }
                String order = "";
                List<String> surTokens = na.surnameTokens();
                List<String> foreTokens = na.forenameTokens();
                Agreement swappedSur = best(na.surnameTokens(), nb.forenameTokens());
                Agreement swappedFore = best(na.forenameTokens(), nb.surnameTokens());
                double swapped = surnameWeight(swappedSur) + forenameWeight(swappedFore) - 0.3;
                if (swapped > w) {
                    w = swapped;
                    sur = swappedSur;
                    fore = swappedFore;
                    order = ", forenames and surname swapped";
                    middle = "";
                }
                double rarity = (agrees(sur) ? frequencies.surname(surTokens) : 0)
                        + (agrees(fore) ? frequencies.forename(foreTokens) : 0);
                w += rarity;
                if (w > best) {
                    best = w;
                    why = "name " + na.display() + " (" + na.label() + ") ~ " + nb.display() + " (" + nb.label()
                            + "): surname " + word(sur) + ", forename " + word(fore) + middle + order
                            + (Math.abs(rarity) >= 0.05
                                    ? String.format(
                                            Locale.ROOT, "; %s names %+.1f", rarity < 0 ? "common" : "rare", rarity)
                                    : "");
                }
            }
        }
        if (best > Double.NEGATIVE_INFINITY) {
            evidence.add(new Evidence(best, why));
        }
    }

    private static String word(Agreement a) {
        return switch (a) {
            case EXACT -> "same";
            case VARIANT -> "a variant (transliteration or familiar form)";
            case PHONETIC -> "sounds alike";
            case CLOSE -> "spelt nearly alike";
            case INITIAL -> "initial only";
            case NONE -> "differs";
        };
    }

    private static boolean named(IdentityRecord r) {
        return r.names().stream()
                .anyMatch(
                        n -> !n.surnameTokens().isEmpty() || !n.forenameTokens().isEmpty());
    }

    private static boolean firstForenamesDiffer(IdentityRecord.Name a, IdentityRecord.Name b) {
        List<String> x = a.forenameTokens();
        List<String> y = b.forenameTokens();
        return !x.isEmpty()
                && !y.isEmpty()
                && !agrees(Names.compare(x.getFirst(), y.getFirst()))
                && Names.compare(x.getFirst(), y.getFirst()) != Agreement.INITIAL;
    }

    /** The best agreement between any token of one part and any of the other, or of the parts joined up. */
    static Agreement best(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Agreement.NONE;
        }
        Agreement best = Names.compare(String.join("", x), String.join("", y));
        for (String s : x) {
            for (String t : y) {
                Agreement a = Names.compare(s, t);
                if (a.ordinal() < best.ordinal()) {
                    best = a;
                }
            }
        }
        return best;
    }

    // ---- dates of birth ----------------------------------------------------------------------

    private static void dates(IdentityRecord a, IdentityRecord b, List<Evidence> evidence) {
        if (a.dobs().isEmpty() || b.dobs().isEmpty()) {
            return;
        }
        double best = Double.NEGATIVE_INFINITY;
        String why = "";
        for (LocalDate x : a.dobs()) {
            for (LocalDate y : b.dobs()) {
                double w;
                String how;
                if (x.equals(y)) {
                    w = 3.5;
                    how = "date of birth matches (" + x + ")";
                } else if (transposed(x, y)) {
                    w = 2.5;
                    how = "date of birth day and month transposed (" + x + " / " + y + ")";
                } else if (Math.abs(x.toEpochDay() - y.toEpochDay()) == 1) {
                    w = 1.8;
                    how = "date of birth one day apart (" + x + " / " + y + ")";
                } else if (x.getDayOfMonth() == y.getDayOfMonth()
                        && x.getMonthValue() == y.getMonthValue()
                        && Math.abs(x.getYear() - y.getYear()) == 1) {
                    w = 1.8;
                    how = "date of birth year off by one (" + x + " / " + y + ")";
                } else if (oneDigit(x, y)) {
                    // Some seventy dates are one digit away, against two a day or a year away: weaker.
                    w = 1.0;
                    how = "date of birth differs in one digit (" + x + " / " + y + ")";
                } else if ((transposed(x, y.withYear(x.getYear()))) && Math.abs(x.getYear() - y.getYear()) == 1) {
                    w = 1.2;
                    how = "date of birth day and month transposed and year off by one (" + x + " / " + y + ")";
                } else {
                    w = -3.5;
                    how = "date of birth differs (" + x + " / " + y + ")";
                }
                if (w > best) {
                    best = w;
                    why = how;
                }
            }
        }
        evidence.add(new Evidence(best, why));
    }

    static boolean transposed(LocalDate x, LocalDate y) {
        return x.getYear() == y.getYear()
                && x.getDayOfMonth() == y.getMonthValue()
                && x.getMonthValue() == y.getDayOfMonth();
    }

    static boolean oneDigit(LocalDate x, LocalDate y) {
        String s = x.toString();
        String t = y.toString();
        int diff = 0;
        for (int i = 0; i < s.length() && i < t.length(); i++) {
            if (s.charAt(i) != t.charAt(i)) {
                diff++;
            }
        }
        return s.length() == t.length() && diff == 1;
    }

    // ---- identifiers, phones, addresses -------------------------------------------------------

    private static void identifier(
            String what,
            @Nullable String x,
            @Nullable String y,
            double same,
            double near,
            double different,
            List<Evidence> evidence) {
        if (x == null || y == null) {
            return;
        }
        if (x.equals(y)) {
            evidence.add(new Evidence(same, what + " matches (" + x + ")"));
        } else if (x.length() == y.length() && Names.editDistanceAtMostOne(x, y)) {
            evidence.add(new Evidence(near, what + " differs by one character, a likely typo (" + x + " / " + y + ")"));
        } else if (different != 0 || !what.startsWith("passport")) {
            evidence.add(new Evidence(different, what + " differs (" + x + " / " + y + ")"));
        }
    }

    private static void shared(IdentityRecord a, IdentityRecord b, List<Evidence> evidence) {
        Set<String> phones = new HashSet<>(a.phones());
        phones.retainAll(b.phones());
        if (!phones.isEmpty()) {
            evidence.add(new Evidence(
                    1.5 * Math.min(2, phones.size()),
                    "uses the same phone" + (phones.size() > 1 ? "s " : " ")
                            + String.join(", ", phones.stream().sorted().toList())));
        }
        Set<String> addresses = new HashSet<>(a.addresses());
        addresses.retainAll(b.addresses());
        if (!addresses.isEmpty()) {
            evidence.add(new Evidence(
                    1.0,
                    "linked to the same address "
                            + addresses.stream()
                                    .sorted()
                                    .map(k -> k.substring(k.indexOf(':') + 1))
                                    .toList()));
        }
    }
}
