package uk.nexus.ui.network;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.IntegerRangeSlider;
import com.vaadin.flow.component.slider.IntegerRangeSliderValue;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nexus.audit.AccessLog;
import uk.nexus.graph.Partition;
import uk.nexus.harm.HarmService;
import uk.nexus.network.LinkType;
import uk.nexus.network.NetworkService;
import uk.nexus.network.Subnetwork;
import uk.nexus.network.SubnetworkAnalysis;
import uk.nexus.subject.SubjectListItem;
import uk.nexus.subject.SubjectQuery;
import uk.nexus.subject.SubjectService;
import uk.nexus.ui.Views;
import uk.nexus.ui.audit.PurposeGate;
import uk.nexus.ui.subject.SubjectDetailsView;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.NotFoundException;

/**
 * The network explorer: the network around a subject, drawn; expand any node (double-click, or
 * <em>Expand</em> in the side panel), filter by link type, intelligence grade and time window, colour by
 * kind or community, size by a centrality of the shown network, highlight the shortest path between two
 * people, and read every link's grade and provenance. Large networks are laid out on the server. See
 * decision 0320.
 */
@Route("network")
@PageTitle("Network explorer · Nexus")
@RolesAllowed({"ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS"})
public class NetworkExplorerView extends VerticalLayout implements HasUrlParameter<String> {

    /** From this many shown nodes the server computes the layout and the browser only draws. */
    static final int SERVER_LAYOUT_FROM = 300;

    static final int FIRST_YEAR = 2000;

    private static final List<Integer> MAX_NODE_CHOICES = List.of(200, 500, 1_000, NetworkService.MAX_NODES);

    /** Community colours: no blue, which is the victims' colour. */
    private static final List<String> PALETTE = List.of(
            "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
            "#e7ba52", "#637939", "#843c39");

    private static final String OTHER_COMMUNITY = "#cbd5e0";
    private static final String VICTIM = "#2b6cb0";
    private static final Map<String, String> KIND_COLOURS = Map.of(
            "Gang", "#6b46c1",
            "Ocg", "#44337a",
            "Incident", "#718096",
            "Phone", "#b7791f",
            "Vehicle", "#b7791f",
            "Weapon", "#b7791f",
            "Location", "#2f855a",
            "IntelReport", "#d69e2e");
    private static final Map<String, String> LINK_COLOURS = Map.of(
            "ASSOCIATE_OF", "#4a5568",
            "MEMBER_OF", "#6b46c1",
            "INVOLVED_IN", "#a0aec0",
            "USES", "#b7791f",
            "LINKED_TO", "#2f855a",
            "MENTIONS", "#d69e2e");

    enum Colouring {
        KIND("Kind"),
        COMMUNITY("Community (Louvain)"),
        HARM("Harm");

        final String label;

        Colouring(String label) {
            this.label = label;
        }
    }

    enum Sizing {
        NONE("Same size"),
        DEGREE("Degree"),
        BETWEENNESS("Betweenness"),
        PAGERANK("PageRank");

        final String label;

        Sizing(String label) {
            this.label = label;
        }
    }

    private final NetworkService networks;
    private final SubjectService subjects;
    private final AccessLog accessLog;
    private final HarmService harm;
    private final boolean mayAnalyse;

    private final TextField search = new TextField();
    private final Select<SubjectListItem> matches = new Select<>();
    private final Select<Integer> hops = new Select<>();
    private final Select<Integer> maxNodes = new Select<>();
    private final CheckboxGroup<LinkType> types = new CheckboxGroup<>("Link types");
    private final Select<String> minGrade = new Select<>();
    private final IntegerRangeSlider years;
    private final Span yearsLabel = new Span();
    private final Select<Colouring> colouring = new Select<>();
    private final Select<Sizing> sizing = new Select<>();
    private final ComboBox<Subnetwork.Node> pathFrom = new ComboBox<>("From");
    private final ComboBox<Subnetwork.Node> pathTo = new ComboBox<>("To");
    private final Span pathResult = new Span();
    private final Span status = new Span();
    private final Div legend = new Div();
    private final NetworkGraph graph = new NetworkGraph();
    private final ComboBox<Subnetwork.Node> find = new ComboBox<>("Find a node");
    private final VerticalLayout details = new VerticalLayout();

