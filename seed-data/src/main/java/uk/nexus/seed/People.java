package uk.nexus.seed;

import java.text.Normalizer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who lives in the fictional force: the nationality mix (London-like), immigration status consistent with
 * nationality, and realistic name variants for aliases.
 */
final class People {

    /** Nationality cell as written (e.g. {@code GBR;JAM}); empty = not recorded. */
    record Nationality(String cell, @Nullable NameRegion region, Status status) {
        boolean british() {
            return cell.startsWith("GBR");
        }

        boolean recorded() {
            return !cell.isEmpty();
        }

        boolean eu() {
            return status == Status.EU;
        }
    }

    /** Which immigration-status mix applies. */
    enum Status {
        BRITISH,
        EU,
        IRISH,
        PROTECTION,
        IRREGULAR,
        SOMALI,
        OTHER,
        NOT_RECORDED
    }

    static final String[] IMMIGRATION = {
        "BRITISH_CITIZEN",
        "SETTLED",
        "PRE_SETTLED",
        "LEAVE_TO_REMAIN",
        "VISA_HOLDER",
        "ASYLUM_SEEKER",
        "REFUGEE",
        "OVERSTAYER",
        "ILLEGAL_ENTRANT",
        "DEPORTATION_ORDER",
        "UNKNOWN",
        ""
    };

    static final int BRITISH_CITIZEN = 0;
    static final int DEPORTATION_ORDER = 9;

    private static final Map<Status, Weighted> STATUS_MIX = Map.of(
            Status.BRITISH, new Weighted(96, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4),
            Status.EU, new Weighted(0, 48, 34, 0, 0, 0, 0, 4, 0, 0, 7, 7),
            Status.IRISH, new Weighted(0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 5, 15),
            Status.PROTECTION, new Weighted(0, 8, 0, 12, 0, 25, 25, 4, 8, 2, 9, 7),
            Status.IRREGULAR, new Weighted(0, 12, 0, 10, 4, 18, 4, 8, 20, 3, 12, 9),
            Status.SOMALI, new Weighted(0, 30, 0, 15, 0, 8, 20, 3, 0, 2, 12, 10),
            Status.OTHER, new Weighted(0, 30, 0, 18, 12, 5, 2, 12, 4, 2, 8, 7),
            Status.NOT_RECORDED, new Weighted(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 50));

    /** Nationalities with their share (per mille) of the subject population. */
    static final Nationality[] NATIONALITIES = {
        new Nationality("GBR", null, Status.BRITISH),
        new Nationality("GBR;JAM", NameRegion.CARIBBEAN, Status.BRITISH),
        new Nationality("GBR;NGA", NameRegion.WEST_AFRICAN, Status.BRITISH),
        new Nationality("GBR;IRL", NameRegion.IRISH, Status.BRITISH),
        new Nationality("GBR;PAK", NameRegion.SOUTH_ASIAN_MUSLIM, Status.BRITISH),
        new Nationality("GBR;SOM", NameRegion.SOMALI, Status.BRITISH),
        new Nationality("GBR;GHA", NameRegion.WEST_AFRICAN, Status.BRITISH),
        new Nationality("GBR;IND", NameRegion.INDIAN, Status.BRITISH),
        new Nationality("", null, Status.NOT_RECORDED),
        new Nationality("ROU", NameRegion.ROMANIAN, Status.EU),
        new Nationality("POL", NameRegion.POLISH, Status.EU),
        new Nationality("ALB", NameRegion.ALBANIAN, Status.IRREGULAR),
        new Nationality("LTU", NameRegion.BALTIC, Status.EU),
        new Nationality("LVA", NameRegion.BALTIC, Status.EU),
        new Nationality("BGR", NameRegion.BULGARIAN, Status.EU),
        new Nationality("JAM", NameRegion.CARIBBEAN, Status.OTHER),
        new Nationality("NGA", NameRegion.WEST_AFRICAN, Status.OTHER),
        new Nationality("GHA", NameRegion.WEST_AFRICAN, Status.OTHER),
        new Nationality("SOM", NameRegion.SOMALI, Status.SOMALI),
        new Nationality("ERI", NameRegion.ERITREAN, Status.PROTECTION),
        new Nationality("IRL", NameRegion.IRISH, Status.IRISH),
        new Nationality("PRT", NameRegion.PORTUGUESE, Status.EU),
        new Nationality("BRA", NameRegion.PORTUGUESE, Status.OTHER),
        new Nationality("ESP", NameRegion.SPANISH, Status.EU),
        new Nationality("ITA", NameRegion.ITALIAN, Status.EU),
        new Nationality("COL", NameRegion.SPANISH, Status.OTHER),
        new Nationality("IND", NameRegion.INDIAN, Status.OTHER),
        new Nationality("PAK", NameRegion.SOUTH_ASIAN_MUSLIM, Status.OTHER),
        new Nationality("BGD", NameRegion.SOUTH_ASIAN_MUSLIM, Status.OTHER),
        new Nationality("TUR", NameRegion.TURKISH, Status.OTHER),
        new Nationality("VNM", NameRegion.VIETNAMESE, Status.IRREGULAR),
        new Nationality("AFG", NameRegion.PERSIAN, Status.PROTECTION),
        new Nationality("IRN", NameRegion.PERSIAN, Status.PROTECTION),
        new Nationality("IRQ", NameRegion.ARABIC, Status.PROTECTION),
        new Nationality("SYR", NameRegion.ARABIC, Status.PROTECTION),
        new Nationality("SDN", NameRegion.ARABIC, Status.PROTECTION),
        new Nationality("CHN", NameRegion.CHINESE, Status.OTHER),
    };

