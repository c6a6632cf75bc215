package uk.nexus.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * The visible trace of an item withheld from a recipient: what kind of item, its grading, why, and
 * whom to ask. It never holds the item's content.
 *
 * @param key the item's key within the disclosure
 * @param kind what it was
 * @param gradeScheme its grading scheme
 * @param grade its grade
 * @param handling its handling code
 * @param reason why it was withheld
 * @param originator whom the recipient may ask for it through the proper channel
 */
public record Redaction(
        String key,
        String kind,
        @Nullable String gradeScheme,
        @Nullable String grade,
        @Nullable String handling,
        String reason,
        @Nullable String originator) {}
