package uk.nexus.ingest;

import java.util.List;

/** A bundle with errors: nothing of it was written. Carries every error found (up to a limit). */
public class BundleRejectedException extends RuntimeException {

    private final List<ImportError> errors;
    private final long totalErrors;

    public BundleRejectedException(List<ImportError> errors, long totalErrors) {
        super(summary(errors, totalErrors));
        this.errors = List.copyOf(errors);
        this.totalErrors = totalErrors;
    }

    /** The errors listed (at most the importer's limit). */
    public List<ImportError> errors() {
        return errors;
    }

    /** How many errors there were in all, listed or not. */
    public long totalErrors() {
        return totalErrors;
    }

    private static String summary(List<ImportError> errors, long total) {
        StringBuilder s = new StringBuilder("Bundle rejected, nothing was written: ")
                .append(total)
                .append(total == 1 ? " error" : " errors");
        errors.stream().limit(20).forEach(e -> s.append("\n  ").append(e));
        if (total > 20) {
            s.append("\n  … and ").append(total - 20).append(" more");
        }
        return s.toString();
    }
}
