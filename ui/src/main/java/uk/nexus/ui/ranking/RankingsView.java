package uk.nexus.ui.ranking;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nexus.analysis.AnalysisService;
import uk.nexus.analysis.Measure;
import uk.nexus.analysis.RankedSubject;
import uk.nexus.analysis.SubjectRanking;
import uk.nexus.audit.AccessLog;
import uk.nexus.harm.GroupPriority;
import uk.nexus.harm.HarmService;
import uk.nexus.harm.NetworkHarm;
import uk.nexus.model.PageOf;
import uk.nexus.projection.ProjectionFilter;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.ui.harm.HarmExplanation;
import uk.nexus.ui.network.NetworkExplorerView;
import uk.nexus.ui.subject.SubjectDetailsView;

/**
 * Rankings: subjects by harm, network harm or a centrality of the whole association (or co-offending)
 * network, and gangs and OCGs by priority with their OCGM-style matrix. Every row opens the explanation
 * of its score: the contributions that add up to it. People recorded only as victims or witnesses are
 * never ranked. See decision 0321.
 */
@Route("rankings")
@PageTitle("Rankings · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR"})
public class RankingsView extends VerticalLayout {

    /** Rows shown per page of a subject ranking. */
    static final int PAGE_SIZE = 100;

    private final AnalysisService analysis;
    private final HarmService harm;
    private final AccessLog accessLog;

    private final Select<Measure> measure = new Select<>();
    private final Select<String> projection = new Select<>();
    private final Span method = new Span();
    private final Grid<RankedSubject> subjects = new Grid<>();
    private final Span pageInfo = new Span();
    private int page;
    private long total;
    private final Map<String, Component> explained = new HashMap<>();

    private final Select<String> groupType = new Select<>();
    private final Div matrix = new Div();
    private final Grid<GroupPriority> groups = new Grid<>();
    private @Nullable String bandShown;

