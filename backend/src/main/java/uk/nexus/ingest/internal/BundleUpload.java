package uk.nexus.ingest.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an uploaded bundle into a bundle directory the importer reads: a zip of the CSV files, or the
 * bundle as JSON ({@code {"manifest": {...}, "files": {"subjects.csv": [{column: value}, ...]}}}).
 *
 * <p>A zip is unpacked defensively: only plain file names are used (the path inside the zip is never
 * joined to the directory, so {@code ../} entries cannot escape it — "zip slip"), at most {@link
 * Limits#entries()} entries, and the unpacked bytes are counted as they are written, so a small zip
 * that inflates to gigabytes ("zip bomb") is stopped at {@link Limits#unpackedBytes()}.
 */
public final class BundleUpload {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BundleUpload() {}

    /** Bounds on what an upload may unpack to. */
    public record Limits(long unpackedBytes, int entries) {}

    /** The upload is not a usable bundle (400). */
    public static final class InvalidUpload extends IOException {
        public InvalidUpload(String message) {
            super(message);
        }
    }

    /** The upload unpacks to more than the limits allow (413). */
    public static final class TooLarge extends IOException {
        public TooLarge(String message) {
            super(message);
        }
    }

    /**
     * For a bundle given as JSON: per file, the physical line each record starts on mapped to its
     * "line" as the user knows it (array index + 2, the header being line 1).
     */
    public record LineMap(Map<String, TreeMap<Long, Long>> byFile) {

        public static LineMap identity() {
            return new LineMap(Map.of());
        }

        public long line(String file, long physical) {
            TreeMap<Long, Long> lines = byFile.get(file);
            if (lines == null || physical <= 1) {
                return physical;
            }
            Long mapped = lines.get(physical);
            return mapped == null ? physical : mapped;
        }
    }

    /** Unpacks a zip into {@code target} (a new, empty directory). */
    public static void unzip(InputStream zip, Path target, Limits limits) throws IOException {
        long total = 0;
        int entries = 0;
        Set<String> seen = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName().replace('\\', '/');
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
                    throw new InvalidUpload("zip entry \"" + path + "\" points outside the bundle");
                }
                if (name.startsWith(".") || path.startsWith("__MACOSX/")) {
                    continue; // operating-system litter
                }
                if (!FILE_NAME.matcher(name).matches()) {
                    throw new InvalidUpload("zip entry \"" + path + "\" is not a bundle file name");
                }
                if (!seen.add(name)) {
                    throw new InvalidUpload("zip holds two files named " + name);
                }
                if (++entries > limits.entries()) {
                    throw new InvalidUpload("zip holds more than " + limits.entries() + " files");
                }
                try (OutputStream out = Files.newOutputStream(target.resolve(name))) {
                    byte[] buffer = new byte[1 << 16];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limits.unpackedBytes()) {
                            throw new TooLarge("the bundle unpacks to more than " + limits.unpackedBytes() + " bytes");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        }
        if (entries == 0) {
            throw new InvalidUpload("not a zip of a bundle: no files in it");
        }
    }

    /**
     * Writes the bundle given as JSON into {@code target} as CSV files, the columns of each file in the
     * order they first appear; strings, numbers and booleans are written as text, lists joined with
     * {@code ;}, null as an empty cell.
     */
    public static LineMap fromJson(InputStream body, Path target, Limits limits) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new InvalidUpload("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidUpload("expected {\"manifest\": {...}, \"files\": {\"subjects.csv\": [...], ...}}");
        }
        JsonNode manifest = root.path("manifest");
        if (!manifest.isObject()) {
            throw new InvalidUpload("\"manifest\" must be an object (format and version)");
        }
        Files.writeString(target.resolve("manifest.json"), JSON.writeValueAsString(manifest));
        JsonNode files = root.path("files");
        if (!files.isObject()) {
            throw new InvalidUpload("\"files\" must be an object: file name to an array of rows");
        }
        Map<String, TreeMap<Long, Long>> lines = new HashMap<>();
        long total = 0;
        int count = 0;
        for (var file : files.properties()) {
            String name = file.getKey();
            if (!FILE_NAME.matcher(name).matches() || !name.endsWith(".csv")) {
                throw new InvalidUpload("\"" + name + "\" is not a bundle file name");
            }
            if (++count > limits.entries()) {
                throw new InvalidUpload("more than " + limits.entries() + " files");
            }
            JsonNode rows = file.getValue();
            if (!rows.isArray()) {
                throw new InvalidUpload("files." + name + " must be an array of rows");
            }
            Set<String> columns = new LinkedHashSet<>();
            for (JsonNode row : rows) {
                if (!row.isObject()) {
                    throw new InvalidUpload("files." + name + ": every row must be an object of column: value");
                }
                row.propertyNames().forEach(columns::add);
            }
            List<String> header = new ArrayList<>(columns);
            TreeMap<Long, Long> map = new TreeMap<>();
            try (Writer out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(target.resolve(name)), StandardCharsets.UTF_8))) {
                String headerLine = String.join(
                        ",", header.stream().map(BundleUpload::quote).toList());
                out.write(headerLine);
                out.write('\n');
                long physical = 2;
                long index = 0;
                for (JsonNode row : rows) {
                    List<String> cells = new ArrayList<>(header.size());
                    for (String column : header) {
                        cells.add(quote(cell(row.get(column), name, index, column)));
                    }
                    String line = String.join(",", cells);
                    total += line.length();
                    if (total > limits.unpackedBytes()) {
                        throw new TooLarge("the bundle is more than " + limits.unpackedBytes() + " bytes as CSV");
                    }
                    out.write(line);
                    out.write('\n');
                    map.put(physical, index + 2);
                    physical += 1 + BundleSplitter.lineBreaks(line);
                    index++;
                }
            }
            lines.put(name, map);
        }
        return new LineMap(lines);
    }

    private static String cell(JsonNode value, String file, long index, String column) throws InvalidUpload {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode v : value) {
                parts.add(cell(v, file, index, column));
            }
            return String.join(";", parts);
        }
        if (value.isValueNode()) {
            return value.asString();
        }
        throw new InvalidUpload("files." + file + "[" + index + "]." + column + ": a value must be text, a number,"
                + " true/false, null or a list of those");
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
