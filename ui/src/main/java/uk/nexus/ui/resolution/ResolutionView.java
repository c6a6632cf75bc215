package uk.nexus.ui.resolution;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nexus.audit.AccessLog;
import uk.nexus.resolution.Decision;
import uk.nexus.resolution.PairSide;
import uk.nexus.resolution.ResolutionService;
import uk.nexus.resolution.ReviewPair;
import uk.nexus.resolution.ScanReport;
import uk.nexus.resolution.UndoResult;
import uk.nexus.ui.Views;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.ConflictException;
import uk.nexus.web.NotFoundException;

/**
 * The duplicate review queue: pairs of subject records that may be one person, best first; the chosen
 * pair side by side with the evidence, and Same (merge) / Distinct / Undecided, each with a reason.
 * Merged pairs (status SAME) can be undone.
 */
@Route("resolution")
@PageTitle("Duplicate review · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR"})
class ResolutionView extends VerticalLayout {

    private final ResolutionService resolution;
    private final AccessLog accessLog;
    private final Select<String> status = new Select<>();
    private final Grid<ReviewPair> grid = new Grid<>();
    private final Span summary = new Span();
    private final Div detail = new Div();
    private final TextField reason = new TextField("Reason for the decision");

    ResolutionView(ResolutionService resolution, AccessLog accessLog) {
        this.resolution = resolution;
        this.accessLog = accessLog;
        setSizeFull();
        status.setLabel("Show");
        status.setItems("OPEN", "SAME", "DISTINCT", "UNDECIDED");
        status.setItemLabelGenerator(s -> switch (s) {
            case "OPEN" -> "waiting for a decision";
            case "SAME" -> "merged (same person)";
            case "DISTINCT" -> "decided distinct";
            default -> "undecided";
        });
        status.setValue("OPEN");
        status.setId("resolution-status");
        status.addValueChangeListener(e -> PurposeGate.run(this.accessLog, this::refresh));
        Button scan = new Button("Scan for duplicates", e -> PurposeGate.run(this.accessLog, this::scan));
        scan.setId("resolution-scan");

        grid.addColumn(p -> String.format(Locale.ROOT, "%.2f", p.score()))
                .setHeader("Score")
                .setAutoWidth(true);
        grid.addColumn(ReviewPair::band).setHeader("Band").setAutoWidth(true);
        grid.addColumn(p -> p.left().subjectId() + " " + p.left().name())
                .setHeader("Record")
                .setAutoWidth(true);
        grid.addColumn(p -> p.right().subjectId() + " " + p.right().name())
                .setHeader("Possible duplicate")
                .setAutoWidth(true);
        grid.addColumn(p -> p.reasons().isEmpty() ? "" : p.reasons().getFirst())
                .setHeader("Strongest evidence")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("resolution-grid");
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        reason.setId("resolution-reason");
        reason.setWidth("28rem");
        reason.setMaxLength(1_000);
        detail.setId("resolution-detail");
        detail.setWidthFull();
        summary.setId("resolution-summary");
        HorizontalLayout top = new HorizontalLayout(status, scan);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Duplicate review"), top, summary, grid, detail);
        PurposeGate.run(accessLog, this::refresh);
    }

    private void refresh() {
        try {
            String s = status.getValue();
            var page = resolution.queue(s, 0, 100);
            summary.setText(
                    page.total() + " pair(s) " + status.getItemLabelGenerator().apply(s)
                            + (page.total() > page.items().size()
                                    ? "; the best " + page.items().size() + " shown"
                                    : "") + ".");
            grid.setItems(page.items());
            show(null);
        } catch (BadRequestException e) {
            Notification.show(e.getMessage());
        }
    }

    private void scan() {
        ScanReport r = resolution.scan();
        Notification.show(String.format(
                Locale.ROOT,
                "Compared %,d pairs among %,d records: %d match, %d possible, %d already decided; %d open.",
                r.candidatePairs(),
                r.records(),
                r.match(),
                r.possible(),
                r.alreadyDecided(),
                r.open()));
        refresh();
    }

