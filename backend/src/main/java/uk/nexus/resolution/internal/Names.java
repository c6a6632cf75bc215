package uk.nexus.resolution.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How two name tokens compare: normalised (case, diacritics, hyphens), through a table of
 * transliteration variants and familiar forms (Mohammed/Muhammad/Mohamed, Aleksandr/Alexander,
 * Tom/Thomas), by sound (Double Metaphone, primary or alternate code), by spelling (one edit or
 * Jaro-Winkler), or as an initial. Pure: no Spring, no Neo4j.
 */
public final class Names {

    /** How closely two name tokens agree, strongest first. */
    public enum Agreement {
        EXACT,
        VARIANT,
        PHONETIC,
        CLOSE,
        INITIAL,
        NONE
    }

    /**
     * Groups of spellings of one name seen in police and immigration records (transliterations from
     * Arabic, Somali, Cyrillic; anglicised forms) and familiar forms. The first of a group is its
     * canonical form. Data, not tuned to any generated set: names from common transliteration guides.
     */
    private static final List<List<String>> GROUPS = List.of(
            List.of(
                    "mohammed",
                    "muhammad",
                    "mohamed",
                    "mohammad",
                    "mohamad",
                    "muhammed",
                    "mohamud",
                    "mahamud",
                    "mohamoud",
                    "mohd",
                    "mo"),
            List.of("ahmed", "ahmad", "ahmet", "ahmid"),
            List.of("hussein", "hussain", "husain", "husein", "hossein"),
            List.of("yusuf", "youssef", "yousef", "yousuf", "yusef", "joseph", "joe"),
            List.of("omar", "umar", "omer"),
            List.of("osman", "othman", "usman", "osmaan", "uthman"),
            List.of("hassan", "hasan"),
            List.of("ibrahim", "ebrahim", "ibraheem", "abraham"),
            List.of("mustafa", "mostafa", "moustafa", "mustapha"),
            List.of("mahmoud", "mahmud", "mahmood"),
            List.of("abdirahman", "abdirahmaan", "abdurrahman", "abdulrahman", "abdi"),
            List.of("abdullahi", "abdulahi", "abdullah", "abdalla"),
            List.of("abdul", "abdool"),
            List.of("rahman", "rehman", "rahmaan"),
            List.of("tariq", "tarik", "tarek"),
            List.of("karim", "kareem"),
            List.of("jamal", "jamaal", "gamal"),
            List.of("rashid", "rasheed", "rachid"),
            List.of("khalid", "khaled"),
            List.of(
                    "alexander",
                    "aleksandr",
                    "aleksandrs",
                    "alexandr",
                    "aleksander",
                    "alexandru",
                    "alexandre",
                    "alex",
                    "sasha",
                    "sacha",
                    "olek"),
            List.of("stephen", "steven", "stefan", "stephan", "steve"),
            List.of("sean", "shaun", "shawn"),
            List.of("jermaine", "germaine", "jermain"),
            List.of("tyrone", "tyron"),
            List.of("dwayne", "duane", "dwain"),
            List.of("andre", "andrae", "andrei", "andrey", "andrzej", "andrew", "andy"),
            List.of("phillips", "philips"),
            List.of("thompson", "thomson"),
            List.of("mcleod", "macleod"),
            List.of("oluwaseun", "oluseun", "seun"),
            List.of("chukwuemeka", "emeka"),
            List.of("tesfamariam", "tesfa"),
            List.of("ghebremedhin", "gebremedhin"),
            List.of("alsayed", "elsayed", "el sayed"),
            List.of("alamin", "elamin"),
            List.of("mohammadi", "mohamadi", "muhammadi"),
            List.of("krzysztof", "krzys", "christopher", "chris"),
            List.of("babatunde", "tunde"),
            List.of("thomas", "tom", "tommy"),
            List.of("daniel", "danny", "dan"),
            List.of("james", "jim", "jimmy", "jamie"),
            List.of("nathaniel", "nate", "nathan"),
            List.of("giuseppe", "peppe", "joseph"),
            List.of("constantin", "costi", "constantine"),
            List.of("wojciech", "wojtek"),
            List.of("mateusz", "mati", "matthew", "matt"),
            List.of("samuel", "sammy", "sam"),
            List.of("robert", "bob", "rob", "robbie", "bobby"),
            List.of("william", "bill", "will", "billy", "liam"),
            List.of("richard", "rick", "dick", "richie"),
            List.of("michael", "mike", "mikey", "mick", "mihai", "mikhail", "michal"),
            List.of("anthony", "tony", "antonio", "anton"),
            List.of("benjamin", "ben", "benny"),
            List.of("edward", "ed", "eddie", "ted"),
            List.of("elizabeth", "liz", "beth", "lizzie", "eliza"),
            List.of("katherine", "catherine", "kate", "katie", "kathryn", "ekaterina", "katarzyna", "kasia"),
            List.of("margaret", "maggie", "peggy", "meg"),
            List.of("jennifer", "jenny", "jen"),
            List.of("patricia", "pat", "patsy", "trish"),
            List.of("rebecca", "becky", "becca"),
            List.of("victoria", "vicky", "tori"),
            List.of("dmitri", "dmitry", "dimitri", "dmytro"),
            List.of("sergei", "sergey", "serhiy"),
            List.of("yuri", "yury", "iurii", "jurij"),
            List.of("vladimir", "volodymyr", "vlad"),
            List.of("mikhailov", "mihailov"),
            List.of("ivan", "ioan", "ion", "john", "jon", "johnny", "jack", "juan", "johan", "jan"));

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (List<String> group : GROUPS) {
            for (String name : group) {
                // A spelling in two groups (joseph) keeps its first group.
                CANONICAL.putIfAbsent(name.replace(" ", ""), group.getFirst());
            }
        }
    }

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private Names() {}

    /** Lower case, no diacritics, letters only; hyphens and apostrophes joined ("Al-Sayed" is "alsayed"). */
    public static String normalise(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '-' || c == '\'' || c == '’') {
                continue;
            }
            c = switch (c) {
                case 'ł', 'Ł' -> 'l';
                case 'đ', 'Đ' -> 'd';
                case 'ı' -> 'i';
                case 'ß' -> 's';
                default -> c;
            };
            sb.append(Character.isLetter(c) ? Character.toLowerCase(c) : ' ');
        }
        return sb.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The normalised tokens of a name part ("Abdi  Rahman" gives [abdi, rahman]). */
    public static List<String> tokens(String name) {
        String n = normalise(name);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /** The canonical form of a token: the first spelling of its variant group, else the token. */
    public static String canonical(String token) {
        return CANONICAL.getOrDefault(token, token);
    }

    /** Every spelling in the token's variant group (the token alone if it has none). */
    public static List<String> variants(String token) {
        String c = CANONICAL.get(token);
        if (c == null) {
            return List.of(token);
        }
        for (List<String> group : GROUPS) {
            if (group.getFirst().equals(c)) {
                return group.stream().map(n -> n.replace(" ", "")).toList();
            }
        }
        return List.of(token);
    }

    /** The Double Metaphone primary code of the token's canonical form (for blocking). */
    public static String sound(String token) {
        String c = canonical(token);
        String code = METAPHONE.doubleMetaphone(c);
        return code == null || code.isEmpty() ? c : code;
    }

    /** How two normalised tokens agree. */
    public static Agreement compare(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Agreement.NONE;
        }
        if (a.equals(b)) {
            return Agreement.EXACT;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? Agreement.INITIAL : Agreement.NONE;
        }
        if (canonical(a).equals(canonical(b))) {
            return Agreement.VARIANT;
        }
        if (Math.min(a.length(), b.length()) >= 4 && soundsAlike(a, b)) {
            return Agreement.PHONETIC;
        }
        if (Math.max(a.length(), b.length()) >= 4
                && Math.min(a.length(), b.length()) >= 3
                && (editDistanceAtMostOne(a, b) || jaroWinkler(a, b) >= 0.92)) {
            return Agreement.CLOSE;
        }
        return Agreement.NONE;
    }

    private static boolean soundsAlike(String a, String b) {
        String ca = canonical(a);
        String cb = canonical(b);
        String pa = METAPHONE.doubleMetaphone(ca);
        String pb = METAPHONE.doubleMetaphone(cb);
        if (pa == null || pb == null || pa.length() < 2) {
            return false;
        }
        String aa = METAPHONE.doubleMetaphone(ca, true);
        String ab = METAPHONE.doubleMetaphone(cb, true);
        return pa.equals(pb) || pa.equals(ab) || aa.equals(pb);
    }

    /** One insertion, deletion, substitution or adjacent transposition at most. */
    static boolean editDistanceAtMostOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la || i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to four characters). */
    static double jaroWinkler(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] ma = new boolean[a.length()];
        boolean[] mb = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        List<Character> sa = new ArrayList<>();
        List<Character> sb = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            if (ma[i]) {
                sa.add(a.charAt(i));
            }
        }
        for (int j = 0; j < b.length(); j++) {
            if (mb[j]) {
                sb.add(b.charAt(j));
            }
        }
        int transpositions = 0;
        for (int k = 0; k < sa.size(); k++) {
            if (!sa.get(k).equals(sb.get(k))) {
                transpositions++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
