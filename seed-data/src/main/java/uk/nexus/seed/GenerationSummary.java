package uk.nexus.seed;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run wrote.
 *
 * @param outDir the bundle directory
 * @param files rows per file (data rows, header not counted), in writing order
 * @param millis wall-clock duration of the run (reported only; it never influences the data)
 */
public record GenerationSummary(Path outDir, List<FileCount> files, long millis) {

    /** The relationship files: each row is one edge of the graph (aliases are names, not edges). */
    public static final List<String> LINK_FILES = List.of(
            "memberships.csv",
            "subject_locations.csv",
            "uses.csv",
            "involvements.csv",
            "associations.csv",
            "intel_subjects.csv");

    public record FileCount(String file, long rows) {}

    public GenerationSummary {
        files = List.copyOf(files);
    }

    public long rows(String file) {
        return files.stream()
                .filter(f -> f.file().equals(file))
                .mapToLong(FileCount::rows)
                .findFirst()
                .orElse(0);
    }

    /** Rows of all {@link #LINK_FILES}. */
    public long links() {
        return LINK_FILES.stream().mapToLong(this::rows).sum();
    }
}
