package uk.nexus.ui.ingest;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nexus.ingest.ImportError;
import uk.nexus.ingest.ImportJobs;
import uk.nexus.ingest.ImportStatus;

/**
 * Upload a CSV bundle (zip, or JSON) and follow its import: all-or-nothing or "load the valid rows and
 * quarantine the rest", a progress bar fed from the importer's progress (the view polls the import
 * twice a second while it runs), every error as file:line:field, and the quarantine to download.
 */
@Route("imports")
@PageTitle("Imports · Nexus")
@RolesAllowed("ADMIN")
public class ImportsView extends VerticalLayout {

    static final String ALL_OR_NOTHING = "Load nothing if any row is invalid";
    static final String QUARANTINE = "Load the valid rows and quarantine the rest";

    private final ImportJobs jobs;
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>("If rows are invalid");
    private final ProgressBar progress = new ProgressBar();
    private final Span phase = new Span();
    private final Span summary = new Span();
    private final Grid<ImportError> errors = new Grid<>();
    private final Anchor quarantine;
    private @Nullable String current;
    private @Nullable Registration polling;

    ImportsView(ImportJobs jobs) {
        this.jobs = jobs;
        setSizeFull();
        mode.setItems(ALL_OR_NOTHING, QUARANTINE);
        mode.setValue(ALL_OR_NOTHING);
        mode.setId("import-mode");

        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            ImportJobs.Format format =
                    metadata.fileName().toLowerCase(Locale.ROOT).endsWith(".json")
                            ? ImportJobs.Format.JSON
                            : ImportJobs.Format.ZIP;
            ImportJobs.Mode chosen =
                    QUARANTINE.equals(mode.getValue()) ? ImportJobs.Mode.QUARANTINE : ImportJobs.Mode.ALL_OR_NOTHING;
            ImportStatus status;
            try (InputStream in = Files.newInputStream(file.toPath())) {
                status = jobs.submit(in, format, chosen, "upload " + metadata.fileName());
            } finally {
                Files.deleteIfExists(file.toPath());
            }
            UI ui = getUI().orElse(null);
            if (ui != null) {
                ui.access(() -> follow(status));
            }
        }));
        upload.setAcceptedFileTypes(".zip", "application/zip", ".json", "application/json");
        upload.setMaxFiles(1);
        upload.setId("import-upload");

        progress.setId("import-progress");
        progress.setVisible(false);
        phase.setId("import-phase");
        summary.setId("import-summary");

        errors.addColumn(ImportError::file).setHeader("File").setAutoWidth(true);
        errors.addColumn(ImportError::line).setHeader("Line").setAutoWidth(true);
        errors.addColumn(ImportError::field).setHeader("Field").setAutoWidth(true);
        errors.addColumn(ImportError::message).setHeader("Problem").setResizable(true);
        errors.addColumn(e -> e.value() == null ? "" : e.value()).setHeader("Value");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.setId("import-errors");
        errors.setVisible(false);

        quarantine = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    String id = current;
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    jobs.quarantineZip(id == null ? "" : id, out);
                    byte[] bytes = out.toByteArray();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "quarantine.zip", "application/zip", bytes.length);
                }),
                "Download the quarantined rows (fix them, then upload the zip as it is)");
        quarantine.setId("import-quarantine");
        quarantine.setVisible(false);

        add(
                new H2("Import a bundle"),
                new Paragraph("A zip of the CSV bundle (docs/import-format.md) or the bundle as JSON. Every row"
                        + " is checked before anything is written; loading the same bundle again changes nothing."),
                mode,
                upload,
                phase,
                progress,
                summary,
                quarantine,
                errors);
        expand(errors);
    }

    private void follow(ImportStatus status) {
        current = status.id();
        show(status);
        if (!status.finished() && polling == null) {
            UI ui = UI.getCurrent();
            ui.setPollInterval(500);
            polling = ui.addPollListener(e -> {
                if (current != null) {
                    show(jobs.status(current));
                }
            });
        }
    }

    private void show(ImportStatus status) {
        phase.setText(phaseText(status));
        progress.setVisible(true);
        Long total = status.rowsTotal();
        if (status.finished()) {
            progress.setIndeterminate(false);
            progress.setValue(1);
            stopPolling();
        } else if (total == null || total == 0) {
            progress.setIndeterminate(true);
        } else {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) status.rowsDone() / total));
        }
        summary.setText(
                switch (status.phase()) {
                    case COMPLETED ->
                        String.format(
                                Locale.UK,
                                "Loaded %,d entities and %,d links%s.",
                                status.entities(),
                                status.links(),
                                status.quarantinedRows() > 0
                                        ? "; " + status.quarantinedRows() + " rows quarantined"
                                        : "");
                    case REJECTED ->
                        String.format(
                                Locale.UK,
                                "Nothing was written: %,d errors. Fix them and upload again.",
                                status.totalErrors());
                    case FAILED -> "The import failed; nothing more was written.";
                    default ->
                        String.format(
                                Locale.UK,
                                "%,d rows%s",
                                status.rowsDone(),
                                total == null ? " checked" : " of " + String.format(Locale.UK, "%,d", total));
                });
        errors.setItems(status.errors());
        errors.setVisible(!status.errors().isEmpty());
        quarantine.setVisible(status.quarantine() != null);
    }

    private static String phaseText(ImportStatus status) {
        return switch (status.phase()) {
            case QUEUED -> "Waiting for the import before it";
            case VALIDATING -> "Checking every row" + (status.file() == null ? "" : " (" + status.file() + ")");
            case QUARANTINING ->
                "Setting the invalid rows aside" + (status.file() == null ? "" : " (" + status.file() + ")");
            case WRITING -> "Writing" + (status.file() == null ? "" : " (" + status.file() + ")");
            case COMPLETED -> "Completed";
            case REJECTED -> "Refused";
            case FAILED -> "Failed";
        };
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }
}
