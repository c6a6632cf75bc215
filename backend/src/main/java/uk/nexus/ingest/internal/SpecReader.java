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

/**
 * Reads one bundle file against its {@link FileSpec}: checks the header, parses every cell, applies
 * the row rules, and hands each valid row on. Every problem goes to {@link Problems}; a row with
 * any problem is not handed on.
 */
public final class SpecReader {

    /** Longest field accepted before the reader gives up on a file (free text is 10,000 at most). */
    static final int MAX_FIELD = 100_000;

    private SpecReader() {}

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
