package uk.nexus.seed;

/**
 * Regenerates a subject's name from the subject's own random stream, so names need no memory and every phase (intel
 * text, referrals, planted duplicates) sees the same name. Members of a household share the head's surname.
 */
final class Identities {

    record Identity(String forenames, String first, String surname, NameRegion region, boolean female) {
        /** As police records write it in free text: forenames then SURNAME. */
        String display() {
            return forenames + " " + surname.toUpperCase(java.util.Locale.ROOT);
        }
    }

    private static final NameRegion[] REGIONS = NameRegion.values();

    private final Force f;

    Identities(Force f) {
        this.f = f;
    }

    Identity of(int subject) {
        NameRegion region = REGIONS[f.region[subject]];
        Rng rng = Rng.forIndex(f.seed, "identity", subject);
        boolean female = switch (f.gender[subject]) {
            case 1 -> true;
            case 0 -> false;
            default -> rng.chance(0.5);
        };
        String[] list = female ? region.female : region.male;
        String first = rng.pick(list);
        String forenames = first;
        if (rng.chance(0.2)) {
            String middle = rng.pick(list);
            if (!middle.equals(first)) {
                forenames = first + " " + middle;
            }
        }
        return new Identity(forenames, first, surname(f.household[subject], region), region, female);
    }

    String surname(int household, NameRegion region) {
        return Rng.forIndex(f.seed, "surname", household).pick(region.surnames);
    }
}
