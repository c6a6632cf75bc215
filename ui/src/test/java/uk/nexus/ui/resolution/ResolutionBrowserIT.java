package uk.nexus.ui.resolution;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.ui.BrowserIT;

/**
 * The duplicate review queue in a browser: a second record of a demo offender (surname misspelt, same
 * date of birth and PNC id) is found by a scan, shown side by side with the evidence, and merged.
 */
class ResolutionBrowserIT extends BrowserIT {

    private static final String DUPLICATE = "S999001";

    @Autowired
    Driver driver;

    @AfterEach
    void removeTheDuplicate() {
        driver.executableQuery("""
                        MATCH (d:Subject {id: $id}) DETACH DELETE d
                        WITH 1 AS done
                        MATCH (p:ResolutionPair) OPTIONAL MATCH (p)-[:DECIDED]->(x) DETACH DELETE p, x
                        """).withParameters(Map.of("id", DUPLICATE)).execute();
    }

    @Test
    void an_analyst_scans_reviews_a_pair_side_by_side_and_merges_it() {
        Record original = driver.executableQuery("""
                        MATCH (s:Subject) WHERE s.pncId IS NOT NULL AND s.dob IS NOT NULL AND size(s.surname) > 4
                          AND COUNT { (s)-[:INVOLVED_IN]->() } > 0
                        RETURN s.id AS id, s.surname AS surname, s.forenames AS forenames, s.dob AS dob,
                               s.pncId AS pnc, s.gender AS gender
                        ORDER BY s.id LIMIT 1
                        """).execute().records().getFirst();
        String surname = original.get("surname").asString();
        driver.executableQuery("""
                        CREATE (:Subject {id: $id, surname: $surname, forenames: $forenames, dob: $dob, pncId: $pnc,
                                          gender: $gender, source: 'CUSTODY-E2E', recordedAt: datetime()})
                        """)
                .withParameters(Map.of(
                        "id", DUPLICATE,
                        "surname", surname.substring(0, 2) + surname.substring(3),
                        "forenames", original.get("forenames").asString(),
                        "dob", original.get("dob").asLocalDate(),
                        "pnc", original.get("pnc").asString(),
                        "gender", original.get("gender").asString("")))
                .execute();
        String id = original.get("id").asString();

        signIn("analyst", "demo-analyst");
        page.navigate(url("/resolution"));
        givePurpose("Browser test: duplicate review");
        page.locator("#resolution-scan").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Compared")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(90_000));

        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(DUPLICATE))
                .first()
                .click();
        assertThat(page.locator("#resolution-reasons")).containsText("PNC id matches");
        assertThat(page.locator("#resolution-reasons")).containsText("date of birth matches");
        assertThat(page.locator(".resolution-side")).hasCount(2);

        page.locator("#resolution-reason input").fill("Same PNC id and date of birth; custody photo matches");
        page.locator("#resolution-same").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("merged into " + id)))
                .isVisible();
        assertThat(driver.executableQuery(
                                "MATCH (:Subject {id: $d})-[m:MERGED_INTO {by: 'analyst'}]->(:Subject {id: $id}) RETURN count(m) AS n")
                        .withParameters(Map.of("d", DUPLICATE, "id", id))
                        .execute()
                        .records()
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(1);

        page.navigate(url("/subjects/" + DUPLICATE));
        assertThat(page.locator("#merged-into")).containsText(id);
    }
}
