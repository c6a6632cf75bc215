package uk.nexus.ingest.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.nexus.ingest.ImportError;
import uk.nexus.web.Csv;

/**
 * Splits a bundle into the rows that can be loaded and the rows that cannot ("load the valid rows and
 * quarantine the rest"). A row is quarantined when it has an error of its own (type, rule, duplicate
 * id, unknown reference, offence weight) or when it refers to a row that is quarantined; the cascade
 * runs until nothing changes. The valid rows are written, as they were, to a clean bundle that the
 * normal importer then loads; the others, also as they were, to a quarantine bundle with the same file
 * names and headers, its manifest and {@code _errors.csv}, which the normal importer loads once the
 * rows are fixed.
 *
 * <p>Problems that concern a file as a whole (manifest, unknown file, header, a syntax or encoding error
 * that stops the reading of a file) cannot be quarantined row by row: they are reported in {@link
 * Split#fileProblems()} and the caller refuses the bundle.
 */
public final class BundleSplitter {

    /** The name of the list of errors in a quarantine bundle (ignored by the importer: it starts with _). */
    public static final String ERRORS_FILE = "_errors.csv";

    /** Which of these ids exist in the database. */
    @FunctionalInterface
    public interface Existing {
        Set<String> find(NodeKind kind, Collection<String> ids);
    }

    /** The weights of the offence codes already in the database. */
    @FunctionalInterface
    public interface Weights {
        Map<String, Double> find(Collection<String> codes);
    }

    /** Told how many records of a file have been read in a pass. */
    @FunctionalInterface
    public interface Progress {
        void update(String file, long records);
    }

