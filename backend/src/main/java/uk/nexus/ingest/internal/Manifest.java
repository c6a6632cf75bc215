package uk.nexus.ingest.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A bundle's {@code manifest.json}: present, JSON, and naming the format and version this importer reads. */
public final class Manifest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Manifest() {}

    /** Adds a problem for each thing wrong with the manifest of the bundle in {@code directory}. */
    public static void check(Path directory, Problems problems) {
        Path manifest = directory.resolve("manifest.json");
        if (!Files.exists(manifest)) {
            problems.add(
                    "manifest.json", 0, "", "missing: a bundle starts with manifest.json (format and version)", null);
            return;
        }
        try {
            JsonNode json = JSON.readTree(manifest.toFile());
            String format = json.path("format").asString("");
            if (!BundleSchema.FORMAT.equals(format)) {
                problems.add("manifest.json", 0, "format", "must be \"" + BundleSchema.FORMAT + "\"", format);
            }
            JsonNode version = json.path("version");
            if (!version.isInt() || version.asInt() != BundleSchema.VERSION) {
                problems.add(
                        "manifest.json",
                        0,
                        "version",
                        "this importer reads version " + BundleSchema.VERSION,
                        version.toString());
            }
        } catch (JacksonException e) {
            problems.add("manifest.json", 0, "", "not valid JSON: " + e.getOriginalMessage(), null);
        }
    }
}
