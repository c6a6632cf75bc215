package uk.nexus.ui.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.ui.BrowserIT;

class NetworkExplorerBrowserIT extends BrowserIT {

    @Autowired
    Driver driver;

    private Locator graph() {
        return page.locator("#network-graph");
    }

    private int rendered() {
        return Integer.parseInt(graph().getAttribute("rendered-nodes"));
    }

    /** Waits until the graph reports a number of drawn nodes that satisfies the condition. */
    private void waitForNodes(String condition) {
        page.waitForFunction(
                "() => { const g = document.querySelector('#network-graph');"
                        + " const n = g && g.getAttribute('rendered-nodes'); return n !== null && (" + condition
                        + "); }",
                null,
                new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(60_000));
    }

    private boolean drawn(String key) {
        return (Boolean) page.evaluate("k => document.querySelector('#network-graph').nodePosition(k) !== null", key);
    }

    private void doubleClick(String key) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>)
                page.evaluate("k => document.querySelector('#network-graph').nodePosition(k)", key);
        double x = ((Number) p.get("x")).doubleValue();
        double y = ((Number) p.get("y")).doubleValue();
        page.mouse().dblclick(x, y);
    }

    private void choose(String comboId, String text) {
        page.locator("#" + comboId + " input").click();
        page.locator("#" + comboId + " input").fill(text);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    private void select(String selectId, String text) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    /**
     * A gang member with an associate, both offenders, where the associate has associates of their own
     * that the member does not: expanding the associate adds nodes, and the path from the member to such
     * an associate of the associate takes two steps.
     */
    private Record demoTriple() {
        return driver.executableQuery("""
                        MATCH (a:Subject)-[:MEMBER_OF]->(g:Gang)
                        MATCH (a)-[:ASSOCIATE_OF]-(b:Subject)-[:ASSOCIATE_OF]-(c:Subject)
                        WHERE c <> a AND NOT (a)-[:ASSOCIATE_OF]-(c)
                          AND NOT (c)-[:MEMBER_OF]->(g) AND NOT (c)-[:MEMBER_OF]->()<-[:MEMBER_OF]-(a)
                        RETURN a.id AS a, b.id AS b, c.id AS c, c.surname AS cSurname, g.id AS gang
                        ORDER BY a.id, b.id, c.id LIMIT 1
                        """).execute().records().getFirst();
    }

    @Test
    void an_analyst_explores_expands_filters_colours_and_finds_a_path() {
        Record t = demoTriple();
        String a = t.get("a").asString();
        String b = t.get("b").asString();
        String c = t.get("c").asString();
        String gang = "Gang:" + t.get("gang").asString();
        signIn("analyst", "demo-analyst");
        page.navigate(url("/subjects/" + a));
        givePurpose("Op Alder: network of a gang member (browser test)");
        page.locator("#explore-network").click();
        page.waitForURL(u -> u.contains("/network/" + a));
        waitForNodes("Number(n) > 1");
        assertThat(graph()).hasAttribute("layout", "client");
        assertThat(drawn("Subject:" + a)).isTrue();
        assertThat(drawn("Subject:" + b)).isTrue();
        assertThat(drawn(gang)).isTrue();
        assertThat(drawn("Subject:" + c)).isFalse();

        // Expand the associate by double-clicking it: their own associates come in, c among them.
        int before = rendered();
        doubleClick("Subject:" + b);
        waitForNodes("Number(n) > " + before);
        assertThat(drawn("Subject:" + c)).isTrue();
        assertThat(page.locator("#node-label")).isVisible();
        assertThat(page.locator("#node-links")).containsText("ASSOCIATE_OF");
        assertThat(page.locator("#node-links .link-provenance").first()).not().isEmpty();

        // Link type filter: without gang membership the gang node goes.
        int withGangs = rendered();
        page.locator("#link-types vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("gangs/OCGs"))
                .click();
        waitForNodes("Number(n) < " + withGangs);
        assertThat(drawn(gang)).isFalse();
        assertThat(drawn("Subject:" + c)).isTrue();

        // Time window: the slider's first thumb moved to the last year leaves at most what was there.
        int allTime = rendered();
        Locator startThumb = page.locator("#time-window input").first();
        startThumb.focus();
        page.keyboard().press("End");
        assertThat(page.locator("#time-window-label")).containsText("links valid and incidents during");
        waitForNodes("Number(n) <= " + allTime);
        assertThat(page.locator("#network-status")).containsText("nodes and");
        page.locator("#time-window input").first().focus();
        page.keyboard().press("Home");
        assertThat(page.locator("#time-window-label")).hasText("all time");
        waitForNodes("Number(n) === " + allTime);

        // Colour by Louvain community on the shown network.
        select("colour-by", "Community");
        assertThat(page.locator("#colour-legend")).containsText("modularity");
        assertThat(Integer.parseInt(page.locator("#colour-legend").getAttribute("communities")))
                .isGreaterThanOrEqualTo(1);

        // Size by betweenness, then the path from a to c: two steps through b.
        select("size-by", "Betweenness");
        choose("path-from", a);
        choose("path-to", c);
        page.locator("#path-show").click();
        assertThat(page.locator("#path-result")).containsText("Path of 2 steps");
        page.waitForFunction("() => Number(document.querySelector('#network-graph').getAttribute('path-links')) >= 2");
        page.waitForTimeout(300);
    }

    @Test
    void a_five_thousand_node_network_is_laid_out_on_the_server_and_drawn() {
        String busiest = driver.executableQuery("""
                        MATCH (s:Subject)-[r:INVOLVED_IN]->()
                        RETURN s.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1
                        """)
                .execute()
                .records()
                .getFirst()
                .get("id")
                .asString();
        signIn("detective", "demo-detective");
        page.navigate(url("/subjects/" + busiest));
        givePurpose("Op Birch: the wider network of a prolific offender (browser test)");
        page.locator("#subject-name").waitFor();
        long started = System.nanoTime();
        page.navigate(url(
                "/network/" + busiest + "?hops=4&max=5000&types=ASSOCIATE_OF,MEMBER_OF,INVOLVED_IN,USES,LINKED_TO"));
        page.locator("#network-graph[layout='server']")
                .waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.ATTACHED)
                        .setTimeout(90_000));
        long ms = (System.nanoTime() - started) / 1_000_000;
        int nodes = rendered();
        assertThat(nodes).isEqualTo(5_000);
        assertThat(page.locator("#network-status")).containsText("5,000 nodes");
        assertThat(page.locator("#network-status")).containsText("layout on the server");
        assertThat(ms).as("opening and drawing 5,000 nodes, ms").isLessThan(60_000);
        System.out.printf(
                "5,000-node network: opened and drawn in %,d ms; browser render %s ms%n",
                ms, graph().getAttribute("render-ms"));
        // Still usable: find a node, select it, read its links.
        choose("find-node", busiest);
        assertThat(page.locator("#node-label")).isVisible();
        assertThat(page.locator("#node-links .node-link").first()).isVisible();
    }
}
