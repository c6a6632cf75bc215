package uk.nexus.ui.alert;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nexus.alert.Alert;
import uk.nexus.alert.AlertRule;
import uk.nexus.alert.AlertRuleDraft;
import uk.nexus.alert.AlertService;
import uk.nexus.alert.AlertState;
import uk.nexus.alert.RuleKind;
import uk.nexus.alert.Triage;
import uk.nexus.alert.WatchRequest;
import uk.nexus.alert.Watchlist;
import uk.nexus.alert.WatchlistDraft;
import uk.nexus.audit.AccessLog;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.NotFoundException;

/**
 * The alerts inbox: alerts by state, newest first; choose one, give a reason, confirm or dismiss it.
 * Below, the watch lists and the saved alert rules.
 */
@Route("alerts")
@PageTitle("Alerts · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR"})
class AlertsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    private final AlertService alerts;
    private final AccessLog accessLog;
    private final ComboBox<AlertState> state = new ComboBox<>("State", AlertState.values());
    private final Grid<Alert> grid = new Grid<>();
    private final TextField reason = new TextField("Reason");
    private final Span chosen = new Span("Choose an alert to triage it");
    private final Grid<Watchlist> lists = new Grid<>();
    private final Grid<AlertRule> rules = new Grid<>();

    AlertsView(AlertService alerts, AccessLog accessLog) {
        this.alerts = alerts;
        this.accessLog = accessLog;
        setWidthFull();
        state.setValue(AlertState.NEW);
        state.setClearButtonVisible(true);
        state.setId("alert-state");
        state.addValueChangeListener(e -> PurposeGate.run(accessLog, this::refresh));

        grid.addColumn(a -> WHEN.format(a.raisedAt())).setHeader("Raised").setAutoWidth(true);
        grid.addColumn(Alert::kind).setHeader("Alert").setAutoWidth(true);
        grid.addColumn(a -> a.subjectName() + " (" + a.subjectId() + ")")
                .setHeader("Subject")
                .setAutoWidth(true);
        grid.addColumn(Alert::detail).setHeader("Detail").setFlexGrow(3);
        grid.addColumn(Alert::ruleName).setHeader("Rule");
        grid.addColumn(a -> a.state() + (a.reason() == null ? "" : ": " + a.reason() + " (" + a.triagedBy() + ")"))
                .setHeader("Triage")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("alert-grid");
        grid.asSingleSelect()
                .addValueChangeListener(e -> chosen.setText(
                        e.getValue() == null
                                ? "Choose an alert to triage it"
                                : "Alert " + e.getValue().id() + " about "
                                        + e.getValue().subjectName()));

        reason.setId("triage-reason");
        reason.setWidth("28rem");
        Button confirm = new Button("Confirm", e -> triage(AlertState.CONFIRMED));
        confirm.setId("triage-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button("Dismiss", e -> triage(AlertState.DISMISSED));
        dismiss.setId("triage-dismiss");
        chosen.setId("triage-chosen");
        HorizontalLayout triage = new HorizontalLayout(chosen, reason, confirm, dismiss);
        triage.setAlignItems(Alignment.BASELINE);

        add(new H2("Alerts"), state, grid, triage);
        add(new H3("Watch lists"), watchlists(), new H3("Alert rules"), rules());
        PurposeGate.run(accessLog, this::refresh);
    }

    private void refresh() {
        AlertState s = state.getValue();
        grid.setItems(alerts.list(s == null ? null : Set.of(s), null, 0, 200).items());
        lists.setItems(alerts.watchlists());
        rules.setItems(alerts.rules());
    }

    private void triage(AlertState decision) {
        Alert alert = grid.asSingleSelect().getValue();
        if (alert == null) {
            error("Choose an alert first");
            return;
        }
        if (reason.getValue().strip().length() < 3) {
            error("Give the reason for the decision");
            return;
        }
        try {
            alerts.triage(alert.id(), new Triage(decision, reason.getValue().strip()));
        } catch (BadRequestException | ConflictException | NotFoundException | ConstraintViolationException e) {
            error(e.getMessage());
        }
        reason.clear();
        refresh();
    }

    private VerticalLayout watchlists() {
        lists.addColumn(Watchlist::name).setHeader("Watch list").setAutoWidth(true);
        lists.addColumn(Watchlist::id).setHeader("Id");
        lists.addColumn(w -> w.description() == null ? "" : w.description())
                .setHeader("What for")
                .setFlexGrow(3);
        lists.addColumn(Watchlist::createdBy).setHeader("By");
        lists.setAllRowsVisible(true);
        lists.addThemeVariants(GridVariant.LUMO_COMPACT);
        lists.setId("watchlist-grid");
        TextField name = new TextField("New watch list");
        TextField description = new TextField("What for");
        Button create = new Button("Create", e -> {
            try {
                alerts.createWatchlist(new WatchlistDraft(name.getValue().strip(), blank(description.getValue())));
                name.clear();
                description.clear();
                refresh();
            } catch (BadRequestException | ConstraintViolationException ex) {
                error(ex.getMessage());
            }
        });
        TextField subject = new TextField("Subject id");
        TextField why = new TextField("Why watch");
        Button add = new Button("Add to chosen list", e -> {
            Watchlist list = lists.asSingleSelect().getValue();
            if (list == null) {
                error("Choose a watch list first");
                return;
            }
            try {
                alerts.watch(
                        list.id(),
                        new WatchRequest(
                                subject.getValue().strip(), why.getValue().strip()));
                subject.clear();
                why.clear();
                Notification.show("Added to " + list.name());
            } catch (BadRequestException | NotFoundException | ConstraintViolationException ex) {
                error(ex.getMessage());
            }
        });
        HorizontalLayout forms = new HorizontalLayout(name, description, create, subject, why, add);
        forms.setAlignItems(Alignment.BASELINE);
        forms.setWrap(true);
        VerticalLayout layout = new VerticalLayout(lists, forms);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout rules() {
        rules.addColumn(AlertRule::name).setHeader("Rule").setAutoWidth(true);
        rules.addColumn(AlertRule::kind).setHeader("Looks for").setAutoWidth(true);
        rules.addColumn(r -> r.threshold() == null ? "" : String.valueOf(Math.round(r.threshold())))
                .setHeader("Threshold");
        rules.addColumn(r -> r.watchlistId() == null ? "" : r.watchlistId()).setHeader("Watch list");
        rules.addColumn(AlertRule::createdBy).setHeader("By");
        rules.addComponentColumn(r -> new Button("Delete", e -> {
            alerts.deleteRule(r.id());
            refresh();
        }));
        rules.setAllRowsVisible(true);
        rules.addThemeVariants(GridVariant.LUMO_COMPACT);
        rules.setId("rule-grid");
        TextField name = new TextField("New rule");
        ComboBox<RuleKind> kind = new ComboBox<>("Looks for", RuleKind.values());
        NumberField threshold = new NumberField("Harm threshold");
        TextField watchlist = new TextField("Watch list id");
        Button save = new Button("Save rule", e -> {
            if (kind.getValue() == null) {
                error("Choose what the rule looks for");
                return;
            }
            try {
                alerts.createRule(new AlertRuleDraft(
                        name.getValue().strip(), kind.getValue(), threshold.getValue(), blank(watchlist.getValue())));
                name.clear();
                refresh();
            } catch (BadRequestException | ConstraintViolationException ex) {
                error(ex.getMessage());
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, kind, threshold, watchlist, save);
        form.setAlignItems(Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(rules, form);
        layout.setPadding(false);
        return layout;
    }

    private static void error(@Nullable String message) {
        Notification n =
                Notification.show(message == null ? "Not accepted" : message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
