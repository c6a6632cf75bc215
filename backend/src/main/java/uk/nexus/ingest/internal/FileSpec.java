package uk.nexus.ingest.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Everything the importer knows about one bundle file: its columns, what its rows refer to, the
 * rules across fields, and the Cypher that writes a batch of its rows.
 *
 * @param file the file name in the bundle
 * @param entity whether a row is a node (counted as an entity) rather than a link
 * @param defines the kind of node whose ids this file defines, if any
 * @param idColumn the column holding that id
 * @param columns every allowed column
 * @param references columns that name nodes of other files (or already in the database)
 * @param rules checks across the fields of one row
 * @param writes the statements that write a batch of rows, each for the rows it applies to
 */
public record FileSpec(
        String file,
        boolean entity,
        @Nullable NodeKind defines,
        @Nullable String idColumn,
        List<Column> columns,
        List<Reference> references,
        List<RowRule> rules,
        List<Write> writes) {

    /** A column that names a node; the kind may depend on the row (uses.csv). */
    public record Reference(String column, Function<Row, NodeKind> target) {
        public static Reference to(String column, NodeKind kind) {
            return new Reference(column, row -> kind);
        }
    }

    /** A check across the fields of one row. */
    @FunctionalInterface
    public interface RowRule {
        void check(Row row, RowErrors errors);
    }

    /** Where a row rule reports: the file and line are already known. */
    @FunctionalInterface
    public interface RowErrors {
        void add(String field, String message, @Nullable Object value);
    }

    /**
     * One parameterised statement; {@code $rows} is bound to the parameter maps of the rows it
     * applies to. {@code core} does the same for one row's parameters with Neo4j's Java API inside
     * the embedded DBMS (decision 0601), or into the offline importer's files (decision 0603); BundleImporterCoreIT checks that both write the same graph.
     */
    public record Write(
            String cypher, Predicate<Row> applies, Function<Row, Map<String, Object>> parameters, Core core) {}

    /** The in-process form of a {@link Write}'s Cypher for one row's parameters. */
    @FunctionalInterface
    public interface Core {
        void write(Map<String, Object> row, GraphWriter graph);
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
