package uk.nexus.subject.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a Lucene query for the {@code person_names} full-text index. Only runs
 * of letters and digits survive, so nothing the user types can change the query's structure: each
 * becomes a prefix term, and from four characters also a fuzzy term (one edit), and every term must
 * match.
 */
public final class SubjectSearchCypher {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_TOKENS = 8;

    private SubjectSearchCypher() {}

    /** The Lucene query, or an empty string when the text holds no letters or digits. */
    public static String lucene(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && terms.size() < MAX_TOKENS) {
            String t = m.group();
            terms.add(t.length() >= 4 ? "+(" + t + "* OR " + t + "~1)" : "+" + t + "*");
        }
        return String.join(" ", terms);
    }

    /** Whether the text could be an identifier (contains a digit, no spaces). */
    public static boolean looksLikeIdentifier(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 64 && t.chars().anyMatch(Character::isDigit) && t.indexOf(' ') < 0;
    }
}
