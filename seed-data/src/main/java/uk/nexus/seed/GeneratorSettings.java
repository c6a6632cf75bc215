package uk.nexus.seed;

import java.time.LocalDate;

/**
 * What to generate. {@link #defaults(int, long, LocalDate)} derives every count from the number of subjects (linear
 * scaling: at 5,000 subjects 60 gangs, 20 OCGs, 30,000 incidents and 1,269 referrals); the {@code with…} methods
 * override one count.
 *
 * @param subjects number of people (not counting planted duplicates)
 * @param seed random seed: same settings, same bytes
 * @param asOf the "today" of the data; every event lies before its start (00:00 UTC)
 * @param gangs number of street gangs
 * @param ocgs number of organised crime groups
 * @param incidents number of incidents
 * @param referrals number of referrals to immigration enforcement
 * @param plantDuplicates number of near-duplicate subjects to plant for entity-resolution tests (0 = none)
 */
public record GeneratorSettings(
        int subjects,
        long seed,
        LocalDate asOf,
        int gangs,
        int ocgs,
        int incidents,
        int referrals,
        int plantDuplicates) {

    public static final int DEFAULT_SUBJECTS = 5_000;
    public static final long DEFAULT_SEED = 42;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);
    public static final int MIN_SUBJECTS = 100;
    public static final int MAX_SUBJECTS = 20_000_000;

    public GeneratorSettings {
        if (subjects < MIN_SUBJECTS || subjects > MAX_SUBJECTS) {
            throw new IllegalArgumentException(
                    "subjects must be between " + MIN_SUBJECTS + " and " + MAX_SUBJECTS + ": " + subjects);
        }
        if (asOf.getYear() < 2000 || asOf.getYear() > 2200) {
            throw new IllegalArgumentException("as-of must be a date between 2000 and 2200: " + asOf);
        }
        if (gangs < 0 || ocgs < 0 || incidents < 0 || referrals < 0 || plantDuplicates < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (plantDuplicates > subjects / 10) {
            throw new IllegalArgumentException("at most one duplicate per ten subjects: " + plantDuplicates);
        }
        if (gangs * 8L + ocgs * 7L > subjects / 2) {
            throw new IllegalArgumentException("too many groups for " + subjects + " subjects");
        }
        if (referrals > incidents) {
            throw new IllegalArgumentException("need at least as many incidents as referrals (each TP Custody"
                    + " referral has its custody event)");
        }
        if (referrals > subjects / 2) {
            throw new IllegalArgumentException("too many referrals for " + subjects + " subjects");
        }
    }

    public static GeneratorSettings defaults(int subjects, long seed, LocalDate asOf) {
        return new GeneratorSettings(
                subjects,
                seed,
                asOf,
                scaled(subjects, 60),
                scaled(subjects, 20),
                scaled(subjects, 30_000),
                scaled(subjects, 1_269),
                0);
    }

    public static GeneratorSettings defaults() {
        return defaults(DEFAULT_SUBJECTS, DEFAULT_SEED, DEFAULT_AS_OF);
    }

    /** {@code perFiveThousand} scaled to {@code subjects}, rounded half up, at least 1. */
    static int scaled(int subjects, int perFiveThousand) {
        return (int) Math.max(1, (subjects * (long) perFiveThousand + 2_500) / 5_000);
    }

    public GeneratorSettings withGangs(int n) {
        return new GeneratorSettings(subjects, seed, asOf, n, ocgs, incidents, referrals, plantDuplicates);
    }

    public GeneratorSettings withOcgs(int n) {
        return new GeneratorSettings(subjects, seed, asOf, gangs, n, incidents, referrals, plantDuplicates);
    }

    public GeneratorSettings withIncidents(int n) {
        return new GeneratorSettings(subjects, seed, asOf, gangs, ocgs, n, referrals, plantDuplicates);
    }

    public GeneratorSettings withReferrals(int n) {
        return new GeneratorSettings(subjects, seed, asOf, gangs, ocgs, incidents, n, plantDuplicates);
    }

    public GeneratorSettings withPlantedDuplicates(int n) {
        return new GeneratorSettings(subjects, seed, asOf, gangs, ocgs, incidents, referrals, n);
    }
}
