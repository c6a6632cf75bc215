package uk.nexus.ui.subject;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nexus.audit.AccessLog;
import uk.nexus.subject.SubjectListItem;
import uk.nexus.subject.SubjectQuery;
import uk.nexus.subject.SubjectService;
import uk.nexus.ui.Views;
import uk.nexus.ui.audit.PurposeGate;

/** Find people by name, alias, identifier or date of birth; results page in lazily. */
@Route("subjects")
@PageTitle("Subjects · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class SubjectSearchView extends VerticalLayout {

    private final SubjectService subjects;
    private final AccessLog accessLog;
    private final TextField text = new TextField();
    private final DatePicker dob = new DatePicker("Date of birth");
    private final Grid<SubjectListItem> grid = new Grid<>(SubjectListItem.class, false);
    private final Span summary = new Span();

    SubjectSearchView(SubjectService subjects, AccessLog accessLog) {
        this.subjects = subjects;
        this.accessLog = accessLog;
        setSizeFull();
        text.setLabel("Name, alias or identifier");
        text.setPlaceholder("e.g. Okafor, 'Dash', 2016/0012345A, S000042");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setWidth("26rem");
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.addKeyPressListener(Key.ENTER, e -> PurposeGate.run(accessLog, this::search));
        dob.setClearButtonVisible(true);
        dob.setMax(java.time.LocalDate.now());
        Button go = new Button("Search", e -> PurposeGate.run(accessLog, this::search));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("search-button");
        HorizontalLayout bar = new HorizontalLayout(text, dob, go);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(SubjectListItem::displayName)
                .setHeader("Name")
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(i -> i.dob() == null ? "" : Views.DATE.format(i.dob())).setHeader("Date of birth");
        grid.addColumn(SubjectListItem::gender).setHeader("Sex").setAutoWidth(true);
        grid.addColumn(SubjectListItem::borough).setHeader("Borough");
        grid.addColumn(SubjectListItem::pncId).setHeader("PNC id");
        grid.addComponentColumn(SubjectSearchView::involvement)
                .setHeader("Recorded as")
                .setAutoWidth(true);
        grid.addComponentColumn(SubjectSearchView::flags).setHeader("Warnings");
        grid.addColumn(SubjectListItem::matchedOn).setHeader("Matched on");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(SubjectDetailsView.class, e.getItem().id())));
        grid.setSizeFull();
        grid.setId("subject-grid");

        summary.addClassName("summary");
        add(new H2("Subjects"), bar, summary, grid);
        expand(grid);
    }

    private void search() {
        SubjectQuery query = new SubjectQuery(text.getValue(), dob.getValue());
        if (query.isEmpty()) {
            summary.setText("Type a name, alias or identifier, or pick a date of birth.");
            grid.setItems(java.util.List.of());
            return;
        }
        long total = subjects.count(query);
        summary.setText(total == 1 ? "1 subject found" : total + " subjects found");
        grid.setItems(q -> subjects.search(query, q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, subjects.count(query)));
    }

    private static Div involvement(SubjectListItem item) {
        Div badges = new Div();
        if (item.pastReview()) {
            badges.add(badge("past review", "badge warning past-review"));
        }
        if (item.offenderIncidents() > 0) {
            badges.add(badge(item.offenderIncidents() + " as offender/suspect", "badge offender"));
        }
        if (item.victimOrWitnessIncidents() > 0) {
            badges.add(badge(item.victimOrWitnessIncidents() + " as victim/witness", "badge victim"));
        }
        return badges;
    }

    private static Div flags(SubjectListItem item) {
        Div badges = new Div();
        item.flags()
                .forEach(f ->
                        badges.add(badge(f.toLowerCase(java.util.Locale.ROOT).replace('_', ' '), "badge warning")));
        return badges;
    }

    static Span badge(String text, String classes) {
        Span s = new Span(text);
        s.setClassName(classes);
        return s;
    }
}