    /**
     * What the split found.
     *
     * @param fileProblems problems of whole files; when there is any the split wrote nothing
     * @param records records read per file present
     * @param quarantined records quarantined per file
     * @param errors every error of a quarantined record, in file and line order
     * @param passes how many times the bundle was read to settle the cascade
     */
    public record Split(
            Problems fileProblems,
            Map<String, Long> records,
            Map<String, Long> quarantined,
            List<ImportError> errors,
            int passes) {

        public long quarantinedRows() {
            return quarantined.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Path directory;
    private final Existing existing;
    private final Weights weights;
    private final Progress progress;

    /** Lines of each file that are quarantined, with their errors (line order). */
    private final Map<String, TreeMap<Long, List<ImportError>>> bad = new LinkedHashMap<>();

    private final Map<NodeKind, Set<String>> absent = new EnumMap<>(NodeKind.class);
    private final Map<NodeKind, Set<String>> present = new EnumMap<>(NodeKind.class);
    private final Map<String, String> headers = new HashMap<>();

    public BundleSplitter(Path directory, Existing existing, Weights weights, Progress progress) {
        this.directory = directory;
        this.existing = existing;
        this.weights = weights;
        this.progress = progress;
    }

    /**
     * Finds the rows to quarantine and, unless a whole file is at fault, writes the clean bundle to
     * {@code clean} and, when any row is quarantined, the quarantine bundle to {@code quarantine}.
     */
    public Split split(Path clean, Path quarantine) throws IOException {
        Problems fileProblems = new Problems(1_000);
        Manifest.check(directory, fileProblems);
        checkFileNames(fileProblems);
        Map<String, Long> records = new LinkedHashMap<>();
        int passes = 0;
        boolean changed = true;
        while (changed && passes < 20) {
            passes++;
            changed = pass(passes == 1 ? fileProblems : new Problems(0), records);
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, Long> quarantined = new LinkedHashMap<>();
        bad.forEach((file, lines) -> {
            if (!lines.isEmpty()) {
                quarantined.put(file, (long) lines.size());
                lines.values().forEach(errors::addAll);
            }
        });
        Split split = new Split(fileProblems, records, quarantined, errors, passes);
        if (!fileProblems.any()) {
            write(clean, quarantine, split.quarantinedRows() > 0);
        }
        return split;
    }

    private record Defined(String file, long line) {}

    /** One read of the whole bundle; true when it quarantined a row not quarantined before. */
    private boolean pass(Problems fileProblems, Map<String, Long> records) throws IOException {
        int before = bad.values().stream().mapToInt(Map::size).sum();
        Map<NodeKind, Set<String>> ids = new EnumMap<>(NodeKind.class);
        Map<NodeKind, Map<String, Defined>> quarantinedIds = new EnumMap<>(NodeKind.class);
        Map<NodeKind, Set<String>> unresolved = new EnumMap<>(NodeKind.class);
        Map<String, Long> offences = new HashMap<>();
        Map<String, Double> offenceWeights = new HashMap<>();
        for (FileSpec spec : BundleSchema.files()) {
            Path path = directory.resolve(spec.file());
            if (!Files.exists(path)) {
                continue;
            }
            String file = spec.file();
            TreeMap<Long, List<ImportError>> badLines = bad.computeIfAbsent(file, f -> new TreeMap<>());
            Map<String, Long> firstLine = new HashMap<>();
            long[] count = {0};
            String header = SpecReader.readRecords(path, spec, fileProblems, (line, text, row, errors, cells) -> {
                count[0]++;
                List<ImportError> mine = new ArrayList<>(errors);
                String id = spec.idColumn() == null ? null : cells.get(spec.idColumn());
                if (row != null) {
                    if (spec.defines() != null && spec.idColumn() != null) {
                        Long previous = firstLine.putIfAbsent(row.text(spec.idColumn()), line);
                        if (previous != null) {
                            mine.add(new ImportError(
                                    file,
                                    line,
                                    spec.idColumn(),
                                    "duplicate id, first on line " + previous,
                                    row.text(spec.idColumn())));
                        }
                    }
                    for (FileSpec.Reference ref : spec.references()) {
                        String target = row.text(ref.column());
                        if (target == null) {
                            continue;
                        }
                        NodeKind kind = ref.target().apply(row);
                        if (ids.getOrDefault(kind, Set.of()).contains(target)) {
                            continue;
                        }
                        Defined held =
                                quarantinedIds.getOrDefault(kind, Map.of()).get(target);
                        if (held != null) {
                            mine.add(new ImportError(
                                    file,
                                    line,
                                    ref.column(),
                                    "refers to " + kind.noun() + " " + target + ", whose row is quarantined ("
                                            + held.file() + ":" + held.line() + ")",
                                    target));
                        } else if (absent.getOrDefault(kind, Set.of()).contains(target)) {
                            mine.add(new ImportError(file, line, ref.column(), "unknown " + kind.noun(), target));
                        } else if (!present.getOrDefault(kind, Set.of()).contains(target)) {
                            unresolved
                                    .computeIfAbsent(kind, k -> new HashSet<>())
                                    .add(target);
                        }
                    }
                    if (spec.defines() == NodeKind.OFFENCE) {
                        offences.put(row.text("offence_code"), line);
                        offenceWeights.put(row.text("offence_code"), (Double) row.get("harm_days"));
                    }
                }
                boolean quarantined = badLines.containsKey(line);
                if (!quarantined && !mine.isEmpty()) {
                    badLines.put(line, mine);
                    quarantined = true;
                }
                if (spec.defines() != null && id != null && !id.isEmpty()) {
                    if (!quarantined) {
                        ids.computeIfAbsent(spec.defines(), k -> new HashSet<>())
                                .add(id);
                    } else {
                        quarantinedIds
                                .computeIfAbsent(spec.defines(), k -> new HashMap<>())
                                .putIfAbsent(id, new Defined(file, line));
                    }
                }
                if (count[0] % 100_000 == 0) {
                    progress.update(file, count[0]);
                }
            });
            if (header != null) {
                headers.put(file, header);
            }
            progress.update(file, count[0]);
            records.put(file, count[0]);
        }
        for (var entry : unresolved.entrySet()) {
            Set<String> found = existing.find(entry.getKey(), entry.getValue());
            present.computeIfAbsent(entry.getKey(), k -> new HashSet<>()).addAll(found);
            for (String id : entry.getValue()) {
                if (!found.contains(id)) {
                    absent.computeIfAbsent(entry.getKey(), k -> new HashSet<>()).add(id);
                }
            }
        }
        if (!offences.isEmpty()) {
            TreeMap<Long, List<ImportError>> badLines = bad.computeIfAbsent("offences.csv", f -> new TreeMap<>());
            weights.find(offences.keySet()).forEach((code, stored) -> {
                double offered = offenceWeights.get(code);
                long line = offences.get(code);
                if (offered != stored && !badLines.containsKey(line)) {
                    badLines.put(
                            line,
                            List.of(new ImportError(
                                    "offences.csv",
                                    line,
                                    "harm_days",
                                    "offence " + code + " is already loaded with weight " + stored
                                            + "; replace the offence table to change a weight",
                                    String.valueOf(offered))));
                }
            });
        }
        boolean unresolvedLeft = unresolved.entrySet().stream()
                .anyMatch(e -> e.getValue().stream()
                        .anyMatch(
                                id -> absent.getOrDefault(e.getKey(), Set.of()).contains(id)));
        return unresolvedLeft || bad.values().stream().mapToInt(Map::size).sum() != before;
    }

    private void write(Path clean, Path quarantine, boolean anyQuarantined) throws IOException {
        Files.createDirectories(clean);
        Files.copy(directory.resolve("manifest.json"), clean.resolve("manifest.json"));
        if (anyQuarantined) {
            Files.createDirectories(quarantine);
            Files.copy(directory.resolve("manifest.json"), quarantine.resolve("manifest.json"));
        }
        List<List<Object>> errorRows = new ArrayList<>();
        for (FileSpec spec : BundleSchema.files()) {
            String file = spec.file();
            Path path = directory.resolve(file);
            String header = headers.get(file);
            if (!Files.exists(path) || header == null) {
                continue;
            }
            TreeMap<Long, List<ImportError>> badLines = bad.getOrDefault(file, new TreeMap<>());
            try (Writer good = writer(clean.resolve(file));
                    Writer held = badLines.isEmpty() ? Writer.nullWriter() : writer(quarantine.resolve(file))) {
                good.write(header);
                good.write('\n');
                held.write(header);
                held.write('\n');
                long[] heldLine = {1 + lineBreaks(header)};
                SpecReader.readRecords(path, spec, new Problems(0), (line, text, row, errors, cells) -> {
                    try {
                        List<ImportError> reasons = badLines.get(line);
                        if (reasons == null) {
                            good.write(text);
                            good.write('\n');
                        } else {
                            heldLine[0]++;
                            for (ImportError e : reasons) {
                                errorRows.add(List.of(
                                        file,
                                        heldLine[0],
                                        e.field(),
                                        e.message(),
                                        e.value() == null ? "" : e.value(),
                                        line));
                            }
                            held.write(text);
                            held.write('\n');
                            heldLine[0] += lineBreaks(text);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        if (anyQuarantined) {
            try (OutputStream out = Files.newOutputStream(quarantine.resolve(ERRORS_FILE));
                    Csv csv = Csv.to(out)) {
                csv.row(List.of("file", "line", "field", "message", "value", "original_line"));
                errorRows.forEach(csv::row);
            }
        }
    }

    private static Writer writer(Path path) throws IOException {
        return new BufferedWriter(
                new java.io.OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Physical line breaks inside a record's text (CRLF counts once). */
    static long lineBreaks(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private void checkFileNames(Problems problems) {
        Set<String> known = new HashSet<>();
        BundleSchema.files().forEach(f -> known.add(f.file()));
        try (Stream<Path> files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(name -> !name.startsWith("_"))
                    .filter(name -> !known.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(
                            name, 0, "", "unknown file: not part of the bundle format (docs/import-format.md)", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of a kind a split has found missing everywhere, for tests. */
    @Nullable
    Set<String> absent(NodeKind kind) {
        return absent.get(kind);
    }
}
