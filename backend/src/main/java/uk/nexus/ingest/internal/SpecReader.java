package uk.nexus.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.nexus.ingest.ImportError;

/**
 * Reads one bundle file against its {@link FileSpec}: checks the header, parses every cell, applies
 * the row rules, and hands each valid row on. Every problem goes to {@link Problems}; a row with
 * any problem is not handed on.
 */
public final class SpecReader {

    /** Longest field accepted before the reader gives up on a file (free text is 10,000 at most). */
    static final int MAX_FIELD = 100_000;

    private SpecReader() {}

    /** Told about every record of a file, valid or not, with its text as it was in the file. */
    @FunctionalInterface
    public interface RecordVisitor {
        /**
         * @param line the physical line the record starts on
         * @param text the record as written in the file
         * @param row the parsed row, or null when the record has errors
         * @param errors what is wrong with the record (empty when {@code row} is not null)
         * @param cells the cells by column name as written (stripped), empty when the field count is wrong
         */
        void record(long line, String text, @Nullable Row row, List<ImportError> errors, Map<String, String> cells);
    }

    /**
     * Reads the file record by record for splitting a bundle: problems that concern one record go to
     * the visitor, problems that concern the file as a whole (header, syntax that stops the reading)
     * go to {@code fileProblems}.
     *
     * @return the header line as written, or null when the header is unusable
     */
    public static @Nullable String readRecords(Path path, FileSpec spec, Problems fileProblems, RecordVisitor visitor)
            throws IOException {
        try (InputStream in = Files.newInputStream(path);
                CsvReader csv = new CsvReader(in, MAX_FIELD).keepingRecordText()) {
            String file = spec.file();
            String headerText = null;
            try {
                List<String> header = csv.next();
                if (header == null || header.isEmpty()) {
                    fileProblems.add(file, 1, "", "the file is empty: the first line must name the columns", null);
                    return null;
                }
                headerText = csv.recordText();
                Column[] columns = header(spec, header, fileProblems);
                if (columns == null) {
                    return null;
                }
                List<String> cells;
                while ((cells = csv.next()) != null) {
                    if (cells.isEmpty()) {
                        continue;
                    }
                    long line = csv.recordStartLine();
                    Problems mine = new Problems(Integer.MAX_VALUE);
                    Row row = null;
                    Map<String, String> byName = new HashMap<>();
                    if (cells.size() != columns.length) {
                        mine.add(
                                file,
                                line,
                                "",
                                "has " + cells.size() + " fields but the header names " + columns.length,
                                null);
                    } else {
                        for (int i = 0; i < columns.length; i++) {
                            byName.put(columns[i].name(), cells.get(i).strip());
                        }
                        row = parse(file, line, columns, cells, mine);
                        if (row != null && !applyRules(spec, row, mine)) {
                            row = null;
                        }
                    }
                    visitor.record(line, csv.recordText(), row, mine.kept(), byName);
                }
            } catch (CsvReader.CsvSyntaxException e) {
                fileProblems.add(file, e.line(), "", e.getMessage() + "; the rest of the file was not read", null);
            }
            return headerText;
        }
    }

    /** Reads the file; returns the number of records (valid or not) it held. */
    public static long read(Path path, FileSpec spec, Problems problems, Consumer<Row> valid) throws IOException {
        try (InputStream in = Files.newInputStream(path);
                CsvReader csv = new CsvReader(in, MAX_FIELD)) {
            return read(csv, spec, problems, valid);
        }
    }

    static long read(CsvReader csv, FileSpec spec, Problems problems, Consumer<Row> valid) throws IOException {
        String file = spec.file();
        long records = 0;
        try {
            List<String> header = csv.next();
            if (header == null || header.isEmpty()) {
                problems.add(file, 1, "", "the file is empty: the first line must name the columns", null);
                return 0;
            }
            Column[] columns = header(spec, header, problems);
            if (columns == null) {
                return 0;
            }
            List<String> cells;
            while ((cells = csv.next()) != null) {
                if (cells.isEmpty()) {
                    continue;
                }
                records++;
                long line = csv.recordStartLine();
                if (cells.size() != columns.length) {
                    problems.add(
                            file,
                            line,
                            "",
                            "has " + cells.size() + " fields but the header names " + columns.length,
                            null);
                    continue;
                }
                Row row = parse(file, line, columns, cells, problems);
                if (row != null && applyRules(spec, row, problems)) {
                    valid.accept(row);
                }
            }
        } catch (CsvReader.CsvSyntaxException e) {
            problems.add(file, e.line(), "", e.getMessage() + "; the rest of the file was not read", null);
        }
        return records;
    }

    private static Column @Nullable [] header(FileSpec spec, List<String> header, Problems problems) {
        String file = spec.file();
        Column[] columns = new Column[header.size()];
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            var column = spec.column(name);
            if (column.isEmpty()) {
                problems.add(file, 1, name, "unknown column (see docs/import-format.md for " + file + ")", null);
                ok = false;
            } else if (!seen.add(name)) {
                problems.add(file, 1, name, "column named twice", null);
                ok = false;
            } else {
                columns[i] = column.get();
            }
        }
        for (Column c : spec.columns()) {
            if (c.required() && !seen.contains(c.name())) {
                problems.add(file, 1, c.name(), "required column is missing", null);
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private static @Nullable Row parse(
            String file, long line, Column[] columns, List<String> cells, Problems problems) {
        Map<String, Object> values = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < columns.length; i++) {
            Column column = columns[i];
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                if (column.required()) {
                    problems.add(file, line, column.name(), "required", null);
                    ok = false;
                }
                continue;
            }
            try {
                values.put(column.name(), column.type().parse(cell));
            } catch (FieldType.InvalidValue e) {
                problems.add(file, line, column.name(), e.getMessage(), cell);
                ok = false;
            }
        }
        return ok ? new Row(line, values) : null;
    }

    private static boolean applyRules(FileSpec spec, Row row, Problems problems) {
        List<String> failures = new ArrayList<>(0);
        for (FileSpec.RowRule rule : spec.rules()) {
            rule.check(row, (field, message, value) -> {
                failures.add(field);
                problems.add(spec.file(), row.line(), field, message, value);
            });
        }
        return failures.isEmpty();
    }
}
