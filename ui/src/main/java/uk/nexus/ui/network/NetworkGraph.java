package uk.nexus.ui.network;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network drawn in the browser by Cytoscape.js. Everything that is decided about the picture —
 * colours, sizes, classes, and for large networks the positions — is decided on the server; the
 * browser draws (physics off when positions are given) and reports clicks: a tap selects a node, a
 * double tap asks to expand it. The element reports what it drew in its {@code rendered-nodes},
 * {@code rendered-links}, {@code layout} and {@code render-ms} attributes (tests read them).
 */
@Tag("nexus-network")
@NpmPackage(value = "cytoscape", version = "3.35.0")
@JsModule("./nexus-network.js")
class NetworkGraph extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param id the node's key
     * @param classes kind and state classes (Subject, victim, centre, on-path, faded…)
     * @param x position when the server lays out, else null
     * @param y position when the server lays out, else null
     */
    record DrawnNode(
            String id,
            String label,
            String classes,
            String color,
            double size,
            @Nullable Double x,
            @Nullable Double y) {}

    record DrawnLink(String id, String source, String target, String classes, String color) {}

    NetworkGraph() {
        getElement().setAttribute("aria-label", "Network");
        getStyle().set("display", "block");
    }

    /**
     * Draws a network.
     *
     * @param serverLayout whether the nodes carry positions (no layout in the browser)
     * @param anchor key of the node just expanded: new nodes start around it
     * @param selected key of the node to show as selected
     */
    void draw(
            List<DrawnNode> nodes,
            List<DrawnLink> links,
            boolean serverLayout,
            @Nullable String anchor,
            @Nullable String selected) {
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("nodes", nodes);
        graph.put("links", links);
        graph.put("serverLayout", serverLayout);
        graph.put("anchor", anchor);
        graph.put("selected", selected);
        getElement().setProperty("graph", JSON.writeValueAsString(graph));
    }

    /** Centres the drawing on a node and selects it. */
    void focus(String key) {
        getElement().callJsFunction("focusNode", key);
    }

    Registration onSelect(Consumer<String> listener) {
        return getElement()
                .addEventListener(
                        "node-selected",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
    }

    Registration onExpand(Consumer<String> listener) {
        return getElement()
                .addEventListener(
                        "node-expand",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
    }
}
