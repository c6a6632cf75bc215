package uk.nexus.ui.oversight;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nexus.oversight.DeletionReport;
import uk.nexus.oversight.ReviewItem;
import uk.nexus.oversight.ReviewKind;
import uk.nexus.oversight.ReviewService;
import uk.nexus.ui.Views;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.NotFoundException;

/** The MoPI retention review queue: retain a record (reason, next review date) or delete it. */
@Route("review")
@PageTitle("Review queue · Nexus")
@RolesAllowed("SUPERVISOR")
class ReviewQueueView extends VerticalLayout {

    private final ReviewService reviews;
    private final Select<@Nullable ReviewKind> kind = new Select<>();
    private final Grid<ReviewItem> grid = new Grid<>();
    private final Span summary = new Span();
    private final TextField reason = new TextField("Reason for the decision");
    private final DatePicker nextReview = new DatePicker("Next review");

    ReviewQueueView(ReviewService reviews) {
        this.reviews = reviews;
        setSizeFull();
        kind.setLabel("Kind");
        kind.setItems(Arrays.asList(ReviewKind.values()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("all");
        kind.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(ReviewQueueView::reasons).setHeader("Why here").setAutoWidth(true);
        grid.addColumn(ReviewItem::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(ReviewItem::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(ReviewItem::label).setHeader("Record").setAutoWidth(true);
        grid.addColumn(i -> i.reviewDate() == null ? "" : Views.DATE.format(i.reviewDate()))
                .setHeader("Review date");
        grid.addColumn(i -> i.lastDecision() == null
                        ? ""
                        : "retained by " + i.lastDecision().by() + ": "
                                + i.lastDecision().reason())
                .setHeader("Last decision");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("review-grid");
        grid.setSizeFull();

        reason.setId("review-reason");
        reason.setWidth("28rem");
        reason.setMaxLength(1_000);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        nextReview.setMin(today.plusDays(1));
        nextReview.setMax(today.plusYears(ReviewService.MAX_YEARS));
        nextReview.setValue(today.plusYears(1));
        Button retain = new Button("Retain", e -> decide(true));
        retain.setId("review-retain");
        retain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button("Delete", e -> decide(false));
        delete.setId("review-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout decision = new HorizontalLayout(reason, nextReview, retain, delete);
        decision.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        summary.addClassName("summary");
        summary.setId("review-summary");
        add(new H2("Retention review"), kind, summary, grid, decision);
        expand(grid);
        refresh();
    }

    private void refresh() {
        ReviewKind k = kind.getValue();
        long total = reviews.count(k);
        summary.setText(total + " record(s) wait for a decision: past their review date, or people with no harm and no"
                + " active referral.");
        grid.setItems(q -> reviews.queue(k, q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, reviews.count(k)));
    }

    private void decide(boolean keep) {
        ReviewItem item = grid.asSingleSelect().getValue();
        if (item == null) {
            Notification.show("Choose a record first.");
            return;
        }
        try {
            if (keep) {
                LocalDate next = nextReview.getValue();
                if (next == null) {
                    Notification.show("Choose the next review date.");
                    return;
                }
                reviews.retain(item.kind(), item.id(), reason.getValue(), next);
                Notification.show(item.kind() + " " + item.id() + " retained until " + Views.DATE.format(next) + ".");
            } else {
                DeletionReport r = reviews.delete(item.kind(), item.id(), reason.getValue());
                Notification.show(item.kind() + " " + item.id() + " deleted"
                        + (r.disclosures().isEmpty()
                                ? "."
                                : "; it had been disclosed to "
                                        + r.disclosures().stream()
                                                .map(DeletionReport.PriorDisclosure::recipient)
                                                .distinct()
                                                .toList()
                                        + ": ask them to delete their copies."));
            }
            reason.clear();
            refresh();
        } catch (BadRequestException | NotFoundException e) {
            Notification.show(e.getMessage());
        }
    }

    private static Div reasons(ReviewItem item) {
        Div badges = new Div();
        for (String r : item.reasons()) {
            Span s = new Span(r.equals("PAST_REVIEW") ? "past review" : "no harm, no referral");
            s.setClassName(r.equals("PAST_REVIEW") ? "badge warning" : "badge victim");
            badges.add(s);
        }
        badges.getElement()
                .setAttribute("title", String.join(", ", item.reasons()).toLowerCase(Locale.ROOT));
        return badges;
    }
}
