package uk.nexus.ui.referral;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import uk.nexus.referral.Originator;
import uk.nexus.referral.Outcome;
import uk.nexus.referral.ReferralFilter;
import uk.nexus.referral.ReferralListItem;
import uk.nexus.referral.ReferralService;
import uk.nexus.referral.ReferralState;
import uk.nexus.ui.Views;
import uk.nexus.ui.harm.HarmExplanation;
import uk.nexus.web.CsvTable;

/** The high-harm tracker: accepted referrals with their current outcome and next review, filtered. */
@Route("tracker")
@PageTitle("High-harm tracker · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class TrackerView extends VerticalLayout {

    private final ReferralService referrals;
    private final Grid<ReferralListItem> grid = new Grid<>();
    private final ComboBox<Originator> originator = new ComboBox<>("Originator");
    private final ComboBox<Outcome> outcome = new ComboBox<>("Outcome");
    private final TextField borough = new TextField("Borough");
    private final DatePicker from = new DatePicker("Referred from");
    private final DatePicker to = new DatePicker("to");

    TrackerView(ReferralService referrals) {
        this.referrals = referrals;
        setSizeFull();
        originator.setItems(referrals.originators());
        originator.setItemLabelGenerator(Originator::name);
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        List.of(originator, outcome).forEach(c -> c.setClearButtonVisible(true));
        borough.setClearButtonVisible(true);
        originator.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        borough.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "high-harm-tracker.csv", "text/csv", bytes.length);
                }),
                "Download CSV");
        HorizontalLayout filters = new HorizontalLayout(originator, outcome, borough, from, to, csv);
        filters.setAlignItems(Alignment.BASELINE);

        grid.addColumn(ReferralListItem::subjectName).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(ReferralListItem::id).setHeader("Referral").setAutoWidth(true);
        grid.addColumn(ReferralListItem::originator).setHeader("Originator").setAutoWidth(true);
        grid.addColumn(r ->
                        r.outcome() == null ? "awaiting outcome" : r.outcome().label())
                .setHeader("Current outcome");
        grid.addColumn(r -> r.nextReview() == null ? "" : Views.DATE.format(r.nextReview()))
                .setHeader("Next review");
        grid.addColumn(r -> r.latestHarm() == null ? "" : HarmExplanation.format(r.latestHarm()))
                .setHeader("Harm today")
                .setKey("latest-harm")
                .setAutoWidth(true);
        grid.addColumn(ReferralListItem::borough).setHeader("Borough");
        grid.addColumn(r -> Views.DATE.format(r.createdAt())).setHeader("Referred");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(ReferralDetailsView.class, e.getItem().id())));
        grid.setSizeFull();
        grid.setId("tracker-grid");
        add(new H2("High-harm tracker"), filters, grid);
        expand(grid);
        refresh();
    }

    private ReferralFilter filter() {
        return new ReferralFilter(
                Set.of(ReferralState.ACCEPTED),
                originator.getValue() == null ? null : originator.getValue().id(),
                outcome.getValue(),
                borough.getValue().isBlank() ? null : borough.getValue().strip(),
                from.getValue(),
                to.getValue(),
                null,
                null,
                null);
    }

    private void refresh() {
        ReferralFilter f = filter();
        grid.setItems(q -> referrals.list(f, q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, referrals.count(f)));
    }

    private String csv() {
        ReferralFilter f = filter();
        List<ReferralListItem> rows = referrals.download(f);
        return new CsvTable(
                        List.of(
                                "referral",
                                "subject_id",
                                "subject",
                                "originator",
                                "outcome",
                                "next_review",
                                "harm_today",
                                "borough",
                                "referred"),
                        rows.stream()
                                .<List<?>>map(r -> java.util.Arrays.asList(
                                        r.id(),
                                        r.subjectId(),
                                        r.subjectName(),
                                        r.originator(),
                                        r.outcome() == null ? null : r.outcome().name(),
                                        r.nextReview(),
                                        r.latestHarm() == null ? null : Math.round(r.latestHarm()),
                                        r.borough(),
                                        r.createdAt().toLocalDate()))
                                .toList())
                .render();
    }
}
