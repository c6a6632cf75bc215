package uk.nexus.resolution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.nexus.resolution.IdentityClaim;
import uk.nexus.resolution.IdentityResolver;
import uk.nexus.resolution.MatchCandidate;

/**
 * The scored resolver: finds subjects that share anything indexable with the claim (identifier, a
 * name token or its transliteration variants, fuzzy; a date of birth as given, transposed, a day or a
 * year out; a phone; a postcode), folds merged subjects into their survivors, and scores each with
 * {@link PairScorer}. Reads only.
 */
@Component
class ScoredResolver implements IdentityResolver {

    /** How many subjects each lookup may bring back before scoring. */
    static final int LOOKUP_LIMIT = 500;

    private final ResolutionStore store;

    ScoredResolver(ResolutionStore store) {
        this.store = store;
    }

    @Override
    public List<MatchCandidate> candidates(IdentityClaim claim, int limit) {
        IdentityRecord given = record(claim);
        Set<String> ids = store.candidatesFor(
                terms(given),
                lookupDates(claim.dateOfBirth()),
                given.pncId(),
                given.croNumber(),
                given.passportNumber(),
                List.copyOf(given.phones()),
                claim.postcode() == null || claim.postcode().isBlank()
                        ? null
                        : IdentityRecord.postcode(claim.postcode()).substring(3),
                LOOKUP_LIMIT);
        List<MatchCandidate> out = new ArrayList<>();
        for (IdentityRecord r : store.ofRoots(ids)) {
            PairScorer.Scored s = PairScorer.score(given, r);
            // A record holding exactly an identifier given (fingerprint- or document-backed) is always
            // shown, at least as POSSIBLE, however much else disagrees: a borrowed or mistyped identity
            // is for a person to settle, never silently dropped.
            MatchCandidate.Band band =
                    s.band() != null ? s.band() : holdsIdentifierGiven(given, r) ? MatchCandidate.Band.POSSIBLE : null;
            if (band != null) {
                IdentityRecord.Name n = r.names().getFirst();
                out.add(new MatchCandidate(
                        r.id(),
                        n.surname().toUpperCase(Locale.ROOT) + ", " + n.forenames(),
                        s.score(),
                        band,
                        s.reasons()));
            }
        }
        out.sort(Comparator.comparingDouble(MatchCandidate::score).reversed().thenComparing(MatchCandidate::subjectId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    private static boolean holdsIdentifierGiven(IdentityRecord given, IdentityRecord r) {
        return same(given.pncId(), r.pncId())
                || same(given.croNumber(), r.croNumber())
                || same(given.passportNumber(), r.passportNumber());
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && a.equals(b);
    }

    /** The claim as an identity record: the name given first, then the other names. */
    static IdentityRecord record(IdentityClaim claim) {
        List<IdentityRecord.Name> names = new ArrayList<>();
        names.add(new IdentityRecord.Name(claim.forenames(), claim.surname(), "name given"));
        for (String other : claim.otherNames()) {
            String o = other.strip();
            int cut = o.lastIndexOf(' ');
            if (o.isEmpty()) {
                continue;
            }
            names.add(
                    cut < 0
                            ? new IdentityRecord.Name(o, "", "other name given")
                            : new IdentityRecord.Name(o.substring(0, cut), o.substring(cut + 1), "other name given"));
        }
        Set<String> addresses = new LinkedHashSet<>();
        if (claim.postcode() != null && !claim.postcode().isBlank()) {
            addresses.add(IdentityRecord.postcode(claim.postcode()));
        }
        return new IdentityRecord(
                "",
                names,
                claim.dateOfBirth() == null ? List.of() : List.of(claim.dateOfBirth()),
                null,
                claim.pncId(),
                claim.croNumber(),
                claim.passportNumber(),
                Set.copyOf(claim.phones().stream()
                        .map(IdentityRecord::phone)
                        .filter(p -> !p.isEmpty())
                        .toList()),
                addresses,
                null);
    }

    /** Full-text terms: every name token (prefix and one edit from four letters) and its variants. */
    static List<String> terms(IdentityRecord r) {
        Set<String> terms = new LinkedHashSet<>();
        for (IdentityRecord.Name n : r.names()) {
            List<String> tokens = new ArrayList<>(n.forenameTokens());
            tokens.addAll(n.surnameTokens());
            for (String t : tokens) {
                for (String v : Names.variants(t)) {
                    terms.add(v.length() >= 4 ? v + "~1" : v);
                }
            }
        }
        return terms.stream().limit(48).toList();
    }

    /** The dates of birth to look up: as given, transposed, a day either side, a year either side. */
    static List<LocalDate> lookupDates(@Nullable LocalDate dob) {
        if (dob == null) {
            return List.of();
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        dates.add(dob);
        dates.add(dob.minusDays(1));
        dates.add(dob.plusDays(1));
        dates.add(dob.minusYears(1));
        dates.add(dob.plusYears(1));
        if (dob.getDayOfMonth() <= 12) {
            // the day becomes the month (1-12) and the month a day (1-12): always a valid date
            dates.add(LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
        }
        return List.copyOf(dates);
    }
}
