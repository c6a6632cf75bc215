package uk.nexus.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart rendered in the browser by Chart.js from a configuration built here: bar, line or doughnut
 * charts with labelled series, and an optional target line. The element reports the number of points
 * it drew in its {@code rendered} attribute (tests read it).
 */
@Tag("nexus-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./nexus-chart.js")
public class NexusChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PALETTE = List.of(
            "#1f4e79", "#c0504d", "#9bbb59", "#8064a2", "#4bacc6", "#f79646", "#2c7873", "#7f6000", "#d99694",
            "#95b3d7", "#b3a2c7", "#76923c", "#e36c09", "#31859b");

    private final String type;
    private final List<String> labels = new ArrayList<>();
    private final List<Map<String, Object>> datasets = new ArrayList<>();
    private final Map<String, Object> options = new LinkedHashMap<>();

    /** @param type bar, line or doughnut */
    public NexusChart(String type, String description) {
        this.type = type;
        getElement().setAttribute("aria-label", description);
        setWidthFull();
        setHeight("18rem");
    }

    public NexusChart labels(List<String> values) {
        labels.clear();
        labels.addAll(values);
        return this;
    }

    /** Adds a series; doughnuts colour each point, other charts each series. */
    public NexusChart series(String name, List<? extends Number> values) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", name);
        d.put("data", values);
        if (type.equals("doughnut")) {
            d.put("backgroundColor", PALETTE.subList(0, Math.min(values.size(), PALETTE.size())));
        } else {
            d.put("backgroundColor", PALETTE.get(datasets.size() % PALETTE.size()));
            d.put("borderColor", PALETTE.get(datasets.size() % PALETTE.size()));
        }
        datasets.add(d);
        return this;
    }

    /** Adds a dashed horizontal line at {@code target} (a line series drawn over a bar chart). */
    public NexusChart target(String name, Number target) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", name);
        d.put("type", "line");
        d.put("data", labels.stream().map(l -> target).toList());
        d.put("borderColor", "#c00000");
        d.put("borderDash", List.of(6, 4));
        d.put("pointRadius", 0);
        d.put("fill", false);
        datasets.add(d);
        return this;
    }

    public NexusChart stacked() {
        options.put("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)));
        return this;
    }

    public NexusChart horizontal() {
        options.put("indexAxis", "y");
        return this;
    }

    /** Sends the configuration to the browser. */
    public NexusChart draw() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        Map<String, Object> opts = new LinkedHashMap<>(options);
        opts.put("plugins", Map.of("legend", Map.of("position", type.equals("doughnut") ? "right" : "top")));
        config.put("options", opts);
        getElement().setProperty("config", JSON.writeValueAsString(config));
        return this;
    }
}
