package uk.nexus.ui.referral;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nexus.referral.Originator;
import uk.nexus.referral.ReferralFilter;
import uk.nexus.referral.ReferralListItem;
import uk.nexus.referral.ReferralService;
import uk.nexus.referral.ReferralState;
import uk.nexus.ui.Views;

/** The referrals inbox (what waits for me, by role) and the list of all referrals with filters. */
@Route("referrals")
@PageTitle("Referrals · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class ReferralsView extends VerticalLayout {

    private final ReferralService referrals;
    private final Grid<ReferralListItem> grid = new Grid<>();
    private final MultiSelectComboBox<ReferralState> states = new MultiSelectComboBox<>("State");
    private final ComboBox<Originator> originator = new ComboBox<>("Originator");

    ReferralsView(ReferralService referrals) {
        this.referrals = referrals;
        setSizeFull();
        Tab inbox = new Tab("Waiting for me");
        Tab all = new Tab("All referrals");
        Tabs tabs = new Tabs(inbox, all);
        states.setItems(ReferralState.values());
        originator.setItems(referrals.originators());
        originator.setItemLabelGenerator(Originator::name);
        originator.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(states, originator);
        filters.setVisible(false);
        states.addValueChangeListener(e -> showAll());
        originator.addValueChangeListener(e -> showAll());
        tabs.addSelectedChangeListener(e -> {
            filters.setVisible(e.getSelectedTab() == all);
            if (e.getSelectedTab() == all) {
                showAll();
            } else {
                show(referrals.inboxFilter());
            }
        });

        grid.addColumn(ReferralListItem::id).setHeader("Referral").setAutoWidth(true);
        grid.addComponentColumn(r -> ReferralUi.state(r.state()))
                .setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(ReferralListItem::subjectName).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(ReferralListItem::originator).setHeader("Originator").setAutoWidth(true);
        grid.addColumn(r -> r.outcome() == null ? "" : r.outcome().label())
                .setHeader("Outcome")
                .setAutoWidth(true);
        grid.addColumn(r -> Views.DATE.format(r.createdAt()) + " by " + r.createdBy())
                .setHeader("Drafted")
                .setAutoWidth(true);
        grid.addColumn(r -> r.updatedAt() == null ? "" : Views.DATE.format(r.updatedAt()))
                .setHeader("Last change");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(ReferralDetailsView.class, e.getItem().id())));
        grid.setSizeFull();
        grid.setId("referral-grid");
        add(new H2("Referrals"), tabs, filters, grid);
        expand(grid);
        show(referrals.inboxFilter());
    }

    private void showAll() {
        show(new ReferralFilter(
                states.getValue(),
                originator.getValue() == null ? null : originator.getValue().id(),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private void show(ReferralFilter filter) {
        grid.setItems(q -> referrals.list(filter, q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, referrals.count(filter)));
    }
}
