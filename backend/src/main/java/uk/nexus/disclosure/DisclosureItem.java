package uk.nexus.disclosure;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One item about to leave the system (a node, a link, a report, a piece of evidence) with its grading.
 *
 * @param key unique within the disclosure ({@code IntelReport:N1}, {@code link:123})
 * @param kind what it is ({@code IntelReport}, {@code ASSOCIATE_OF}…)
 * @param gradeScheme {@code 3x5x2} or {@code 5x5x5}, for intelligence
 * @param grade source and intelligence evaluation
 * @param handling handling code
 * @param handlingConditions the originator's conditions, where recorded
 * @param originator whom to ask about it (the report's source unit or the link's source document)
 * @param content what would be disclosed
 */
public record DisclosureItem(
        String key,
        String kind,
        @Nullable String gradeScheme,
        @Nullable String grade,
        @Nullable String handling,
        @Nullable String handlingConditions,
        @Nullable String originator,
        Map<String, Object> content) {

    public DisclosureItem {
        content = Map.copyOf(content);
    }

    /** Whether the item carries a restricted handling code. */
    public boolean restricted() {
        return HandlingCodes.isRestricted(gradeScheme, handling);
    }
}
