package uk.nexus.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nexus.ingest.ImportError;

/** Collects the errors of one import: all of them counted, the first {@code limit} kept. */
public final class Problems {

    private final int limit;
    private final List<ImportError> kept = new ArrayList<>();
    private long total;

    public Problems(int limit) {
        this.limit = limit;
    }

    public void add(String file, long line, String field, String message, @Nullable Object value) {
        total++;
        if (kept.size() < limit) {
            kept.add(new ImportError(file, line, field, message, value == null ? null : value.toString()));
        }
    }

    public boolean any() {
        return total > 0;
    }

    public long total() {
        return total;
    }

    public List<ImportError> kept() {
        return List.copyOf(kept);
    }
}
