package uk.nexus.ui.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import uk.nexus.referral.Action;
import uk.nexus.referral.Outcome;
import uk.nexus.referral.ReferralDetails;
import uk.nexus.referral.ReferralEvent;
import uk.nexus.referral.ReferralService;
import uk.nexus.referral.ReferralState;
import uk.nexus.referral.ReferralWorkflow;
import uk.nexus.security.Role;
import uk.nexus.ui.Views;
import uk.nexus.ui.subject.SubjectDetailsView;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.NotFoundException;

/**
 * One referral: what it says, what it discloses (with grades and handling conditions), its history,
 * and the steps the signed-in user may take now.
 */
@Route("referrals")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class ReferralDetailsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReferralService referrals;
    private final AuthenticationContext auth;
    private String title = "Referral · Nexus";

    ReferralDetailsView(ReferralService referrals, AuthenticationContext auth) {
        this.referrals = referrals;
        this.auth = auth;
        addClassName("referral-details");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        try {
            show(referrals.get(id));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2("No such referral"), new Paragraph("There is no referral " + id + "."));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReferralDetails r) {
        removeAll();
        title = r.summary().id() + " · Nexus";
        H2 heading = new H2("Referral " + r.summary().id());
        Span state = ReferralUi.state(r.summary().state());
        state.setId("referral-state");
        Button subject = new Button(
                r.summary().subjectName(),
                e -> getUI().ifPresent(ui ->
                        ui.navigate(SubjectDetailsView.class, r.summary().subjectId())));
        subject.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout head = new HorizontalLayout(heading, state);
        head.setAlignItems(Alignment.BASELINE);
        add(head);

        Div facts = new Div();
        facts.addClassName("identity");
        facts.add(
                field("Subject", subject),
                field("Originator", new Span(r.summary().originator())),
                field(
                        "Drafted",
                        new Span(Views.DATE.format(r.summary().createdAt()) + " by "
                                + r.summary().createdBy())),
                field("Approved by", new Span(r.approvedBy() == null ? "—" : r.approvedBy())),
                field(
                        "Outcome",
                        new Span(
                                r.summary().outcome() == null
                                        ? "—"
                                        : r.summary().outcome().label())),
                field("Next review", new Span(r.nextReview() == null ? "—" : Views.DATE.format(r.nextReview()))));
        add(facts);
        r.eligibilityFlags().forEach(f -> {
            Div flag = new Div(new Span("Check: " + f.text()));
            flag.addClassName("flag");
            add(flag);
        });
        Paragraph justification = new Paragraph(r.justification());
        justification.addClassName("justification");
        add(new H3("Justification"), justification);
        if (r.rejectionReason() != null) {
            add(new Paragraph("Rejected: " + r.rejectionReason()));
        }
        if (r.barrier() != null) {
            add(new Paragraph("Immigration barrier: " + r.barrier()));
        }
        add(actions(r));

        Grid<uk.nexus.referral.EvidenceItem> evidence = new Grid<>();
        evidence.addColumn(e -> e.asOf() == null ? "" : Views.DATE.format(e.asOf()))
                .setHeader("As of")
                .setAutoWidth(true);
        evidence.addColumn(uk.nexus.referral.EvidenceItem::kind)
                .setHeader("Kind")
                .setAutoWidth(true);
        evidence.addColumn(uk.nexus.referral.EvidenceItem::ref)
                .setHeader("Record")
                .setAutoWidth(true);
        evidence.addColumn(uk.nexus.referral.EvidenceItem::summary)
                .setHeader("Summary")
                .setFlexGrow(3);
        evidence.addColumn(ReferralUi::grade).setHeader("Grade").setAutoWidth(true);
        evidence.addComponentColumn(
                        e -> ReferralUi.restricted(e) ? SubjectBadge.restricted(e.handlingConditions()) : new Span())
                .setHeader("Handling")
                .setAutoWidth(true);
        evidence.setItems(r.evidence());
        evidence.setAllRowsVisible(true);
        evidence.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(new H3("Evidence disclosed (" + r.evidence().size() + ")"), evidence);
        if (r.harmWhenReferred() != null) {
            add(new HarmPanel("Harm when referred", r.harmWhenReferred(), "harm-when-referred"));
        } else {
            add(new H3("Harm when referred"), new Paragraph("Not recorded: this referral was loaded from elsewhere."));
        }

        Grid<ReferralEvent> history = new Grid<>();
        history.addColumn(ReferralEvent::seq).setHeader("#").setAutoWidth(true);
        history.addColumn(e ->
                        Views.DATE.format(e.at()) + " " + e.at().toLocalTime().withNano(0))
                .setHeader("When")
                .setAutoWidth(true);
        history.addColumn(e -> e.action().toLowerCase(Locale.ROOT).replace('_', ' '))
                .setHeader("Step")
                .setAutoWidth(true);
        history.addColumn(e -> (e.from() == null ? "" : e.from() + " → ")
                        + e.to()
                        + (e.outcome() == null ? "" : " (" + e.outcome() + ")"))
                .setHeader("State")
                .setAutoWidth(true);
        history.addColumn(ReferralEvent::by).setHeader("By").setAutoWidth(true);
        history.addColumn(e -> e.reason() == null ? "" : e.reason())
                .setHeader("Reason")
                .setFlexGrow(2);
        history.setItems(r.events());
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setId("history");
        add(new H3("History"), history);
    }

    private Component actions(ReferralDetails r) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("actions");
        ReferralState state = r.summary().state();
        for (Action action : Action.values()) {
            boolean roleMay = ReferralWorkflow.rolesFor(action).stream().anyMatch(role -> auth.hasRole(role.name()));
            if (!roleMay || !ReferralWorkflow.allowedIn(state, action)) {
                continue;
            }
            Button b = new Button(label(action), e -> start(r, action));
            b.setId("action-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (action == Action.APPROVE || action == Action.ACCEPT || action == Action.SUBMIT) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(b);
        }
        if (state == ReferralState.ACCEPTED && auth.hasRole(Role.REFERRALS.name())) {
            DatePicker review = new DatePicker("Next review");
            review.setMin(LocalDate.now());
            review.setValue(r.nextReview());
            review.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    run(() -> referrals.setNextReview(r.summary().id(), e.getValue(), r.version()));
                }
            });
            buttons.add(review);
        }
        buttons.setAlignItems(Alignment.BASELINE);
        return buttons;
    }

    private void start(ReferralDetails r, Action action) {
        if (action == Action.SUBMIT || action == Action.APPROVE || action == Action.ACCEPT) {
            run(() -> referrals.act(r.summary().id(), action, null, null, null, r.version()));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(label(action) + " " + r.summary().id());
        TextArea reason = new TextArea(action == Action.RECORD_OUTCOME ? "Note (optional)" : "Reason");
        reason.setWidth("32rem");
        reason.setId("reason");
        ComboBox<Outcome> outcome = new ComboBox<>("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setId("outcome");
        TextArea barrier = new TextArea("Immigration barrier (for un-actionable)");
        barrier.setWidth("32rem");
        barrier.setId("barrier");
        VerticalLayout form = new VerticalLayout();
        if (action == Action.RECORD_OUTCOME) {
            form.add(outcome, barrier);
        }
        form.add(reason);
        dialog.add(form);
        Button confirm = new Button(label(action), e -> {
            if (run(() -> referrals.act(
                    r.summary().id(),
                    action,
                    reason.getValue(),
                    outcome.getValue(),
                    barrier.getValue(),
                    r.version()))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a step and shows the result, or the refusal; returns whether it succeeded. */
    private boolean run(java.util.function.Supplier<ReferralDetails> step) {
        try {
            show(step.get());
            return true;
        } catch (ConflictException | BadRequestException | AccessDeniedException e) {
            ReferralUi.refused(e);
            return false;
        }
    }

    private static String label(Action action) {
        return switch (action) {
            case SUBMIT -> "Submit for approval";
            case RETURN -> "Return to author";
            case APPROVE -> "Approve";
            case ACCEPT -> "Record acceptance";
            case REJECT -> "Record rejection";
            case RECORD_OUTCOME -> "Record outcome";
        };
    }

    private static Component field(String label, @Nullable Component value) {
        Div f = new Div();
        f.addClassName("field");
        Span l = new Span(label);
        l.addClassName("label");
        f.add(l);
        if (value != null) {
            value.getElement().getClassList().add("value");
            f.add(value);
        }
        return f;
    }
}
