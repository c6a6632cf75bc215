package uk.nexus.ui.subject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import uk.nexus.disclosure.DisclosureFormat;
import uk.nexus.disclosure.Recipient;
import uk.nexus.network.NetworkExport;
import uk.nexus.network.NetworkExportService;
import uk.nexus.network.NetworkService;

/** Discloses the network around a subject to a named recipient; restricted intelligence is redacted for them. */
final class ExportDialog {

    private ExportDialog() {}

    static Button button(NetworkExportService exports, String subjectId) {
        Button open =
                new Button("Export network…", e -> dialog(exports, subjectId).open());
        open.setId("export-network");
        return open;
    }

    private static Dialog dialog(NetworkExportService exports, String subjectId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Disclose the network around " + subjectId);
        List<Recipient> all = exports.recipients();
        Select<Recipient> recipient = new Select<>();
        recipient.setLabel("Recipient");
        recipient.setItems(all);
        recipient.setItemLabelGenerator(Recipient::name);
        recipient.setValue(all.getFirst());
        recipient.setId("export-recipient");
        Select<DisclosureFormat> format = new Select<>();
        format.setLabel("Format");
        format.setItems(DisclosureFormat.values());
        format.setValue(DisclosureFormat.GRAPHML);
        IntegerField hops = new IntegerField("Hops");
        hops.setMin(1);
        hops.setMax(NetworkService.MAX_HOPS);
        hops.setValue(2);
        hops.setStepButtonsVisible(true);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    NetworkExport export = exports.export(
                            subjectId,
                            hops.getValue() == null ? 2 : hops.getValue(),
                            List.of(),
                            null,
                            null,
                            500,
                            format.getValue(),
                            recipient.getValue().id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(export.content()),
                            export.filename(),
                            export.format().mediaType(),
                            export.content().length);
                }),
                "Download");
        download.setId("export-download");
        dialog.add(
                new Paragraph(
                        "Every item carries its grade, handling code and conditions, the recipient and your task's"
                                + " purpose. Intelligence the recipient is not cleared for is withheld and shown as redacted. The"
                                + " disclosure is recorded in the access log."),
                recipient,
                format,
                hops);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), download);
        return dialog;
    }
}
