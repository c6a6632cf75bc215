package uk.nexus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Actor;
import uk.nexus.audit.Channel;
import uk.nexus.ingest.internal.BundleUpload;
import uk.nexus.security.Access;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.NotFoundException;

/**
 * Imports uploaded through the API or the UI (decision 0611): the upload is unpacked (zip) or
 * converted (JSON) into a bundle directory, then imported on a background thread, one import at a time,
 * all-or-nothing or quarantining; its progress, errors and quarantine are kept for {@link #status}.
 * Administrators only.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** How the rows of a bundle with errors are treated. */
    public enum Mode {
        /** A bundle with any error changes nothing (the default). */
        ALL_OR_NOTHING,
        /** The valid rows are loaded; the others are written to a quarantine bundle. */
        QUARANTINE;

        /** {@code all-or-nothing} or {@code quarantine}, as the API spells them. */
        public static Mode parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "all-or-nothing", "all_or_nothing" -> ALL_OR_NOTHING;
                case "quarantine" -> QUARANTINE;
                default -> throw new BadRequestException("mode", "must be all-or-nothing or quarantine");
            };
        }
    }

    /** What was uploaded. */
    public enum Format {
        ZIP,
        JSON
    }

    /** Where an import has got. */
    public enum Phase {
        QUEUED,
        VALIDATING,
        QUARANTINING,
        WRITING,
        COMPLETED,
        REJECTED,
        FAILED
    }

    private final BundleImporter importer;
    private final QuarantiningImporter quarantining;
    private final AccessLog accessLog;
    private final BundleUpload.Limits limits;
    private final Path work;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("nexus-import-", 0).daemon(true).factory());
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final java.time.Duration answerWithin;

    ImportJobs(
            BundleImporter importer,
            QuarantiningImporter quarantining,
            AccessLog accessLog,
            @Value("${nexus.import.max-unpacked-bytes:4294967296}") long maxUnpacked,
            @Value("${nexus.import.max-files:64}") int maxFiles,
            @Value("${nexus.import.work-directory:${java.io.tmpdir}/nexus-imports}") Path work,
            @Value("${nexus.import.answer-within:2s}") java.time.Duration answerWithin) {
        this.answerWithin = answerWithin;
        this.importer = importer;
        this.quarantining = quarantining;
        this.accessLog = accessLog;
        this.limits = new BundleUpload.Limits(maxUnpacked, maxFiles);
        this.work = work;
    }

    /**
     * Accepts an upload and starts importing it in the background. The id is derived from the content
     * and the mode: sending the same upload again while it is being imported returns the same import
     * instead of starting a second one.
     */
    @PreAuthorize(Access.ADMINISTER)
    public ImportStatus submit(InputStream upload, Format format, Mode mode, @Nullable String label) {
        Actor actor = currentActor();
        try {
            Files.createDirectories(work);
            Path received =
                    Files.createTempFile(work, "upload-", "." + format.name().toLowerCase(Locale.ROOT));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((mode.name() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (OutputStream out = Files.newOutputStream(received)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = upload.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            String id = HexFormat.of().formatHex(sha.digest()).substring(0, 20);
            Job running = jobs.get(id);
            if (running != null && !running.finished()) {
                Files.deleteIfExists(received);
                return running.status();
            }
            Job job = new Job(id, label == null || label.isBlank() ? "upload " + id : label, mode, format, actor);
            if (running != null) {
                running.discard();
            }
            jobs.put(id, job);
            var done = runner.submit(() -> run(job, received));
            try {
                // A small bundle is answered with its outcome; a big one with its progress so far.
                done.get(answerWithin.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // still running (or failed, which the job records)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return job.status();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where an import has got, with its errors. */
    @PreAuthorize(Access.ADMINISTER)
    public ImportStatus status(String id) {
        return job(id).status();
    }

    /** The imports since start-up, newest first. */
    @PreAuthorize(Access.ADMINISTER)
    public List<ImportStatus> list() {
        return jobs.values().stream()
                .map(Job::status)
                .sorted((a, b) -> b.submittedAt().compareTo(a.submittedAt()))
                .toList();
    }

    /**
     * Writes the quarantine bundle of an import as a zip.
     *
     * @throws NotFoundException when the import has no quarantine
     */
    @PreAuthorize(Access.ADMINISTER)
    public void quarantineZip(String id, OutputStream out) {
        Path quarantine = quarantineOf(id);
        try (ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.list(quarantine)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that an import has a quarantine to download (before any byte is written), waiting up to
     * 10 s for a running import to finish.
     */
    @PreAuthorize(Access.ADMINISTER)
    public Path quarantineOf(String id) {
        Job job = job(id);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!job.finished() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!job.finished()) {
            throw new ConflictException(
                    "import-running", "the import is still running; its quarantine is written at the end");
        }
        Path quarantine = job.quarantine;
        if (quarantine == null || !Files.isDirectory(quarantine)) {
            throw new NotFoundException("quarantine of import", id);
        }
        return quarantine;
    }

    private Job job(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    private void run(Job job, Path received) {
        Path dir = work.resolve(job.id + "-" + System.nanoTime());
        try {
            Path bundle = Files.createDirectories(dir.resolve("bundle"));
            BundleUpload.LineMap lines = BundleUpload.LineMap.identity();
            try (InputStream in = Files.newInputStream(received)) {
                if (job.format == Format.ZIP) {
                    BundleUpload.unzip(in, bundle, limits);
                } else {
                    lines = BundleUpload.fromJson(in, bundle, limits);
                    job.lines = lines;
                }
            } catch (BundleUpload.InvalidUpload | BundleUpload.TooLarge e) {
                job.fail(new ImportError("upload", 0, "", e.getMessage(), null));
                return;
            } finally {
                Files.deleteIfExists(received);
            }
            BundleUpload.LineMap mapped = lines;
            BundleImporter.Progress progress = job::progress;
            if (job.mode == Mode.QUARANTINE) {
                Path quarantine = dir.resolve("quarantine");
                QuarantiningImporter.Report report =
                        accessLog.runAs(job.actor, () -> quarantining.load(bundle, quarantine, job.label, progress));
                job.completed(
                        report.loaded(),
                        report.errors().stream().map(e -> remap(e, mapped)).toList(),
                        report.totalErrors(),
                        report.quarantinedRows(),
                        report.quarantine());
            } else {
                ImportReport report = accessLog.runAs(job.actor, () -> importer.load(bundle, job.label, progress));
                job.completed(report, List.of(), 0, 0, null);
            }
        } catch (BundleRejectedException e) {
            job.rejected(
                    e.errors().stream().map(err -> remap(err, jobLines(job))).toList(), e.totalErrors());
        } catch (RuntimeException | IOException e) {
            log.error("Import {} failed", job.id, e);
            job.fail(new ImportError("", 0, "", "the import failed: " + e.getMessage(), null));
        } finally {
            if (job.quarantine == null) {
                QuarantiningImporter.deleteTree(dir);
            } else {
                QuarantiningImporter.deleteTree(dir.resolve("bundle"));
            }
        }
    }

    private static BundleUpload.LineMap jobLines(Job job) {
        return job.lines;
    }

    private static ImportError remap(ImportError e, BundleUpload.LineMap lines) {
        long line = lines.line(e.file(), e.line());
        return line == e.line() ? e : new ImportError(e.file(), line, e.field(), e.message(), e.value());
    }

    private static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Actor.system();
        }
        return new Actor(
                auth.getName(),
                auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList(),
                Channel.API);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    /** One import: its state, updated from the importer's thread and read from requests. */
    private static final class Job {
        final String id;
        final String label;
        final Mode mode;
        final Format format;
        final Actor actor;
        final Instant submittedAt = Instant.now();
        volatile BundleUpload.LineMap lines = BundleUpload.LineMap.identity();
        volatile Phase phase = Phase.QUEUED;
        volatile @Nullable String file;
        final Map<String, Long> validated = new LinkedHashMap<>();
        final Map<String, Long> written = new LinkedHashMap<>();
        volatile @Nullable ImportReport report;
        volatile List<ImportError> errors = List.of();
        volatile long totalErrors;
        volatile long quarantinedRows;
        volatile @Nullable Path quarantine;
        volatile @Nullable Instant finishedAt;

        Job(String id, String label, Mode mode, Format format, Actor actor) {
            this.id = id;
            this.label = label;
            this.mode = mode;
            this.format = format;
            this.actor = actor;
        }

        synchronized void progress(String step, String file, long rows) {
            this.file = file;
            switch (step) {
                case "write" -> {
                    phase = Phase.WRITING;
                    written.put(file, rows);
                }
                case "quarantine" -> phase = Phase.QUARANTINING;
                default -> {
                    phase = Phase.VALIDATING;
                    validated.put(file, rows);
                }
            }
        }

        synchronized void completed(
                ImportReport report,
                List<ImportError> errors,
                long totalErrors,
                long quarantinedRows,
                @Nullable Path quarantine) {
            this.report = report;
            this.errors = List.copyOf(errors);
            this.totalErrors = totalErrors;
            this.quarantinedRows = quarantinedRows;
            this.quarantine = quarantine;
            report.rowsByFile().forEach(written::putIfAbsent);
            this.phase = Phase.COMPLETED;
            this.finishedAt = Instant.now();
        }

        synchronized void rejected(List<ImportError> errors, long total) {
            this.errors = List.copyOf(errors);
            this.totalErrors = total;
            this.phase = Phase.REJECTED;
            this.finishedAt = Instant.now();
        }

        synchronized void fail(ImportError error) {
            this.errors = List.of(error);
            this.totalErrors = 1;
            this.phase = Phase.FAILED;
            this.finishedAt = Instant.now();
        }

        boolean finished() {
            return finishedAt != null;
        }

        void discard() {
            Path q = quarantine;
            if (q != null) {
                QuarantiningImporter.deleteTree(q.getParent());
            }
        }

        synchronized ImportStatus status() {
            long total = validated.values().stream().mapToLong(Long::longValue).sum();
            boolean totalKnown = phase == Phase.WRITING || phase == Phase.QUARANTINING || phase == Phase.COMPLETED;
            long done = switch (phase) {
                case WRITING, COMPLETED ->
                    written.values().stream().mapToLong(Long::longValue).sum();
                case VALIDATING -> total;
                default -> 0;
            };
            if (totalKnown) {
                done = Math.min(done, total);
            }
            ImportReport r = report;
            return new ImportStatus(
                    id,
                    label,
                    mode.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    phase,
                    file,
                    done,
                    totalKnown ? total : null,
                    r == null ? null : r.runId(),
                    r == null ? 0 : r.entities(),
                    r == null ? 0 : r.links(),
                    quarantinedRows,
                    new ArrayList<>(errors),
                    totalErrors,
                    quarantine == null ? null : "/api/imports/" + id + "/quarantine.zip",
                    submittedAt,
                    finishedAt);
        }
    }
}
