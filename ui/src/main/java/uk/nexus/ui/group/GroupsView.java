package uk.nexus.ui.group;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import uk.nexus.audit.AccessLog;
import uk.nexus.group.GroupDetails;
import uk.nexus.group.GroupListItem;
import uk.nexus.group.GroupService;
import uk.nexus.ui.Views;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.ui.subject.SubjectDetailsView;

/** Gangs and OCGs; choosing one lists its members with the provenance of each membership. */
@Route("groups")
@PageTitle("Gangs & OCGs · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class GroupsView extends VerticalLayout {

    GroupsView(GroupService groups, AccessLog accessLog) {
        setSizeFull();
        Grid<GroupListItem> list = new Grid<>(GroupListItem.class, false);
        list.addColumn(GroupListItem::name).setHeader("Name").setAutoWidth(true).setSortable(true);
        list.addColumn(GroupListItem::type).setHeader("Type").setSortable(true);
        list.addColumn(GroupListItem::borough).setHeader("Borough").setSortable(true);
        list.addColumn(g -> g.ocgmBand() == null ? "" : g.ocgmBand())
                .setHeader("OCGM band")
                .setSortable(true);
        list.addColumn(g -> g.primaryActivity() == null
                        ? ""
                        : g.primaryActivity().toLowerCase(Locale.ROOT).replace('_', ' '))
                .setHeader("Activity");
        list.addColumn(GroupListItem::members).setHeader("Members").setSortable(true);
        list.addColumn(g -> g.pastReview() ? "past review" : "").setHeader("Review");
        PurposeGate.run(accessLog, () -> list.setItems(groups.list(null)));
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.setSizeFull();

        Grid<GroupDetails.Member> members = new Grid<>();
        members.addColumn(GroupDetails.Member::name).setHeader("Member").setAutoWidth(true);
        members.addColumn(GroupDetails.Member::role).setHeader("Role");
        members.addColumn(m ->
                        (m.victimOrWitnessOnly() ? "victim/witness only " : "") + (m.pastReview() ? "past review" : ""))
                .setHeader("Flags");
        members.addColumn(m -> Views.provenance(m.provenance()))
                .setHeader("Provenance")
                .setAutoWidth(true);
        members.addThemeVariants(GridVariant.LUMO_COMPACT);
        members.setSizeFull();
        members.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(SubjectDetailsView.class, e.getItem().subjectId())));
        H3 selected = new H3("Choose a group");
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                GroupDetails details = groups.get(e.getValue().id());
                selected.setText(
                        details.group().name() + " (" + details.members().size() + " memberships)");
                members.setItems(details.members());
            }
        });
        VerticalLayout right = new VerticalLayout(selected, members);
        right.setPadding(false);
        right.setSizeFull();
        HorizontalLayout split = new HorizontalLayout(list, right);
        split.setSizeFull();
        add(new H2("Gangs & OCGs"), split);
        expand(split);
    }
}
