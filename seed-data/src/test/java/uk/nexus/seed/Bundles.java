package uk.nexus.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Generated bundles shared by the tests of one JVM (generating 5,000 subjects takes about a second). */
final class Bundles {

    record Generated(GeneratorSettings settings, Path dir, GenerationSummary summary) {
        Table table(String file) {
            return TABLES.computeIfAbsent(dir.resolve(file), p -> Table.read(dir, file));
        }
    }

    private static final Map<GeneratorSettings, Generated> CACHE = new HashMap<>();
    private static final Map<Path, Table> TABLES = new HashMap<>();

    private Bundles() {}

    static synchronized Generated of(GeneratorSettings settings) {
        return CACHE.computeIfAbsent(settings, s -> {
            Path dir = newDir();
            return new Generated(s, dir, new ForceGenerator().generate(s, dir));
        });
    }

    static Generated defaults() {
        return of(GeneratorSettings.defaults());
    }

    static Path newDir() {
        try {
            // surefire points java.io.tmpdir into target/, which may not exist yet
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            return Files.createTempDirectory("nexus-seed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
