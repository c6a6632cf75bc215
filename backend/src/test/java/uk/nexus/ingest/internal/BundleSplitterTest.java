package uk.nexus.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nexus.seed.GenerateCommand;

/**
 * The quarantine split on a generated force: one subject's row broken takes with it every row that
 * refers to that subject, and nothing else; the clean part and the quarantine together are the bundle.
 */
class BundleSplitterTest {

    private static final Logger log = LoggerFactory.getLogger(BundleSplitterTest.class);

    @TempDir
    Path temp;

    @Test
    void one_broken_subject_takes_every_row_that_refers_to_it_into_the_quarantine_and_nothing_else()
            throws IOException {
        Path force = temp.resolve("force");
        assertThat(GenerateCommand.run(
                        new String[] {"--out", force.toString(), "--subjects", "2000", "--seed", "5"},
                        new PrintStream(PrintStream.nullOutputStream()),
                        System.err))
                .isZero();
        String victim = breakSubject(force);

        long started = System.nanoTime();
        BundleSplitter.Split split = new BundleSplitter(
                        force, (kind, ids) -> Set.copyOf(ids), codes -> Map.of(), (file, records) -> {})
                .split(temp.resolve("clean"), temp.resolve("quarantine"));
        long ms = (System.nanoTime() - started) / 1_000_000;
        long rows = split.records().values().stream().mapToLong(Long::longValue).sum();
        log.info(
                "split {} rows in {} ms ({} rows/s, {} passes): {} quarantined {}",
                rows,
                ms,
                rows * 1000 / Math.max(ms, 1),
                split.passes(),
                split.quarantinedRows(),
                split.quarantined());

        assertThat(split.fileProblems().any()).isFalse();
        assertThat(split.quarantined()).containsEntry("subjects.csv", 1L);
        assertThat(split.errors().getFirst().toString()).startsWith("subjects.csv:2:review_date: not a date");
        long referring = 0;
        for (FileSpec spec : BundleSchema.files()) {
            Path file = force.resolve(spec.file());
            if (!Files.exists(file)) {
                continue;
            }
            Set<Long> mentioning = new HashSet<>();
            Set<Long> held = new HashSet<>();
            SpecReader.readRecords(file, spec, new Problems(10), (line, text, row, errors, cells) -> {
                for (FileSpec.Reference ref : spec.references()) {
                    if (victim.equals(cells.get(ref.column()))) {
                        mentioning.add(line);
                    }
                }
            });
            long clean = lines(temp.resolve("clean").resolve(spec.file()));
            long quarantined = split.quarantined().getOrDefault(spec.file(), 0L);
            assertThat(clean + quarantined)
                    .as("%s: clean + quarantined = all", spec.file())
                    .isEqualTo(split.records().get(spec.file()));
            if (quarantined > 0) {
                SpecReader.readRecords(
                        temp.resolve("quarantine").resolve(spec.file()),
                        spec,
                        new Problems(10),
                        (line, text, row, errors, cells) -> held.add(line));
            }
            assertThat(quarantined)
                    .as("%s quarantines every row naming %s", spec.file(), victim)
                    .isGreaterThanOrEqualTo(mentioning.size());
            assertThat(Files.readString(temp.resolve("clean").resolve(spec.file())))
                    .as("%s: the clean part never names %s", spec.file(), victim)
                    .doesNotContainPattern("(^|,)" + victim + "(,|$|\\n)");
            referring += mentioning.size();
        }
        assertThat(referring).as("the broken subject is referred to").isPositive();
        assertThat(split.errors())
                .allSatisfy(e -> assertThat(e.toString()).containsAnyOf("not a date", "whose row is quarantined"));
    }

    /** Makes the first subject's review date invalid; returns its id. */
    private static String breakSubject(Path force) throws IOException {
        Path subjects = force.resolve("subjects.csv");
        List<String> lines = Files.readAllLines(subjects, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        String[] first = lines.get(1).split(",", -1);
        assertThat(first).as("no quoted commas on the first subject's line").hasSize(header.size());
        first[header.indexOf("review_date")] = "2031-13-40";
        lines.set(1, String.join(",", first));
        Files.write(subjects, lines, StandardCharsets.UTF_8);
        return first[header.indexOf("subject_id")];
    }

    private static long lines(Path csv) throws IOException {
        long[] n = {0};
        SpecReader.readRecords(
                csv, BundleSchema.file(csv.getFileName().toString()), new Problems(10), (l, t, r, e, c) -> n[0]++);
        return n[0];
    }
}
