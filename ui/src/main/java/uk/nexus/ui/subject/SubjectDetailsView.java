package uk.nexus.ui.subject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nexus.audit.AccessLog;
import uk.nexus.network.NetworkExportService;
import uk.nexus.resolution.CombinedIdentity;
import uk.nexus.resolution.ResolutionService;
import uk.nexus.subject.SubjectDetails;
import uk.nexus.subject.SubjectService;
import uk.nexus.ui.Views;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.ui.network.NetworkExplorerView;
import uk.nexus.ui.referral.ReferralDraftView;
import uk.nexus.web.NotFoundException;

/** A person's record: identity, then every kind of link, each with where it comes from. */
@Route("subjects")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class SubjectDetailsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final SubjectService subjects;
    private final AccessLog accessLog;
    private final NetworkExportService exports;
    private final ResolutionService resolution;
    private final boolean mayExport;
    private String title = "Subject · Nexus";

    SubjectDetailsView(
            SubjectService subjects,
            AccessLog accessLog,
            NetworkExportService exports,
            ResolutionService resolution,
            AuthenticationContext auth) {
        this.resolution = resolution;
        this.subjects = subjects;
        this.accessLog = accessLog;
        this.exports = exports;
        this.mayExport = Views.canExport(auth);
        addClassName("subject-details");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        add(new Paragraph("Opening the record of " + id + " needs the purpose of your task."));
        PurposeGate.run(accessLog, () -> open(id));
    }

    private void open(String id) {
        removeAll();
        try {
            show(subjects.get(id));
            if (mayExport) {
                add(ExportDialog.button(exports, id));
            }
        } catch (NotFoundException e) {
            add(new H2("No such subject"), new Paragraph("There is no subject with id " + id + "."));
        }
    }

    /** Entity resolution: the record this one was merged into, or the records merged into this one. */
    private void combined(String id) {
        CombinedIdentity c = resolution.identity(id);
        if (!c.survivorId().equals(id)) {
            Paragraph p = new Paragraph("This record was merged into ");
            p.add(new Anchor("subjects/" + c.survivorId(), c.survivorId()));
            p.add(": that record shows the combined identity.");
            p.setId("merged-into");
            add(p);
        }
        for (CombinedIdentity.MergedRecord m : c.alsoRecordedAs()) {
            if (m.subjectId().equals(id)) {
                continue; // this very record, merged into the survivor above
            }
            Paragraph p = new Paragraph("Also recorded as ");
            p.add(new Anchor("subjects/" + m.subjectId(), m.subjectId() + " " + m.name()));
            p.add(" from source " + m.source() + " (merged by " + m.by() + ", pair " + m.pairId() + ")");
            p.addClassName("also-recorded-as");
            add(p);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SubjectDetails d) {
        SubjectDetails.Identity who = d.identity();
        String name = who.surname().toUpperCase(Locale.ROOT) + ", " + who.forenames();
        title = name + " · Nexus";
        H2 heading = new H2(name);
        heading.setId("subject-name");
        Button refer = new Button(
                "Refer to immigration enforcement",
                e -> getUI().ifPresent(ui -> ui.navigate(ReferralDraftView.class, who.id())));
        refer.setId("refer");
        Button explore = new Button(
                "Explore network", e -> getUI().ifPresent(ui -> ui.navigate(NetworkExplorerView.class, who.id())));
        explore.setId("explore-network");
        HorizontalLayout head = new HorizontalLayout(heading, explore, refer);
        head.setAlignItems(Alignment.BASELINE);
        add(head, identity(who, d));
        combined(who.id());
        if (who.pastReview()) {
            add(SubjectSearchView.badge(
                    "past its MoPI review date without a decision: out of every score until a supervisor decides",
                    "badge warning past-review"));
        }

        add(section(
                "Gangs and OCGs",
                d.groups(),
                List.of(
                        col("Group", m -> m.groupName() + (m.pastReview() ? " (past review)" : "")),
                        col("Type", SubjectDetails.Membership::groupType),
                        col("Role", SubjectDetails.Membership::role),
                        col("Provenance", m -> Views.provenance(m.provenance())))));
        Grid<SubjectDetails.Involvement> incidents = grid(d.incidents(), List.of());
        incidents
                .addComponentColumn(i -> SubjectSearchView.badge(
                        i.category().toLowerCase(Locale.ROOT),
                        "badge "
                                + (i.category().equals("VICTIM") || i.category().equals("WITNESS")
                                        ? "victim"
                                        : "offender")))
                .setHeader("Recorded as")
                .setAutoWidth(true);
        List.<Col<SubjectDetails.Involvement>>of(
                        col("Date", i -> i.occurredAt() == null ? "" : Views.DATE.format(i.occurredAt())),
                        col(
                                "Incident",
                                i -> i.incidentId() + " " + i.type() + (i.pastReview() ? " (past review)" : "")),
                        col("Offence", i -> i.offence() == null ? "" : i.offence()),
                        col("Outcome", i -> i.outcome() == null ? "" : i.outcome()),
                        col("Provenance", i -> Views.provenance(i.provenance())))
                .forEach(c -> incidents
                        .addColumn(c.value()::apply)
                        .setHeader(c.header())
                        .setAutoWidth(true)
                        .setResizable(true));
        add(titled("Incidents", d.incidents().size(), incidents));
        Grid<SubjectDetails.Association> associates = grid(
                d.associates(),
                List.of(
                        col("Associate", a -> a.name() + (a.pastReview() ? " (past review)" : "")),
                        col("Kind", SubjectDetails.Association::kind),
                        col("Strength", a -> String.valueOf(a.weight())),
                        col("Provenance", a -> Views.provenance(a.provenance()))));
        associates.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(SubjectDetailsView.class, e.getItem().subjectId())));
        add(titled("Associates", d.associates().size(), associates));
        add(section(
                "Intelligence",
                d.intelligence(),
                List.of(
                        col("Report", SubjectDetails.IntelMention::intelId),
                        col("Grade", n -> n.gradeScheme() + " " + n.grade() + "/" + n.handling()),
                        col("As", SubjectDetails.IntelMention::role),
                        col("Summary", n -> n.summary() == null ? "" : n.summary()),
                        col("Handling conditions", n -> n.handlingConditions() == null ? "" : n.handlingConditions()),
                        col("Review", n -> n.pastReview() ? "past review" : ""))));
        add(section(
                "Convictions",
                d.convictions(),
                List.of(
                        col("Date", c -> Views.DATE.format(c.convictedOn())),
                        col("Offence", c -> c.offence() == null ? c.offenceCode() : c.offence()),
                        col("Where", c -> c.overseas() ? c.country() + " (overseas)" : "UK"),
                        col("Sentence", c -> c.sentence() == null ? "" : c.sentence()),
                        col("Provenance", c -> Views.provenance(c.provenance())))));
        add(section(
                "Aliases",
                d.aliases(),
                List.of(
                        col("Name", a -> a.surname().toUpperCase(Locale.ROOT) + ", " + a.forenames()),
                        col("Date of birth", a -> a.dob() == null ? "" : Views.DATE.format(a.dob())),
                        col("Kind", SubjectDetails.Alias::kind),
                        col("Provenance", a -> Views.provenance(a.provenance())))));
        add(section(
                "Phones, vehicles, weapons",
                d.objects(),
                List.of(
                        col("Type", SubjectDetails.UsedObject::type),
                        col("Object", SubjectDetails.UsedObject::label),
                        col("Provenance", o -> Views.provenance(o.provenance())))));
        add(section(
                "Locations",
                d.locations(),
                List.of(
                        col("Place", SubjectDetails.LinkedLocation::name),
                        col("Postcode", l -> l.postcode() == null ? "" : l.postcode()),
                        col("Link", SubjectDetails.LinkedLocation::kind),
                        col("Provenance", l -> Views.provenance(l.provenance())))));
    }

    private static Component identity(SubjectDetails.Identity who, SubjectDetails d) {
        Div card = new Div();
        card.addClassName("identity");
        card.add(
                field("Subject id", who.id()),
                field("Date of birth", who.dob() == null ? "not recorded" : Views.DATE.format(who.dob())),
                field("Sex", who.gender()),
                field("PNC id", who.pncId()),
                field("CRO number", who.croNumber()),
                field("Passport", who.passportNumber()),
                field("Borough", who.borough()),
                field("Warnings", String.join(", ", who.flags())),
                field("MoPI review", who.reviewDate() == null ? null : Views.DATE.format(who.reviewDate())),
                field("Record source", who.source()));
        Div eligibility = new Div();
        eligibility.addClassName("eligibility");
        eligibility.add(
                new Span("For referral eligibility only, never for scoring: "),
                field(
                        "Nationality",
                        who.nationalities().isEmpty()
                                ? "not recorded (check)"
                                : String.join(", ", who.nationalities())),
                field(
                        "Immigration status",
                        who.immigrationStatus() == null ? "not recorded (check)" : who.immigrationStatus()));
        long offender = d.incidents().stream()
                .filter(i -> i.category().equals("OFFENDER") || i.category().equals("SUSPECT"))
                .count();
        if (offender == 0 && !d.incidents().isEmpty()) {
            card.add(SubjectSearchView.badge("recorded only as victim or witness", "badge victim"));
        }
        return new Div(card, eligibility);
    }

    private static Component field(String label, @Nullable String value) {
        Div f = new Div();
        f.addClassName("field");
        Span l = new Span(label);
        l.addClassName("label");
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        v.addClassName("value");
        f.add(l, v);
        return f;
    }

    private record Col<T>(String header, Function<T, String> value) {}

    private static <T> Col<T> col(String header, Function<T, String> value) {
        return new Col<>(header, value);
    }

    private static <T> Component section(String heading, List<T> items, List<Col<T>> columns) {
        return titled(heading, items.size(), grid(items, columns));
    }

    private static <T> Grid<T> grid(List<T> items, List<Col<T>> columns) {
        Grid<T> grid = new Grid<>();
        columns.forEach(c -> grid.addColumn(c.value()::apply)
                .setHeader(c.header())
                .setAutoWidth(true)
                .setResizable(true));
        grid.setItems(items);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(items.size() <= 12);
        if (items.size() > 12) {
            grid.setHeight("24rem");
        }
        return grid;
    }

    private static Component titled(String heading, int count, Component content) {
        VerticalLayout box = new VerticalLayout(new H3(heading + " (" + count + ")"));
        box.setPadding(false);
        box.setSpacing(false);
        if (count > 0) {
            box.add(content);
        } else {
            box.add(new Paragraph("None recorded."));
        }
        return box;
    }
}
