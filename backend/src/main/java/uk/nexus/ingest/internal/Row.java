package uk.nexus.ingest.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One parsed record: its physical start line and its values by column name (absent = empty cell).
 */
public record Row(long line, Map<String, Object> values) {

    public @Nullable Object get(String column) {
        return values.get(column);
    }

    public @Nullable String text(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }
}
