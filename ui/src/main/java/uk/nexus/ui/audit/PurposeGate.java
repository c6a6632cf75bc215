package uk.nexus.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import uk.nexus.audit.AccessLog;
import uk.nexus.ui.MainLayout;
import uk.nexus.web.BadRequestException;

/**
 * Asks for the purpose of the task before records are read, once per task: the purpose is kept in the
 * session ({@link AccessLog#startTask}) and logged with everything read until the task changes.
 */
public final class PurposeGate {

    private PurposeGate() {}

    /** Runs {@code action} now if a task is under way, otherwise after the user has said why. */
    public static void run(AccessLog log, Runnable action) {
        if (log.currentPurpose().isPresent()) {
            action.run();
        } else {
            dialog(log, action).open();
        }
    }

    private static Dialog dialog(AccessLog log, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Why are you looking?");
        dialog.setCloseOnOutsideClick(false);
        dialog.addClassName("purpose-dialog");
        TextArea purpose = new TextArea("Purpose of this task");
        purpose.setId("purpose-field");
        purpose.setPlaceholder("e.g. Operation Larch: intelligence development on the Hollow Lane Crew");
        purpose.setHelperText("A case or operation reference, or the reason. It is recorded in the access log with"
                + " every record you open until you start another task.");
        purpose.setMaxLength(AccessLog.PURPOSE_MAX_LENGTH);
        purpose.setWidth("34rem");
        Button start = new Button("Start task", e -> {
            try {
                log.startTask(purpose.getValue());
            } catch (BadRequestException invalid) {
                purpose.setInvalid(true);
                purpose.setErrorMessage(invalid.getMessage());
                return;
            }
            dialog.close();
            dialog.getUI()
                    .flatMap(ui -> ui.getChildren()
                            .filter(c -> c instanceof MainLayout)
                            .map(MainLayout.class::cast)
                            .findFirst())
                    .ifPresent(MainLayout::showTask);
            action.run();
        });
        start.setId("purpose-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(
                new Paragraph(
                        "Records are opened only for a stated policing purpose (Data Protection Act 2018" + " s.62)."),
                purpose);
        dialog.getFooter().add(cancel, start);
        return dialog;
    }
}
