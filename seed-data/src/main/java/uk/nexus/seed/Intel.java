package uk.nexus.seed;

/**
 * Writes graded intelligence reports and their mentions. Most reports are graded 3x5x2 with a realistic spread (many
 * 2B/2C/3C, few 1A, some 3E); older reports are often in the legacy 5x5x5 scheme. About one in ten carries a
 * handling restriction, always with its conditions.
 */
final class Intel {

    record Report(String id, Force.Grade grade, long recordedAt) {}

    private static final String[] GRADES_3X5X2 = {
        "1A", "1B", "1C", "2A", "2B", "2C", "2D", "2E", "3A", "3B", "3C", "3D", "3E"
    };
    private static final Weighted GRADE_MIX_3X5X2 = new Weighted(3, 4, 1, 5, 30, 22, 3, 1, 1, 6, 15, 4, 5);

    private static final String[] GRADES_5X5X5 = {
        "A1", "A2", "B1", "B2", "B3", "C2", "C3", "C4", "D3", "D4", "E3", "E4", "E5"
    };
    private static final Weighted GRADE_MIX_5X5X5 = new Weighted(2, 5, 4, 30, 15, 8, 18, 5, 3, 3, 2, 3, 2);

    private static final String[] CONDITIONS = {
        "Do not disseminate outside the MIB without reference to the originating officer.",
        "Source protection: not to be used in evidence or put to the subject in interview.",
        "May be shared with Home Office Immigration Enforcement for immigration enforcement purposes only.",
        "Sanitised. No further dissemination to partner agencies without the authority of a detective inspector.",
        "Not for disclosure to the subject or their representatives; consult the originating unit before any action."
    };

    private static final String[] UNITS = {
        "MIB",
        "Trident intelligence cell",
        "Gangs intelligence unit",
        "Prison intelligence (HMPPS)",
        "Crimestoppers",
        "Covert intelligence unit",
        "Borough intelligence unit",
        "Custody intelligence",
        "Intelligence development team"
    };

    private final Force f;
    private final long legacyBefore;

    Intel(Force f) {
        this.f = f;
        // the legacy 5x5x5 scheme is still found on reports more than four years old
        this.legacyBefore = f.now - 4 * 365 * Time.DAY;
    }

    Report report(Rng rng, long recordedAt, String summary) {
        String id = f.id("INT", f.intelCount++);
        boolean legacy = recordedAt < legacyBefore && rng.chance(0.75);
        String grade;
        String handling;
        boolean restricted;
        if (legacy) {
            grade = GRADES_5X5X5[GRADE_MIX_5X5X5.sample(rng)];
            restricted = rng.chance(0.11);
            handling = restricted ? Integer.toString(rng.between(2, 5)) : "1";
        } else {
            grade = GRADES_3X5X2[GRADE_MIX_3X5X2.sample(rng)];
            restricted = rng.chance(0.10);
            handling = restricted ? "C" : "P";
        }
        String scheme = legacy ? "5x5x5" : "3x5x2";
        CsvFile out = f.out.intelligence;
        out.add(id).add(summary).add(scheme).add(grade).add(handling).add(restricted ? rng.pick(CONDITIONS) : "");
        out.date(f.reviewDate(rng, 0.045));
        String unit = rng.pick(UNITS);
        out.add(
                        unit.equals("Borough intelligence unit")
                                ? unit + " " + Geography.BOROUGH_CODES[rng.nextInt(Geography.BOROUGH_CODES.length)]
                                : unit)
                .instant(recordedAt);
        out.endRow();
        return new Report(id, new Force.Grade(scheme, grade, handling), recordedAt);
    }

    void mention(Report report, int subject, String role) {
        f.out.intelSubjects.add(report.id()).add(f.subjectId(subject)).add(role).endRow();
    }
}