    RankingsView(AnalysisService analysis, HarmService harm, AccessLog accessLog) {
        this.analysis = analysis;
        this.harm = harm;
        this.accessLog = accessLog;
        addClassName("rankings");
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.setId("ranking-tabs");
        tabs.add("Subjects", subjectsTab());
        tabs.add("Gangs & OCGs", groupsTab());
        add(new H2("Rankings"), tabs);
        setFlexGrow(1, tabs);
        PurposeGate.run(accessLog, this::loadSubjects);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab().getLabel().startsWith("Gangs")) {
                PurposeGate.run(accessLog, this::loadGroups);
            }
        });
    }

    private static String measureLabel(Measure m) {
        return switch (m) {
            case HARM -> "Harm";
            case NETWORK_HARM -> "Network harm";
            case DEGREE -> "Degree";
            case BETWEENNESS -> "Betweenness";
            case CLOSENESS -> "Closeness";
            case HARMONIC -> "Harmonic closeness";
            case EIGENVECTOR -> "Eigenvector";
            case PAGERANK -> "PageRank";
            case KCORE -> "k-core";
        };
    }

    private Component subjectsTab() {
        measure.setLabel("Rank subjects by");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(RankingsView::measureLabel);
        measure.setValue(Measure.HARM);
        measure.setId("rank-measure");
        projection.setLabel("Network");
        projection.setItems("associations", "co-offending");
        projection.setItemLabelGenerator(
                p -> p.equals("associations") ? "association network" : "co-offending network (shared incidents)");
        projection.setValue("associations");
        projection.setId("rank-projection");
        measure.addValueChangeListener(e -> restart());
        projection.addValueChangeListener(e -> restart());
        Button previous = new Button("Previous", e -> turn(-1));
        Button next = new Button("Next", e -> turn(1));
        previous.setId("rank-previous");
        next.setId("rank-next");
        pageInfo.setId("rank-page");
        pageInfo.addClassName("summary");
        method.setId("ranking-method");
        method.addClassName("summary");

        subjects.setId("subject-ranking");
        subjects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        subjects.addColumn(RankedSubject::rank).setHeader("#").setWidth("4rem").setFlexGrow(0);
        subjects.addColumn(r -> r.name() + " (" + r.subjectId() + ")")
                .setHeader("Subject")
                .setAutoWidth(true);
        subjects.addColumn(r -> score(r.score())).setHeader("Score").setAutoWidth(true);
        subjects.addColumn(r -> score(r.harm())).setHeader("Own harm").setAutoWidth(true);
        subjects.addColumn(RankedSubject::explanation).setHeader("Rests on").setFlexGrow(1);
        subjects.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::explanation));
        subjects.setDetailsVisibleOnClick(true);
        subjects.setSizeFull();

        HorizontalLayout bar = new HorizontalLayout(measure, projection, previous, next, pageInfo);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph note = new Paragraph("Click a row for the explanation of its score. People recorded only as victims"
                + " or witnesses are never ranked; records past their review date count nothing.");
        note.addClassName("summary");
        VerticalLayout tab = new VerticalLayout(bar, method, note, subjects);
        tab.setPadding(false);
        tab.setSizeFull();
        tab.setFlexGrow(1, subjects);
        return tab;
    }

    private ProjectionFilter filter() {
        return projection.getValue().equals("associations")
                ? ProjectionFilter.associations()
                : ProjectionFilter.coOffending();
    }

    private void restart() {
        page = 0;
        PurposeGate.run(accessLog, this::loadSubjects);
    }

    private void turn(int by) {
        int next = page + by;
        if (next < 0 || (long) next * PAGE_SIZE >= total) {
            return;
        }
        page = next;
        PurposeGate.run(accessLog, this::loadSubjects);
    }

    private void loadSubjects() {
        SubjectRanking r = analysis.rankSubjects(measure.getValue(), filter(), page, PAGE_SIZE);
        total = r.total();
        explained.clear();
        subjects.setItems(r.items());
        pageInfo.setText(
                total == 0
                        ? "nobody ranked"
                        : String.format(
                                Locale.UK,
                                "%,d–%,d of %,d",
                                (long) page * PAGE_SIZE + 1,
                                Math.min(total, (long) (page + 1) * PAGE_SIZE),
                                total));
        method.setText(String.format(
                Locale.UK,
                "%s · %s: %,d subjects, %,d ties%s",
                r.method(),
                r.projection(),
                r.subjects(),
                r.links(),
                r.errorBound() == null ? "" : String.format(Locale.UK, " · error bound ±%.4f", r.errorBound())));
    }

    /** The explanation of one row's score, fetched (and logged) when the row is opened. */
    private Component explanation(RankedSubject r) {
        return explained.computeIfAbsent(r.subjectId() + "|" + measure.getValue(), k -> {
            VerticalLayout box = new VerticalLayout();
            box.addClassName("explanation");
            box.setPadding(false);
            box.setSpacing(false);
            switch (measure.getValue()) {
                case HARM -> box.add(new HarmExplanation(harm.explain(r.subjectId())));
                case NETWORK_HARM -> box.add(networkHarmExplanation(harm.explainNetworkHarm(r.subjectId(), filter())));
                default ->
                    box.add(new Span(measureLabel(measure.getValue()) + " " + score(r.score()) + ": " + r.explanation()
                            + ". " + method.getText()));
            }
            HorizontalLayout links = new HorizontalLayout(
                    new Button(
                            "Open record",
                            e -> getUI().ifPresent(ui -> ui.navigate(SubjectDetailsView.class, r.subjectId()))),
                    new Button(
                            "Explore network",
                            e -> getUI().ifPresent(ui -> ui.navigate(NetworkExplorerView.class, r.subjectId()))));
            links.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
            box.add(links);
            return box;
        });
    }

    private static Component networkHarmExplanation(NetworkHarm n) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        Span sum = new Span(String.format(
                Locale.UK,
                "Network harm %s = Σ β·w·harm of the people tied directly and β²·w·w'·harm through one person"
                        + " (β = %.2f, %s)%s",
                score(n.networkHarm()),
                n.beta(),
                n.projection(),
                n.omitted() == 0
                        ? ""
                        : String.format(
                                Locale.UK,
                                "; %d smaller contributions sum to %s",
                                n.omitted(),
                                score(n.omittedContribution()))));
        sum.addClassName("explanation-sum");
        box.add(sum);
        Grid<NetworkHarm.Contribution> grid = new Grid<>();
        grid.addClassName("harm-contributions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(NetworkHarm.Contribution::subjectId)
                .setHeader("Whose harm")
                .setAutoWidth(true);
        grid.addColumn(c -> c.hops() == 1 ? "direct tie" : "through " + c.via())
                .setHeader("How")
                .setAutoWidth(true);
        grid.addColumn(c -> String.format(Locale.UK, "%.3f × %s", c.factor(), score(c.harm())))
                .setHeader("factor × harm")
                .setAutoWidth(true);
        grid.addColumn(c -> score(c.contribution())).setHeader("Contribution").setAutoWidth(true);
        grid.setItems(
                n.contributions().subList(0, Math.min(50, n.contributions().size())));
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    /** Short explanations in full; long ones scroll inside the row. */
    private static void visibleRows(Grid<?> grid, int rows) {
        if (rows <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("20rem");
        }
    }

    private Component groupsTab() {
        groupType.setLabel("Groups");
        groupType.setItems("all", "GANG", "OCG");
        groupType.setItemLabelGenerator(t -> switch (t) {
            case "GANG" -> "gangs";
            case "OCG" -> "OCGs";
            default -> "gangs and OCGs";
        });
        groupType.setValue("all");
        groupType.setId("group-type");
        groupType.addValueChangeListener(e -> PurposeGate.run(accessLog, this::loadGroups));
        matrix.setId("priority-matrix");
        matrix.addClassName("priority-matrix");

        groups.setId("group-ranking");
        groups.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        groups.addComponentColumn(g -> {
                    Span band = new Span(g.band());
                    band.addClassNames("band", "band-" + g.band().charAt(0));
                    return band;
                })
                .setHeader("Band")
                .setWidth("5rem")
                .setFlexGrow(0);
        groups.addColumn(GroupPriority::name).setHeader("Group").setAutoWidth(true);
        groups.addColumn(GroupPriority::type).setHeader("Type").setAutoWidth(true);
        groups.addColumn(g -> String.format(Locale.UK, "%.3f", g.score()))
                .setHeader("Priority score")
                .setAutoWidth(true);
        groups.addColumn(g -> score(g.memberHarm())).setHeader("Members' harm").setAutoWidth(true);
        groups.addColumn(GroupPriority::members).setHeader("Members").setAutoWidth(true);
        groups.setItemDetailsRenderer(
                new com.vaadin.flow.data.renderer.ComponentRenderer<>(RankingsView::groupExplanation));
        groups.setDetailsVisibleOnClick(true);
        groups.setSizeFull();
        Paragraph note = new Paragraph("Bands as in OCGM: 1–3 by members' harm (1 highest), A–C by capability, cohesion"
                + " and reach (A highest). Click a row for the factors that make its score.");
        note.addClassName("summary");
        VerticalLayout tab = new VerticalLayout(groupType, new H4("Prioritisation matrix"), matrix, note, groups);
        tab.setPadding(false);
        tab.setSizeFull();
        tab.setFlexGrow(1, groups);
        return tab;
    }

    private void loadGroups() {
        @Nullable String type = groupType.getValue().equals("all") ? null : groupType.getValue();
        PageOf<GroupPriority> p = analysis.rankGroups(type, 0, AnalysisService.MAX_PAGE_SIZE);
        bandShown = null;
        showGroups(p.items());
        showMatrix(p.items());
    }

    private void showGroups(List<GroupPriority> shown) {
        groups.setItems(shown);
        groups.getElement().setAttribute("data-shown", String.valueOf(shown.size()));
    }

    /** Counts of groups per band: harm 1–3 down, capability/cohesion/reach A–C across. */
    private void showMatrix(List<GroupPriority> items) {
        matrix.removeAll();
        matrix.add(cell("", "corner"));
        for (String letter : List.of("A", "B", "C")) {
            matrix.add(cell(letter + (letter.equals("A") ? " (most capable)" : ""), "head"));
        }
        for (String digit : List.of("1", "2", "3")) {
            matrix.add(cell(digit + (digit.equals("1") ? " (most harm)" : ""), "head"));
            for (String letter : List.of("A", "B", "C")) {
                String band = digit + letter;
                long n = items.stream().filter(g -> g.band().equals(band)).count();
                Div c = cell(band + ": " + n, "count band-" + digit + (band.equals(bandShown) ? " chosen" : ""));
                c.getElement().setAttribute("data-band", band);
                c.getElement().setAttribute("data-count", String.valueOf(n));
                c.getElement().setAttribute("title", "Show only band " + band + " (click again for all)");
                // A cell filters the list to its band; the chosen cell again shows every group.
                c.addClickListener(e -> {
                    bandShown = band.equals(bandShown) ? null : band;
                    showGroups(items.stream()
                            .filter(g -> bandShown == null || g.band().equals(bandShown))
                            .toList());
                    showMatrix(items);
                });
                matrix.add(c);
            }
        }
    }

    private static Div cell(String text, String classes) {
        Div d = new Div(new Span(text));
        d.setClassName("cell " + classes);
        return d;
    }

    private static Component groupExplanation(GroupPriority g) {
        VerticalLayout box = new VerticalLayout();
        box.addClassName("explanation");
        box.setPadding(false);
        box.setSpacing(false);
        StringBuilder sum = new StringBuilder("Priority score " + String.format(Locale.UK, "%.3f", g.score()) + " =");
        for (int i = 0; i < g.factors().size(); i++) {
            GroupPriority.Factor f = g.factors().get(i);
            sum.append(i == 0 ? " " : " + ")
                    .append(String.format(
                            Locale.UK,
                            "%.2f × %.3f (%s)",
                            f.weight(),
                            f.value(),
                            f.name().toLowerCase(Locale.ROOT)));
        }
        Span s = new Span(sum.toString());
        s.addClassName("explanation-sum");
        box.add(s);
        Grid<GroupPriority.Factor> factors = new Grid<>();
        factors.addClassName("group-factors");
        factors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        factors.addColumn(GroupPriority.Factor::name).setHeader("Factor").setAutoWidth(true);
        factors.addColumn(f -> String.format(Locale.UK, "%.3f", f.value()))
                .setHeader("Value")
                .setAutoWidth(true);
        factors.addColumn(f -> String.format(Locale.UK, "%.2f", f.weight()))
                .setHeader("Weight")
                .setAutoWidth(true);
        factors.addColumn(f -> String.format(Locale.UK, "%.3f", f.value() * f.weight()))
                .setHeader("Part of score")
                .setAutoWidth(true);
        factors.addColumn(GroupPriority.Factor::detail).setHeader("Rests on").setFlexGrow(4);
        factors.setItems(g.factors());
        factors.setAllRowsVisible(true);
        box.add(factors);
        if (!g.topMembers().isEmpty()) {
            box.add(new Span("Members whose harm weighs most: "
                    + String.join(
                            ", ",
                            g.topMembers().stream()
                                    .map(m -> m.subjectId() + " (" + score(m.harm()) + ")")
                                    .toList())));
        }
        return box;
    }

    private static String score(double v) {
        return v >= 100 ? String.format(Locale.UK, "%,.0f", v) : String.format(Locale.UK, "%.4f", v);
    }
}
