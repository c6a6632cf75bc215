package uk.nexus.ui.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import uk.nexus.audit.AccessLog;
import uk.nexus.harm.SubjectHarm;
import uk.nexus.referral.Eligibility;
import uk.nexus.referral.EvidenceItem;
import uk.nexus.referral.Originator;
import uk.nexus.referral.ReferralDetails;
import uk.nexus.referral.ReferralDraft;
import uk.nexus.referral.ReferralService;
import uk.nexus.subject.SubjectDetails;
import uk.nexus.subject.SubjectService;
import uk.nexus.ui.Views;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.ui.harm.HarmExplanation;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;

/**
 * Launching a referral from a subject's record: eligibility first, then the originator, the
 * justification and the evidence to disclose (offending pre-selected; intelligence only when chosen).
 */
@Route("referrals/new")
@PageTitle("New referral · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class ReferralDraftView extends VerticalLayout implements HasUrlParameter<String> {

    private final ReferralService referrals;
    private final SubjectService subjects;
    private final AccessLog accessLog;

    ReferralDraftView(ReferralService referrals, SubjectService subjects, AccessLog accessLog) {
        this.referrals = referrals;
        this.subjects = subjects;
        this.accessLog = accessLog;
        addClassName("referral-draft");
    }

    @Override
    public void setParameter(BeforeEvent event, String subjectId) {
        removeAll();
        add(new Paragraph("Drafting a referral of " + subjectId + " opens their record: it needs the purpose of your"
                + " task."));
        PurposeGate.run(accessLog, () -> {
            removeAll();
            draft(subjectId);
        });
    }

    private void draft(String subjectId) {
        SubjectDetails subject = subjects.get(subjectId);
        String name = subject.identity().surname().toUpperCase(Locale.ROOT) + ", "
                + subject.identity().forenames();
        add(new H2("Refer " + name + " to immigration enforcement"));
        Eligibility eligibility = referrals.eligibility(subjectId);
        if (!eligibility.eligible()) {
            Paragraph refusal = new Paragraph(eligibility.refusal());
            refusal.setId("not-eligible");
            refusal.addClassName("refusal");
            add(refusal);
            return;
        }
        eligibility.flags().forEach(f -> {
            Div flag = new Div(new Span("Check: " + f.text()));
            flag.addClassName("flag");
            add(flag);
        });

        ComboBox<Originator> originator = new ComboBox<>("Originator");
        originator.setItems(referrals.originators());
        originator.setItemLabelGenerator(Originator::name);
        originator.setRequired(true);
        originator.setWidth("24rem");
        originator.setId("originator");

        TextArea justification = new TextArea("Justification");
        justification.setWidthFull();
        justification.setMinHeight("8rem");
        justification.setMaxLength(10_000);
        justification.setRequired(true);
        justification.setId("justification");
        justification.setHelperText("Why this person meets the threshold for immigration enforcement action."
                + " Nationality is shown for eligibility only.");
        justification.setValue(name + ", "
                + (subject.identity().nationalities().isEmpty()
                        ? "nationality not recorded"
                        : String.join("/", subject.identity().nationalities()) + " national")
                + ". ");

        SubjectHarm harm = referrals.currentHarm(subjectId);
        justification.setValue(justification.getValue() + "Harm score " + HarmExplanation.format(harm.harm()) + " from "
                + harm.contributions().size() + " offence record(s)"
                + harm.contributions().stream()
                        .findFirst()
                        .map(c -> ", the heaviest " + (c.offence() == null ? c.offenceCode() : c.offence()) + " ("
                                + c.outcome().toLowerCase(Locale.ROOT) + ")")
                        .orElse("")
                + ". ");

        List<EvidenceItem> candidates = referrals.candidateEvidence(subjectId);
        Grid<EvidenceItem> evidence = new Grid<>();
        evidence.setSelectionMode(Grid.SelectionMode.MULTI);
        evidence.addColumn(e -> e.asOf() == null ? "" : Views.DATE.format(e.asOf()))
                .setHeader("Date")
                .setAutoWidth(true);
        evidence.addColumn(EvidenceItem::kind).setHeader("Kind").setAutoWidth(true);
        evidence.addColumn(EvidenceItem::ref).setHeader("Record").setAutoWidth(true);
        evidence.addColumn(EvidenceItem::summary).setHeader("Summary").setFlexGrow(3);
        evidence.addColumn(ReferralUi::grade).setHeader("Grade").setAutoWidth(true);
        evidence.addComponentColumn(
                        e -> ReferralUi.restricted(e) ? SubjectBadge.restricted(e.handlingConditions()) : new Span())
                .setHeader("Handling")
                .setAutoWidth(true);
        evidence.addColumn(e -> e.withheld() == null ? "" : "Cannot go to immigration enforcement: " + e.withheld())
                .setHeader("Disclosure")
                .setFlexGrow(2);
        evidence.setItemSelectableProvider(e -> e.withheld() == null);
        evidence.setItems(candidates);
        evidence.addThemeVariants(GridVariant.LUMO_COMPACT);
        evidence.setAllRowsVisible(candidates.size() <= 15);
        evidence.setId("evidence");
        candidates.stream()
                .filter(e -> !e.kind().equals("INTELLIGENCE") && e.withheld() == null)
                .forEach(evidence::select);

        Button save = new Button("Save draft", e -> {
            try {
                ReferralDetails created = referrals.draft(new ReferralDraft(
                        subjectId,
                        originator.getValue() == null
                                ? ""
                                : originator.getValue().id(),
                        justification.getValue(),
                        evidence.getSelectedItems().stream()
                                .map(i -> i.kind() + ":" + i.ref())
                                .toList()));
                getUI().ifPresent(ui ->
                        ui.navigate(ReferralDetailsView.class, created.summary().id()));
            } catch (BadRequestException | ConflictException | jakarta.validation.ConstraintViolationException ex) {
                ReferralUi.refused(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-draft");
        add(
                originator,
                justification,
                new HarmPanel("Harm now (kept with the referral when you save it)", harm, "harm-now"),
                new H3("Evidence to disclose (" + candidates.size() + " available)"),
                evidence,
                save);
    }
}