    private void show(@Nullable ReviewPair pair) {
        detail.removeAll();
        if (pair == null) {
            return;
        }
        ReviewPair p = resolution.pair(pair.id());
        H3 heading = new H3(
                String.format(Locale.ROOT, "Pair %s · score %.2f (%s) · %s", p.id(), p.score(), p.band(), p.status()));
        UnorderedList reasons = new UnorderedList();
        reasons.setId("resolution-reasons");
        p.reasons().forEach(r -> reasons.add(new ListItem(r)));
        HorizontalLayout sides = new HorizontalLayout(side(p.left()), side(p.right()));
        sides.setWidthFull();
        detail.add(heading, new H3("Evidence"), reasons, sides);
        if (p.decidedBy() != null) {
            detail.add(new Paragraph("Decided " + p.status() + " by " + p.decidedBy() + " at " + p.decidedAt() + ": "
                    + p.decisionReason()));
        }
        if (p.survivorId() != null) {
            Button undo = new Button("Undo merge", e -> undo(p));
            undo.setId("resolution-undo");
            undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(reason, undo);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            detail.add(row);
            return;
        }
        Button same = new Button("Same person (merge)", e -> decide(p, Decision.SAME));
        same.setId("resolution-same");
        same.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button distinct = new Button("Distinct people", e -> decide(p, Decision.DISTINCT));
        distinct.setId("resolution-distinct");
        Button undecided = new Button("Undecided", e -> decide(p, Decision.UNDECIDED));
        undecided.setId("resolution-undecided");
        HorizontalLayout row = new HorizontalLayout(reason, same, distinct, undecided);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        detail.add(row);
    }

    private static Component side(PairSide s) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("resolution-side");
        card.setWidth("50%");
        card.add(new Anchor("subjects/" + s.subjectId(), s.subjectId() + " · " + s.name()));
        card.add(line("Date of birth", s.dob() == null ? "" : Views.DATE.format(s.dob())));
        card.add(line("Gender", s.gender()));
        card.add(line("PNC id", s.pncId()));
        card.add(line("CRO number", s.croNumber()));
        card.add(line("Passport", s.passportNumber()));
        card.add(line("Borough", s.borough()));
        card.add(line("Source", s.source() + (s.recordedAt() == null ? "" : ", recorded " + s.recordedAt())));
        card.add(line("Aliases", String.join("; ", s.aliases())));
        card.add(line("Phones", String.join("; ", s.phones())));
        card.add(line("Addresses", String.join("; ", s.addresses())));
        card.add(line("Incidents / convictions", s.incidents() + " / " + s.convictions()));
        if (!s.survivorId().equals(s.subjectId())) {
            card.add(line("Merged into", s.survivorId()));
        }
        s.alsoRecordedAs()
                .forEach(m -> card.add(line(
                        "Also recorded as",
                        m.subjectId() + " " + m.name() + " from " + m.source() + " (merged by " + m.by() + ")")));
        return card;
    }

    private static Component line(String label, @Nullable String value) {
        Div d = new Div();
        Span l = new Span(label + ": ");
        l.getStyle().set("font-weight", "600");
        d.add(l, new Span(value == null || value.isBlank() ? "—" : value));
        return d;
    }

    private void decide(ReviewPair p, Decision decision) {
        try {
            ReviewPair after = resolution.decide(p.id(), decision, reason.getValue());
            Notification.show("Pair " + p.id() + " decided " + decision
                    + (after.survivorId() == null ? "." : ": merged into " + after.survivorId() + "."));
            reason.clear();
            refresh();
        } catch (BadRequestException | ConflictException | NotFoundException e) {
            Notification.show(e.getMessage());
        }
    }

    private void undo(ReviewPair p) {
        try {
            UndoResult r = resolution.undo(p.id(), reason.getValue());
            Notification.show(
                    r.undone()
                            ? "Merge of " + r.mergedId() + " into " + r.survivorId() + " undone."
                            : "Nothing to undo.");
            reason.clear();
            refresh();
        } catch (BadRequestException | NotFoundException e) {
            Notification.show(e.getMessage());
        }
    }
}