    private @Nullable String centre;
    private final Set<String> expanded = new LinkedHashSet<>();
    private final Map<String, Subnetwork.Node> nodes = new LinkedHashMap<>();
    private final Map<String, Subnetwork.Link> links = new LinkedHashMap<>();
    private boolean truncated;
    private long loadMs;
    /** Server layout of the shown network, kept while only colours, sizes or the path change. */
    private @Nullable Map<String, double[]> layout;

    private @Nullable String selected;
    private SubnetworkAnalysis.@Nullable Path path;
    private Subnetwork shown = new Subnetwork("", List.of(), List.of(), false);
    private Map<String, Integer> community = Map.of();
    private Map<String, Double> centrality = Map.of();
    private Map<String, Double> harmOf = Map.of();

    NetworkExplorerView(
            NetworkService networks,
            SubjectService subjects,
            AccessLog accessLog,
            HarmService harm,
            AuthenticationContext auth) {
        this.networks = networks;
        this.subjects = subjects;
        this.accessLog = accessLog;
        this.harm = harm;
        // Harm is for the analysis roles (decision 0306): the referral desk explores without it.
        this.mayAnalyse = Views.canAnalyse(auth);
        addClassName("network-explorer");
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        search.setPlaceholder("Name, alias or subject id");
        search.setId("explore-search");
        search.setWidth("14rem");
        search.setLabel("Start from a subject");
        search.addKeyPressListener(Key.ENTER, e -> PurposeGate.run(accessLog, this::find));
        Button go = new Button("Explore", e -> PurposeGate.run(accessLog, this::find));
        go.setId("explore-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        matches.setId("explore-matches");
        matches.setPlaceholder("Choose a subject");
        matches.setItemLabelGenerator(s -> s.surname().toUpperCase(Locale.ROOT) + ", " + s.forenames() + " (" + s.id()
                + (s.dob() == null ? "" : ", b. " + s.dob()) + ")");
        matches.setVisible(false);
        matches.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                start(e.getValue().id());
            }
        });

        hops.setLabel("Hops");
        hops.setItems(1, 2, 3, NetworkService.MAX_HOPS);
        hops.setValue(1);
        hops.setWidth("5rem");
        hops.setId("hops");
        maxNodes.setLabel("At most");
        maxNodes.setItems(MAX_NODE_CHOICES);
        maxNodes.setItemLabelGenerator(n -> String.format(Locale.UK, "%,d nodes", n));
        maxNodes.setValue(500);
        maxNodes.setWidth("8.5rem");
        maxNodes.setId("max-nodes");
        hops.addValueChangeListener(e -> reloadIfOpen(e.isFromClient()));
        maxNodes.addValueChangeListener(e -> reloadIfOpen(e.isFromClient()));

        types.setItems(LinkType.values());
        types.setItemLabelGenerator(t -> switch (t) {
            case ASSOCIATE_OF -> "associates";
            case MEMBER_OF -> "gangs/OCGs";
            case INVOLVED_IN -> "incidents";
            case USES -> "phones, vehicles, weapons";
            case LINKED_TO -> "locations";
            case MENTIONS -> "intelligence";
        });
        types.setValue(EnumSet.of(LinkType.ASSOCIATE_OF, LinkType.MEMBER_OF));
        types.setId("link-types");
        types.addValueChangeListener(e -> reloadIfOpen(e.isFromClient()));

        minGrade.setLabel("Intelligence graded at least");
        minGrade.setItems("any", "A", "B", "C", "D");
        minGrade.setItemLabelGenerator(g -> switch (g) {
            case "any" -> "any grade";
            case "A" -> "A / 1 (known true)";
            case "B" -> "B / 2 (known indirectly, corroborated)";
            case "C" -> "C / 3 (known indirectly)";
            default -> "D / 4 (not known)";
        });
        minGrade.setValue("any");
        minGrade.setId("min-grade");
        minGrade.setWidth("17rem");
        minGrade.addValueChangeListener(e -> redraw(null));

        int thisYear = LocalDate.now().getYear();
        years = new IntegerRangeSlider("Time window", FIRST_YEAR, thisYear);
        years.setValue(new IntegerRangeSliderValue(FIRST_YEAR, thisYear));
        years.setId("time-window");
        years.setWidth("16rem");
        yearsLabel.setId("time-window-label");
        yearsLabel.addClassName("summary");
        years.addValueChangeListener(e -> {
            showYears();
            reloadIfOpen(e.isFromClient());
        });
        showYears();

        colouring.setLabel("Colour by");
        colouring.setItems(mayAnalyse ? List.of(Colouring.values()) : List.of(Colouring.KIND, Colouring.COMMUNITY));
        colouring.setItemLabelGenerator(c -> c.label);
        colouring.setValue(Colouring.KIND);
        colouring.setId("colour-by");
        colouring.setWidth("12rem");
        colouring.addValueChangeListener(e -> redraw(null));
        sizing.setLabel("Size by");
        sizing.setItems(Sizing.values());
        sizing.setItemLabelGenerator(s -> s.label);
        sizing.setValue(Sizing.NONE);
        sizing.setId("size-by");
        sizing.setWidth("9rem");
        sizing.addValueChangeListener(e -> redraw(null));

        for (ComboBox<Subnetwork.Node> c : List.of(pathFrom, pathTo, find)) {
            c.setItemLabelGenerator(n -> n.label() + " (" + n.id() + ")");
            c.setWidthFull();
        }
        pathFrom.setId("path-from");
        pathTo.setId("path-to");
        Button showPath = new Button("Highlight path", e -> highlightPath());
        showPath.setId("path-show");
        Button clearPath = new Button("Clear", e -> {
            path = null;
            pathResult.setText("");
            redraw(null);
        });
        clearPath.setId("path-clear");
        clearPath.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pathResult.setId("path-result");
        pathResult.addClassName("summary");

        HorizontalLayout start = row(search, go, matches, hops, maxNodes, colouring, sizing);
        start.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout window = new HorizontalLayout(years, yearsLabel);
        window.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = row(types, minGrade, window);
        status.setId("network-status");
        status.addClassName("summary");
        legend.setId("colour-legend");
        legend.addClassName("network-legend");

        graph.setId("network-graph");
        graph.setHeightFull();
        graph.getStyle().set("min-width", "0");
        graph.addClassName("network-graph");
        graph.onSelect(this::select);
        graph.onExpand(this::expand);

        find.setId("find-node");
        find.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue().key());
                graph.focus(e.getValue().key());
            }
        });
        details.setId("node-details");
        details.setPadding(false);
        details.setSpacing(false);
        HorizontalLayout pathButtons = new HorizontalLayout(showPath, clearPath);
        VerticalLayout side = new VerticalLayout(
                new H3("Path between two people"), pathFrom, pathTo, pathButtons, pathResult, find, details);
        side.addClassName("network-side");
        side.setWidth("24rem");
        side.getStyle().set("flex-shrink", "0");
        side.setHeightFull();
        side.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(graph, side);
        body.setSizeFull();
        body.setFlexGrow(1, graph);
        add(start, filters, row(status, legend), body);
        setFlexGrow(1, body);
        details.add(
                new Paragraph("Search for a subject to start, or open one from a subject's record (Explore network)."));
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.END);
        row.setWidthFull();
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /**
     * Opens the network around {@code subjectId} if given. The query may set the starting filters, so a
     * view can be linked to: {@code hops}, {@code max} (nodes), {@code types} (comma-separated link
     * types), {@code from} and {@code to} (years); values out of range are ignored.
     */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String subjectId) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        first(query, "hops")
                .map(NetworkExplorerView::integer)
                .filter(h -> h != null && h >= 1 && h <= NetworkService.MAX_HOPS)
                .ifPresent(hops::setValue);
        first(query, "max")
                .map(NetworkExplorerView::integer)
                .filter(MAX_NODE_CHOICES::contains)
                .ifPresent(maxNodes::setValue);
        first(query, "types").ifPresent(t -> {
            Set<LinkType> chosen = EnumSet.noneOf(LinkType.class);
            for (String name : t.split(",")) {
                for (LinkType type : LinkType.values()) {
                    if (type.name().equalsIgnoreCase(name.strip())) {
                        chosen.add(type);
                    }
                }
            }
            if (!chosen.isEmpty()) {
                types.setValue(chosen);
            }
        });
        int thisYear = LocalDate.now().getYear();
        int start = first(query, "from")
                .map(NetworkExplorerView::integer)
                .filter(y -> y != null && y >= FIRST_YEAR && y <= thisYear)
                .orElse(FIRST_YEAR);
        int end = first(query, "to")
                .map(NetworkExplorerView::integer)
                .filter(y -> y != null && y >= start && y <= thisYear)
                .orElse(thisYear);
        years.setValue(new IntegerRangeSliderValue(start, end));
        if (subjectId != null && !subjectId.isBlank()) {
            PurposeGate.run(accessLog, () -> start(subjectId));
        }
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static @Nullable Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void find() {
        String text = search.getValue().strip();
        if (text.isEmpty()) {
            return;
        }
        List<SubjectListItem> found = subjects.search(new SubjectQuery(text, null), 0, 20);
        if (found.size() == 1) {
            matches.setVisible(false);
            start(found.getFirst().id());
        } else if (found.isEmpty()) {
            matches.setVisible(false);
            Notification.show("No subject matches " + text);
        } else {
            matches.setItems(found);
            matches.setVisible(true);
        }
    }

    private void start(String subjectId) {
        centre = subjectId;
        expanded.clear();
        selected = "Subject:" + subjectId;
        path = null;
        pathResult.setText("");
        reload();
    }

    private void reloadIfOpen(boolean fromClient) {
        if (fromClient && centre != null) {
            PurposeGate.run(accessLog, this::reload);
        }
    }

    /** Loads the network around the centre again, and every expansion made since, with the current filters. */
    private void reload() {
        if (centre == null) {
            return;
        }
        long started = System.nanoTime();
        nodes.clear();
        links.clear();
        Subnetwork around;
        try {
            around = networks.around(centre, hops.getValue(), types.getValue(), from(), to(), maxNodes.getValue());
        } catch (NotFoundException e) {
            details.removeAll();
            details.add(new H3("No such subject"), new Paragraph("There is no subject with id " + centre + "."));
            centre = null;
            return;
        }
        truncated = around.truncated();
        merge(around);
        for (String key : List.copyOf(expanded)) {
            try {
                merge(networks.expand(key, types.getValue(), from(), to(), maxNodes.getValue()));
            } catch (NotFoundException | BadRequestException e) {
                expanded.remove(key);
            }
        }
        loadMs = (System.nanoTime() - started) / 1_000_000;
        redraw(null);
    }

    private void expand(String key) {
        PurposeGate.run(accessLog, () -> {
            if (nodes.size() >= NetworkService.MAX_NODES) {
                Notification.show("The explorer shows at most " + NetworkService.MAX_NODES
                        + " nodes: filter the network or start from another subject.");
                return;
            }
            Subnetwork more = networks.expand(
                    key, types.getValue(), from(), to(), Math.min(NetworkService.MAX_NODES, maxNodes.getValue()));
            expanded.add(key);
            int before = nodes.size();
            merge(more);
            selected = key;
            redraw(key);
            Notification.show((nodes.size() - before) + " nodes added around " + label(key));
        });
    }

    private void merge(Subnetwork part) {
        for (Subnetwork.Node n : part.nodes()) {
            nodes.putIfAbsent(n.key(), n);
        }
        for (Subnetwork.Link l : part.links()) {
            links.putIfAbsent(l.id(), l);
        }
        truncated |= part.truncated();
    }

    private @Nullable LocalDate from() {
        IntegerRangeSliderValue v = years.getValue();
        return v.start() <= FIRST_YEAR ? null : LocalDate.of(v.start(), 1, 1);
    }

    private @Nullable LocalDate to() {
        IntegerRangeSliderValue v = years.getValue();
        return v.end() >= LocalDate.now().getYear() ? null : LocalDate.of(v.end(), 12, 31);
    }

    private void showYears() {
        IntegerRangeSliderValue v = years.getValue();
        yearsLabel.setText(
                from() == null && to() == null
                        ? "all time"
                        : "links valid and incidents during " + v.start() + "–" + v.end());
    }

    /**
     * The intelligence evaluation of a grade as a letter A–E: the letter of a 3x5x2 grade ("2B"), or the
     * digit of a 5x5x5 grade ("B2": 1 = A … 5 = E).
     */
    static @Nullable Character evaluation(@Nullable String grade) {
        if (grade == null || grade.length() != 2) {
            return null;
        }
        char second = grade.charAt(1);
        if (second >= 'A' && second <= 'E') {
            return second;
        }
        if (second >= '1' && second <= '5') {
            return (char) ('A' + (second - '1'));
        }
        return null;
    }

    /** The network as shown: links graded below the minimum are left out, then the nodes they alone held. */
    private Subnetwork filtered() {
        String min = minGrade.getValue();
        List<Subnetwork.Link> kept = new ArrayList<>();
        for (Subnetwork.Link l : links.values()) {
            Character e = evaluation(l.provenance().grade());
            if (min.equals("any") || e == null || e <= min.charAt(0)) {
                kept.add(l);
            }
        }
        Set<String> linked = new LinkedHashSet<>();
        String centreKey = "Subject:" + centre;
        linked.add(centreKey);
        linked.addAll(expanded);
        for (Subnetwork.Link l : kept) {
            linked.add(l.source());
            linked.add(l.target());
        }
        List<Subnetwork.Node> keptNodes =
                nodes.values().stream().filter(n -> linked.contains(n.key())).toList();
        return new Subnetwork(centreKey, keptNodes, kept, truncated);
    }

    private void redraw(@Nullable String anchor) {
        if (centre == null) {
            return;
        }
        long started = System.nanoTime();
        shown = filtered();
        SubnetworkAnalysis analysis = new SubnetworkAnalysis(shown);
        Partition<String> partition = null;
        if (colouring.getValue() == Colouring.COMMUNITY) {
            partition = analysis.communities();
            community = partition.membership();
        } else {
            community = Map.of();
        }
        centrality = switch (sizing.getValue()) {
            case NONE -> Map.of();
            case DEGREE -> analysis.centrality(SubnetworkAnalysis.Centrality.DEGREE);
            case BETWEENNESS -> analysis.centrality(SubnetworkAnalysis.Centrality.BETWEENNESS);
            case PAGERANK -> analysis.centrality(SubnetworkAnalysis.Centrality.PAGERANK);
        };
        if (path != null) {
            path = analysis.path(path.nodes().getFirst(), path.nodes().getLast());
            showPathResult();
        }
        harmOf = colouring.getValue() == Colouring.HARM ? harm.table().harm() : Map.of();
        double maxHarm = shown.nodes().stream()
                .filter(n -> n.kind().equals("Subject") && !n.victimOrWitnessOnly())
                .mapToDouble(n -> harmOf.getOrDefault(n.id(), 0.0))
                .max()
                .orElse(0);
        boolean serverLayout = shown.nodes().size() >= SERVER_LAYOUT_FROM;
        if (serverLayout && (layout == null || !layout.keySet().equals(keysOf(shown)))) {
            layout = analysis.layout(centre.hashCode());
        }
        Map<String, double[]> positions = serverLayout && layout != null ? layout : Map.of();
        Map<Integer, String> communityColours = communityColours(partition);
        double maxCentrality = centrality.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        Set<String> pathNodes = path == null ? Set.of() : Set.copyOf(path.nodes());
        Set<String> pathLinks = path == null ? Set.of() : Set.copyOf(path.links());
        double baseSize = shown.nodes().size() > 1_000 ? 10 : 18;

        List<NetworkGraph.DrawnNode> drawnNodes = new ArrayList<>(shown.nodes().size());
        for (Subnetwork.Node n : shown.nodes()) {
            List<String> classes = new ArrayList<>(List.of(n.kind()));
            boolean victim = n.victimOrWitnessOnly();
            if (victim) {
                classes.add("victim");
            }
            if (n.key().equals(shown.centre())) {
                classes.add("centre");
            }
            if (n.pastReview()) {
                classes.add("past-review");
            }
            if (path != null) {
                classes.add(pathNodes.contains(n.key()) ? "on-path" : "faded");
            }
            String colour = victim
                    ? VICTIM
                    : switch (colouring.getValue()) {
                        case KIND -> kindColour(n);
                        case COMMUNITY -> communityColours.getOrDefault(community.get(n.key()), OTHER_COMMUNITY);
                        case HARM -> harmColour(n, maxHarm);
                    };
            double size = baseSize;
            if (!victim && maxCentrality > 0) {
                size = baseSize * 0.6 + baseSize * 2.4 * centrality.getOrDefault(n.key(), 0.0) / maxCentrality;
            }
            double[] p = positions.get(n.key());
            drawnNodes.add(new NetworkGraph.DrawnNode(
                    n.key(),
                    n.label() + (victim ? " (victim/witness)" : ""),
                    String.join(" ", classes),
                    colour,
                    size,
                    p == null ? null : p[0],
                    p == null ? null : p[1]));
        }
        List<NetworkGraph.DrawnLink> drawnLinks = new ArrayList<>(shown.links().size());
        for (Subnetwork.Link l : shown.links()) {
            List<String> classes = new ArrayList<>(List.of(l.type()));
            if ("ASSESSMENT".equals(l.provenance().basis())) {
                classes.add("assessment");
            }
            if (path != null) {
                classes.add(pathLinks.contains(l.id()) ? "on-path" : "faded");
            }
            drawnLinks.add(new NetworkGraph.DrawnLink(
                    l.id(),
                    l.source(),
                    l.target(),
                    String.join(" ", classes),
                    LINK_COLOURS.getOrDefault(l.type(), "#a0aec0")));
        }
        graph.draw(drawnNodes, drawnLinks, serverLayout, anchor, selected);

        List<Subnetwork.Node> people = shown.nodes().stream()
                .filter(n -> n.kind().equals("Subject"))
                .sorted(Comparator.comparing(Subnetwork.Node::label))
                .toList();
        // Keep the chosen people (setItems clears a combo box) while they are still shown.
        for (ComboBox<Subnetwork.Node> c : List.of(pathFrom, pathTo)) {
            Subnetwork.Node chosen = c.getValue();
            c.setItems(people);
            if (chosen != null) {
                people.stream()
                        .filter(p -> p.key().equals(chosen.key()))
                        .findFirst()
                        .ifPresent(c::setValue);
            }
        }
        find.setItems(shown.nodes().stream()
                .sorted(Comparator.comparing(Subnetwork.Node::label))
                .toList());
        long ms = (System.nanoTime() - started) / 1_000_000;
        status.setText(String.format(
                Locale.UK,
                "%,d nodes and %,d links shown%s%s · layout %s · loaded in %,d ms, measured and laid out in %,d ms",
                shown.nodes().size(),
                shown.links().size(),
                shown.nodes().size() < nodes.size()
                        ? String.format(
                                Locale.UK,
                                " (%,d hidden by the grade filter)",
                                nodes.size() - shown.nodes().size())
                        : "",
                truncated ? " · stopped at the node limit" : "",
                serverLayout ? "on the server" : "in the browser",
                loadMs,
                ms));
        showLegend(partition, communityColours);
        showDetails();
    }

    /**
     * People by their harm on a logarithmic scale from light to dark red (the most harmful shown is
     * darkest); no harm is grey, and so is everything that is not a person.
     */
    private String harmColour(Subnetwork.Node n, double maxHarm) {
        double h = n.kind().equals("Subject") ? harmOf.getOrDefault(n.id(), 0.0) : 0;
        if (h <= 0 || maxHarm <= 0) {
            return n.kind().equals("Subject") ? "#e2e8f0" : "#cbd5e0";
        }
        double t = Math.log1p(h) / Math.log1p(maxHarm);
        int[] light = {0xfe, 0xd7, 0xd7};
        int[] dark = {0x74, 0x2a, 0x2a};
        StringBuilder colour = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            colour.append(String.format("%02x", (int) Math.round(light[i] + t * (dark[i] - light[i]))));
        }
        return colour.toString();
    }

    private static Set<String> keysOf(Subnetwork network) {
        Set<String> keys = new java.util.HashSet<>();
        network.nodes().forEach(n -> keys.add(n.key()));
        return keys;
    }

    private static String kindColour(Subnetwork.Node n) {
        if (n.kind().equals("Subject")) {
            return n.offenderIncidents() > 0 ? "#9b2c2c" : "#4a5568";
        }
        return KIND_COLOURS.getOrDefault(n.kind(), "#a0aec0");
    }

    /** The largest communities get the palette's colours, in order of size; the rest share grey. */
    private static Map<Integer, String> communityColours(@Nullable Partition<String> partition) {
        Map<Integer, String> colours = new HashMap<>();
        if (partition == null) {
            return colours;
        }
        List<Integer> bySize = new ArrayList<>();
        for (int c = 0; c < partition.communities().size(); c++) {
            bySize.add(c);
        }
        bySize.sort(Comparator.comparingInt(
                        (Integer c) -> partition.communities().get(c).size())
                .reversed()
                .thenComparing(c -> c));
        for (int i = 0; i < Math.min(PALETTE.size(), bySize.size()); i++) {
            colours.put(bySize.get(i), PALETTE.get(i));
        }
        return colours;
    }

    private void showLegend(@Nullable Partition<String> partition, Map<Integer, String> communityColours) {
        legend.removeAll();
        if (partition != null) {
            legend.add(new Span(String.format(
                    Locale.UK,
                    "%d communities, modularity %.3f",
                    partition.communities().size(),
                    partition.modularity())));
            legend.getElement()
                    .setAttribute(
                            "communities",
                            String.valueOf(partition.communities().size()));
            communityColours.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.comparingInt(PALETTE::indexOf)))
                    .forEach(e -> legend.add(swatch(
                            e.getValue(),
                            partition.communities().get(e.getKey()).size() + " nodes")));
            if (partition.communities().size() > PALETTE.size()) {
                legend.add(swatch(OTHER_COMMUNITY, "smaller communities"));
            }
        } else if (colouring.getValue() == Colouring.HARM) {
            legend.getElement().removeAttribute("communities");
            legend.add(
                    swatch("#fed7d7", "some harm"),
                    swatch("#742a2a", "most harm shown (log scale)"),
                    swatch("#e2e8f0", "no harm"));
        } else {
            legend.getElement().removeAttribute("communities");
            legend.add(swatch("#9b2c2c", "recorded as offender/suspect"), swatch("#4a5568", "other person"));
            KIND_COLOURS.entrySet().stream()
                    .filter(e -> !e.getKey().equals("Vehicle") && !e.getKey().equals("Weapon"))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> legend.add(
                            swatch(e.getValue(), e.getKey().equals("Phone") ? "phone/vehicle/weapon" : e.getKey())));
        }
        legend.add(swatch(VICTIM, "victim/witness only (never scored)"));
        if (sizing.getValue() != Sizing.NONE) {
            legend.add(new Span("size: " + sizing.getValue().label + " in the shown network"));
        }
    }

    private static Span swatch(String colour, String text) {
        Span dot = new Span();
        dot.addClassName("swatch");
        dot.getStyle().set("background", colour);
        Span s = new Span(dot, new Span(text));
        s.addClassName("legend-item");
        return s;
    }

    private void select(String key) {
        selected = key;
        showDetails();
    }

    private String label(String key) {
        Subnetwork.Node n = nodes.get(key);
        return n == null ? key : n.label();
    }

    private void showDetails() {
        details.removeAll();
        Subnetwork.Node n = selected == null ? null : nodes.get(selected);
        if (n == null) {
            details.add(new Paragraph("Click a node to see it here; double-click to expand it."));
            return;
        }
        H3 heading = new H3(n.label());
        heading.setId("node-label");
        details.add(heading);
        Div facts = new Div();
        facts.addClassName("node-facts");
        facts.add(new Span(n.kind() + " " + n.id() + (n.detail() == null ? "" : " · " + n.detail())));
        details.add(facts);
        if (n.victimOrWitnessOnly()) {
            details.add(badge("recorded only as victim or witness: shown, never scored", "badge victim"));
        } else if (n.kind().equals("Subject") && n.offenderIncidents() > 0) {
            details.add(badge(n.offenderIncidents() + " incidents as offender/suspect", "badge offender"));
        }
        if (n.victimOrWitnessIncidents() > 0 && !n.victimOrWitnessOnly()) {
            details.add(badge(n.victimOrWitnessIncidents() + " as victim/witness", "badge victim"));
        }
        if (n.pastReview()) {
            details.add(badge("past its MoPI review date", "badge warning"));
        }
        if (colouring.getValue() == Colouring.HARM && n.kind().equals("Subject") && !n.victimOrWitnessOnly()) {
            Span h = new Span(String.format(
                    Locale.UK, "Harm %,.0f (its explanation is in Rankings)", harmOf.getOrDefault(n.id(), 0.0)));
            h.setId("node-harm");
            details.add(h);
        }
        Integer c = community.get(n.key());
        if (c != null) {
            details.add(new Span("Community " + (c + 1)));
        }
        if (!centrality.isEmpty() && !n.victimOrWitnessOnly()) {
            details.add(new Span(String.format(
                    Locale.UK,
                    "%s in the shown network: %.4f",
                    sizing.getValue().label,
                    centrality.getOrDefault(n.key(), 0.0))));
        }
        Button expandButton = new Button("Expand", e -> expand(n.key()));
        expandButton.setId("expand-node");
        HorizontalLayout actions = new HorizontalLayout(expandButton);
        if (n.kind().equals("Subject")) {
            Button record = new Button(
                    "Open record", e -> getUI().ifPresent(ui -> ui.navigate(SubjectDetailsView.class, n.id())));
            Button from = new Button("Path from here", e -> pathFrom.setValue(n));
            Button to = new Button("Path to here", e -> pathTo.setValue(n));
            from.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            to.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(record, from, to);
        }
        actions.getStyle().set("flex-wrap", "wrap");
        details.add(actions);
        List<Subnetwork.Link> own = shown.links().stream()
                .filter(l -> l.source().equals(n.key()) || l.target().equals(n.key()))
                .toList();
        details.add(new H3("Links shown (" + own.size() + ")"));
        Div list = new Div();
        list.setId("node-links");
        list.addClassName("node-links");
        for (Subnetwork.Link l : own) {
            String other = l.source().equals(n.key()) ? l.target() : l.source();
            Div item = new Div();
            item.addClassName("node-link");
            Span what = new Span(l.type() + " " + (l.source().equals(n.key()) ? "→ " : "← ") + label(other));
            what.addClassName("link-what");
            item.add(what);
            if (!l.attributes().isEmpty()) {
                item.add(new Div(new Span(attributes(l.attributes()))));
            }
            if (l.provenance().grade() != null) {
                Span grade = new Span("grade " + l.provenance().gradeScheme() + " "
                        + l.provenance().grade() + "/" + l.provenance().handling());
                grade.addClassName("link-grade");
                item.add(new Div(grade));
            }
            Span provenance = new Span(Views.provenance(l.provenance()));
            provenance.addClassName("link-provenance");
            item.add(new Div(provenance));
            list.add(item);
        }
        details.add(list);
    }

    private static String attributes(Map<String, Object> attributes) {
        List<String> parts = new ArrayList<>();
        attributes.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(" · ", parts);
    }

    private static Span badge(String text, String classes) {
        Span s = new Span(text);
        s.setClassName(classes);
        return s;
    }

    private void highlightPath() {
        Subnetwork.Node a = pathFrom.getValue();
        Subnetwork.Node b = pathTo.getValue();
        if (a == null || b == null) {
            pathResult.setText("Choose two people first.");
            return;
        }
        path = new SubnetworkAnalysis(shown).path(a.key(), b.key());
        if (path == null) {
            pathResult.setText("No path between them in the shown network: expand nodes or widen the filters.");
            return;
        }
        redraw(null);
    }

    private void showPathResult() {
        if (path == null) {
            pathResult.setText("No path between them in the shown network.");
            return;
        }
        pathResult.setText(String.format(
                Locale.UK,
                "Path of %d steps (length %.2f, strong ties are short): %s",
                path.nodes().size() - 1,
                path.length(),
                String.join(" → ", path.nodes().stream().map(this::label).toList())));
    }
}
