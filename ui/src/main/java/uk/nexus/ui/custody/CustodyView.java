package uk.nexus.ui.custody;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nexus.alert.Alert;
import uk.nexus.audit.AccessLog;
import uk.nexus.custody.CheckEntry;
import uk.nexus.custody.CheckKind;
import uk.nexus.custody.CheckResult;
import uk.nexus.custody.CustodyEvent;
import uk.nexus.custody.CustodyIntake;
import uk.nexus.custody.CustodyService;
import uk.nexus.custody.IdentityDecision;
import uk.nexus.custody.OverseasConviction;
import uk.nexus.resolution.MatchCandidate;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.ui.harm.HarmExplanation;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;

/**
 * Custody intake: the detainee's details as given and the arrest; then who Nexus says the person is (or
 * the candidates to choose from), their harm with its explanation, the checks and their results, and the
 * alerts raised.
 */
@Route("custody")
@PageTitle("Custody intake · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR"})
class CustodyView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK);

    private final CustodyService custody;
    private final AccessLog accessLog;
    private final TextField forenames = new TextField("Forenames (as given)");
    private final TextField surname = new TextField("Surname (as given)");
    private final TextField dob = new TextField("Date of birth (YYYY-MM-DD)");
    private final TextField pnc = new TextField("PNC id");
    private final TextField passport = new TextField("Passport number");
    private final TextField suite = new TextField("Custody suite");
    private final TextField arrested = new TextField("Arrested at (YYYY-MM-DD HH:MM)");
    private final TextField offence = new TextField("Arrest offence code");
    private final TextField officer = new TextField("Arresting officer");
    private final TextArea circumstances = new TextArea("Circumstances");
    private final CheckboxGroup<CheckKind> checks = new CheckboxGroup<>("Checks requested");
    private final Div result = new Div();

    CustodyView(CustodyService custody, AccessLog accessLog) {
        this.custody = custody;
        this.accessLog = accessLog;
        setWidthFull();
        forenames.setId("custody-forenames");
        surname.setId("custody-surname");
        dob.setId("custody-dob");
        pnc.setId("custody-pnc");
        passport.setId("custody-passport");
        suite.setId("custody-suite");
        arrested.setId("custody-arrested");
        offence.setId("custody-offence");
        officer.setId("custody-officer");
        circumstances.setId("custody-circumstances");
        arrested.setValue(WHEN.format(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)));
        offence.setHelperText("From the offence table, e.g. ROBBERY_PERSONAL");
        checks.setItems(CheckKind.values());
        checks.setItemLabelGenerator(CustodyView::label);
        checks.setValue(Set.of(CheckKind.PNC, CheckKind.ACRO));
        checks.setId("custody-checks");
        FormLayout form = new FormLayout(
                forenames, surname, dob, pnc, passport, suite, arrested, offence, officer, circumstances, checks);
        form.setColspan(circumstances, 2);
        form.setColspan(checks, 2);
        Button submit = new Button("Book in and resolve", e -> PurposeGate.run(accessLog, this::submit));
        submit.setId("custody-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("custody-result");
        result.setWidthFull();
        add(new H2("Custody intake"), form, submit, result);
    }

    private void submit() {
        CustodyIntake intake;
        try {
            intake = new CustodyIntake(
                    forenames.getValue().strip(),
                    surname.getValue().strip(),
                    List.of(),
                    date(dob.getValue()),
                    blank(pnc.getValue()),
                    null,
                    blank(
                            passport.getValue() == null
                                    ? null
                                    : passport.getValue().toUpperCase(Locale.ROOT)),
                    List.of(),
                    null,
                    suite.getValue().strip(),
                    instant(arrested.getValue()),
                    offence.getValue().strip().toUpperCase(Locale.ROOT),
                    officer.getValue().strip(),
                    blank(circumstances.getValue()),
                    checks.getValue());
        } catch (DateTimeParseException bad) {
            error("A date is not in the form asked for: " + bad.getParsedString());
            return;
        }
        attempt(() -> custody.intake(intake));
    }

    private void attempt(Supplier<CustodyEvent> action) {
        try {
            show(action.get());
        } catch (BadRequestException | ConflictException | ConstraintViolationException e) {
            error(e.getMessage());
        }
    }

    private void show(CustodyEvent e) {
        result.removeAll();
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H3("Custody event " + e.id()));
        Span identity = new Span(identityText(e));
        identity.setId("custody-identity");
        panel.add(identity);
        if (e.subjectId() != null) {
            Span subject = new Span(e.subjectName() + " (" + e.subjectId() + ")");
            subject.setId("custody-subject");
            subject.getStyle().set("font-weight", "bold");
            panel.add(subject);
        } else {
            panel.add(candidates(e));
        }
        if (e.highHarm() != null) {
            Span high = new Span((e.highHarm().high() ? "HIGH HARM: " : "Not high harm: ")
                    + e.highHarm().why());
            high.setId("custody-high-harm");
            panel.add(high);
        }
        if (e.trackerReferral() != null) {
            panel.add(new Span("On the high-harm tracker: referral " + e.trackerReferral()));
        }
        panel.add(alerts(e.alerts()));
        panel.add(new H3("Checks"), checksOf(e));
        if (e.harm() != null) {
            panel.add(new H3("Harm"), new HarmExplanation(e.harm()));
        }
        result.add(panel);
    }

    private static String identityText(CustodyEvent e) {
        return switch (e.identity()) {
            case MATCHED ->
                "Identified automatically (MATCH): "
                        + (e.candidates().isEmpty()
                                ? ""
                                : String.join("; ", e.candidates().getFirst().reasons()));
            case CONFIRMED -> "Identity confirmed by a user";
            case NEW_SUBJECT -> "Not known before: a new subject was created from the details given";
            case IMPORTED -> "Imported already identified";
            case UNRESOLVED ->
                e.candidates().isEmpty()
                        ? "No known subject matches: create a new person, or search and confirm one"
                        : "Not identified: confirm one of the candidates or say none of them";
        };
    }

    private VerticalLayout candidates(CustodyEvent e) {
        Grid<MatchCandidate> grid = new Grid<>();
        grid.addColumn(MatchCandidate::displayName).setHeader("Candidate").setAutoWidth(true);
        grid.addColumn(MatchCandidate::subjectId).setHeader("Subject");
        grid.addColumn(c -> c.band() + " " + Math.round(c.score() * 100) + "%").setHeader("Score");
        grid.addColumn(c -> String.join("; ", c.reasons())).setHeader("Why").setFlexGrow(3);
        grid.addComponentColumn(c -> new Button(
                        "This is the person",
                        click -> attempt(() -> custody.decide(e.id(), new IdentityDecision(c.subjectId(), false)))))
                .setHeader("");
        grid.setItems(e.candidates());
        grid.setAllRowsVisible(true);
        grid.setId("custody-candidates");
        Button none = new Button(
                "None of them: new person",
                click -> attempt(() -> custody.decide(e.id(), new IdentityDecision(null, true))));
        none.setId("custody-new-person");
        VerticalLayout layout = new VerticalLayout(grid, none);
        layout.setPadding(false);
        return layout;
    }

    private static VerticalLayout alerts(List<Alert> alerts) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("custody-alerts");
        if (alerts.isEmpty()) {
            box.add(new Span("No alert raised"));
        }
        for (Alert a : alerts) {
            Span s = new Span("ALERT " + a.kind() + ": " + a.detail());
            s.addClassName("custody-alert");
            s.getElement().getThemeList().add("badge error");
            box.add(s);
        }
        return box;
    }

    private VerticalLayout checksOf(CustodyEvent e) {
        Grid<CustodyEvent.Check> grid = new Grid<>();
        grid.addColumn(c -> label(c.kind())).setHeader("Check").setAutoWidth(true);
        grid.addColumn(c -> c.result() + (c.simulated() ? " (SIMULATED)" : "")).setHeader("Result");
        grid.addColumn(c -> c.summary() == null ? "" : c.summary())
                .setHeader("Summary")
                .setFlexGrow(3);
        grid.addColumn(c -> c.enteredBy() == null ? "" : c.enteredBy()).setHeader("Entered by");
        grid.addColumn(c -> c.convictions().stream()
                        .map(v -> v.country() + " " + v.offenceCode() + " " + v.convictedOn())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""))
                .setHeader("Convictions abroad");
        grid.setItems(e.checks());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("custody-check-grid");

        ComboBox<CheckKind> kind = new ComboBox<>("Check", CheckKind.values());
        kind.setItemLabelGenerator(CustodyView::label);
        ComboBox<CheckResult> res = new ComboBox<>("Result", CheckResult.values());
        TextField summary = new TextField("Summary");
        TextField country = new TextField("ACRO: country (ISO-3)");
        TextField convOffence = new TextField("offence code");
        TextField convDate = new TextField("convicted on (YYYY-MM-DD)");
        Button save = new Button("Enter result", click -> {
            if (kind.getValue() == null || res.getValue() == null) {
                error("Choose the check and its result");
                return;
            }
            List<OverseasConviction> convictions = List.of();
            try {
                if (!country.getValue().isBlank()) {
                    convictions = List.of(new OverseasConviction(
                            country.getValue().strip().toUpperCase(Locale.ROOT),
                            convOffence.getValue().strip().toUpperCase(Locale.ROOT),
                            LocalDate.parse(convDate.getValue().strip()),
                            null));
                }
            } catch (DateTimeParseException bad) {
                error("The conviction date is not YYYY-MM-DD");
                return;
            }
            CheckEntry entry = new CheckEntry(res.getValue(), blank(summary.getValue()), convictions);
            attempt(() -> custody.recordCheck(e.id(), kind.getValue(), entry));
        });
        HorizontalLayout entry = new HorizontalLayout(kind, res, summary, country, convOffence, convDate, save);
        entry.setAlignItems(Alignment.BASELINE);
        entry.setWrap(true);
        VerticalLayout layout = new VerticalLayout(grid, entry);
        layout.setPadding(false);
        return layout;
    }

    static String label(CheckKind kind) {
        return switch (kind) {
            case ACRO -> "ACRO";
            case INTERPOL -> "Interpol I-24/7";
            case PNC -> "PNC";
            case SIS_II -> "SIS II";
            case EAW -> "European Arrest Warrant";
        };
    }

    private static void error(@Nullable String message) {
        Notification n =
                Notification.show(message == null ? "Not accepted" : message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable LocalDate date(@Nullable String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    private static Instant instant(String s) {
        return LocalDateTime.parse(s.strip(), WHEN)
                .atZone(ZoneId.systemDefault())
                .toInstant();
    }
}