    /** Per mille, in the order of {@link #NATIONALITIES}. */
    private static final Weighted NATIONALITY_MIX = new Weighted(
            524, 15, 8, 8, 5, 4, 3, 2, 45, 40, 30, 32, 18, 8, 10, 26, 24, 9, 22, 13, 15, 14, 8, 5, 6, 4, 14, 15, 10, 12,
            12, 10, 6, 8, 5, 6, 4);

    /** Heritage of British nationals without a second nationality: London's mix. */
    private static final NameRegion[] BRITISH_HERITAGE = {
        NameRegion.BRITISH,
        NameRegion.CARIBBEAN,
        NameRegion.WEST_AFRICAN,
        NameRegion.SOUTH_ASIAN_MUSLIM,
        NameRegion.INDIAN,
        NameRegion.SOMALI,
        NameRegion.IRISH,
        NameRegion.TURKISH,
        NameRegion.ARABIC,
        NameRegion.CHINESE,
        NameRegion.PORTUGUESE,
        NameRegion.POLISH
    };

    private static final Weighted BRITISH_HERITAGE_MIX = new Weighted(52, 16, 11, 7, 4, 3, 2, 1.5, 1, 1, 0.5, 1);

    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("ROU", "Romania"),
            Map.entry("POL", "Poland"),
            Map.entry("ALB", "Albania"),
            Map.entry("LTU", "Lithuania"),
            Map.entry("LVA", "Latvia"),
            Map.entry("BGR", "Bulgaria"),
            Map.entry("JAM", "Jamaica"),
            Map.entry("NGA", "Nigeria"),
            Map.entry("GHA", "Ghana"),
            Map.entry("SOM", "Somalia"),
            Map.entry("ERI", "Eritrea"),
            Map.entry("IRL", "Ireland"),
            Map.entry("PRT", "Portugal"),
            Map.entry("BRA", "Brazil"),
            Map.entry("ESP", "Spain"),
            Map.entry("ITA", "Italy"),
            Map.entry("COL", "Colombia"),
            Map.entry("IND", "India"),
            Map.entry("PAK", "Pakistan"),
            Map.entry("BGD", "Bangladesh"),
            Map.entry("TUR", "Turkey"),
            Map.entry("VNM", "Vietnam"),
            Map.entry("AFG", "Afghanistan"),
            Map.entry("IRN", "Iran"),
            Map.entry("IRQ", "Iraq"),
            Map.entry("SYR", "Syria"),
            Map.entry("SDN", "Sudan"),
            Map.entry("CHN", "China"));

    private People() {}

    static String countryName(String iso3) {
        return COUNTRY_NAMES.getOrDefault(iso3, iso3);
    }

    /** The first non-GBR nationality of a cell such as {@code GBR;JAM}, or null. */
    static @Nullable String foreignNationality(String cell) {
        for (String c : cell.split(";")) {
            if (!c.isEmpty() && !c.equals("GBR")) {
                return c;
            }
        }
        return null;
    }

    static int sampleNationality(Rng rng) {
        return NATIONALITY_MIX.sample(rng);
    }

    /** The naming tradition of a subject of this nationality. */
    static NameRegion region(Nationality n, Rng rng) {
        if (n.region() != null) {
            return n.region();
        }
        return BRITISH_HERITAGE[BRITISH_HERITAGE_MIX.sample(rng)];
    }

    /** Index into {@link #IMMIGRATION}, consistent with the nationality. */
    static int sampleImmigration(Nationality n, Rng rng) {
        return STATUS_MIX.get(n.status()).sample(rng);
    }

    /** Transliteration and spelling variants seen in police records for the same person. */
    private static final Map<String, String[]> VARIANTS = Map.ofEntries(
            Map.entry("Mohammed", new String[] {"Muhammad", "Mohamed", "Mohammad", "Mohamad"}),
            Map.entry("Mohamed", new String[] {"Mohammed", "Muhammad", "Mohamud"}),
            Map.entry("Mohammad", new String[] {"Mohammed", "Muhammad", "Mohamad"}),
            Map.entry("Mohamud", new String[] {"Mahamud", "Mohamoud"}),
            Map.entry("Ahmed", new String[] {"Ahmad", "Ahmet"}),
            Map.entry("Ahmad", new String[] {"Ahmed"}),
            Map.entry("Hussein", new String[] {"Hussain", "Husain", "Husein"}),
            Map.entry("Hussain", new String[] {"Hussein", "Husain"}),
            Map.entry("Yusuf", new String[] {"Youssef", "Yousef", "Yousuf"}),
            Map.entry("Youssef", new String[] {"Yusuf", "Yousef"}),
            Map.entry("Omar", new String[] {"Umar", "Omer"}),
            Map.entry("Osman", new String[] {"Othman", "Usman", "Osmaan"}),
            Map.entry("Usman", new String[] {"Osman", "Othman"}),
            Map.entry("Hassan", new String[] {"Hasan"}),
            Map.entry("Ibrahim", new String[] {"Ebrahim", "Ibraheem"}),
            Map.entry("Mustafa", new String[] {"Mostafa", "Moustafa"}),
            Map.entry("Mahmoud", new String[] {"Mahmud", "Mahmood"}),
            Map.entry("Abdirahman", new String[] {"Abdirahmaan", "Abdi Rahman"}),
            Map.entry("Abdullahi", new String[] {"Abdulahi", "Abdullah"}),
            Map.entry("Abdul", new String[] {"Abdool"}),
            Map.entry("Rahman", new String[] {"Rehman", "Rahmaan"}),
            Map.entry("Tariq", new String[] {"Tarik", "Tarek"}),
            Map.entry("Kareem", new String[] {"Karim"}),
            Map.entry("Karim", new String[] {"Kareem"}),
            Map.entry("Jamal", new String[] {"Jamaal", "Gamal"}),
            Map.entry("Rashid", new String[] {"Rasheed", "Rachid"}),
            Map.entry("Khalid", new String[] {"Khaled"}),
            Map.entry("Stephen", new String[] {"Steven"}),
            Map.entry("Sean", new String[] {"Shaun", "Shawn"}),
            Map.entry("Jermaine", new String[] {"Germaine", "Jermain"}),
            Map.entry("Tyrone", new String[] {"Tyron"}),
            Map.entry("Dwayne", new String[] {"Duane", "Dwain"}),
            Map.entry("Andre", new String[] {"André", "Andrae"}),
            Map.entry("Phillips", new String[] {"Philips"}),
            Map.entry("Thompson", new String[] {"Thomson"}),
            Map.entry("Mcleod", new String[] {"McLeod", "MacLeod"}),
            Map.entry("Oluwaseun", new String[] {"Oluseun"}),
            Map.entry("Chukwuemeka", new String[] {"Chukwuemeka Emeka"}),
            Map.entry("Aleksandrs", new String[] {"Aleksandr", "Alexander"}),
            Map.entry("Tesfamariam", new String[] {"Tesfa Mariam"}),
            Map.entry("Ghebremedhin", new String[] {"Gebremedhin"}),
            Map.entry("Al-Sayed", new String[] {"Alsayed", "El-Sayed"}),
            Map.entry("Al-Amin", new String[] {"Alamin", "El-Amin"}),
            Map.entry("Mohammadi", new String[] {"Mohamadi", "Muhammadi"}));

    /** Familiar forms. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("Krzysztof", "Krzys"),
            Map.entry("Oluwaseun", "Seun"),
            Map.entry("Babatunde", "Tunde"),
            Map.entry("Aleksandrs", "Sasha"),
            Map.entry("Alexandru", "Alex"),
            Map.entry("Thomas", "Tom"),
            Map.entry("Daniel", "Danny"),
            Map.entry("James", "Jim"),
            Map.entry("Nathaniel", "Nate"),
            Map.entry("Abdirahman", "Abdi"),
            Map.entry("Chukwuemeka", "Emeka"),
            Map.entry("Giuseppe", "Peppe"),
            Map.entry("Constantin", "Costi"),
            Map.entry("Wojciech", "Wojtek"),
            Map.entry("Mateusz", "Mati"),
            Map.entry("Samuel", "Sammy"));

    /** Street names: generic, no real person's nickname. */
    static final String[] STREET_NAMES = {
        "Tiny", "Biggs", "Shadow", "Ghost", "Smokey", "Lil Man", "Bandz", "Chunks", "Ace", "Dice", "Kidd", "Sparks",
        "Ninja", "Junior", "Boss", "Ticks", "Jigs", "Stacks", "Moley", "Blue", "Shorty", "Red", "Sly", "Flex", "Duppy",
        "Rico", "Bones", "Tank", "Fudge", "Mouse"
    };

    /** A transliteration or spelling variant of one name, or the name without diacritics, or null if none. */
    static @Nullable String variant(String name, Rng rng) {
        String[] v = VARIANTS.get(name);
        if (v != null) {
            return rng.pick(v);
        }
        String plain = stripDiacritics(name);
        return plain.equals(name) ? null : plain;
    }

    static @Nullable String shortForm(String forename) {
        return SHORT_FORMS.get(forename);
    }

    static String stripDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(
                        switch (c) {
                            case 'ł' -> 'l';
                            case 'Ł' -> 'L';
                            case 'đ' -> 'd';
                            case 'Đ' -> 'D';
                            case 'ı' -> 'i';
                            default -> c;
                        });
            }
        }
        return sb.toString();
    }
}
