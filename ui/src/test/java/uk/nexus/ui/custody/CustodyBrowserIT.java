package uk.nexus.ui.custody;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.alert.AlertService;
import uk.nexus.resolution.IdentityClaim;
import uk.nexus.resolution.IdentityResolver;
import uk.nexus.resolution.MatchCandidate;
import uk.nexus.ui.BrowserIT;

/**
 * Issue 6's "done when": a custody event for an alias of a known high-harm subject of the demo force
 * resolves to that subject and raises an alert, which the alerts inbox shows and a user triages.
 */
class CustodyBrowserIT extends BrowserIT {

    @Autowired
    Driver driver;

    @Autowired
    AlertService alerts;

    @Autowired
    IdentityResolver resolver;

    record Alias(String subjectId, String forenames, String surname, LocalDate dob) {}

    /** An alias (not the recorded name) of a high-harm subject that resolves to that subject alone. */
    private Alias aliasOfAHighHarmSubject() {
        List<Record> rows = driver.executableQuery("""
                        MATCH (s:Subject)-[:HAS_ALIAS]->(a:Alias)
                        WHERE NOT coalesce(s.reviewDate < date(), false) AND coalesce(a.dob, s.dob) IS NOT NULL
                          AND (toUpper(a.surname) <> toUpper(s.surname) OR toUpper(a.forenames) <> toUpper(s.forenames))
                        RETURN s.id AS id, a.forenames AS forenames, a.surname AS surname, coalesce(a.dob, s.dob) AS dob
                        ORDER BY s.id
                        """).execute().records();
        for (Record r : rows) {
            Alias alias = new Alias(
                    r.get("id").asString(),
                    r.get("forenames").asString(),
                    r.get("surname").asString(),
                    r.get("dob").asLocalDate());
            if (!alerts.highHarm(alias.subjectId()).high()) {
                continue;
            }
            List<MatchCandidate> found = resolver.candidates(
                    new IdentityClaim(
                            alias.forenames(),
                            alias.surname(),
                            List.of(),
                            alias.dob(),
                            null,
                            null,
                            null,
                            List.of(),
                            null),
                    5);
            if (found.size() == 1 && found.getFirst().subjectId().equals(alias.subjectId())) {
                return alias;
            }
        }
        throw new AssertionError(
                "the demo force has no alias of a high-harm subject among " + rows.size() + " aliases");
    }

    @Test
    void an_alias_of_a_high_harm_subject_resolves_to_it_and_the_alert_is_triaged_in_the_inbox() {
        Alias alias = aliasOfAHighHarmSubject();

        signIn("analyst", "demo-analyst");
        page.navigate(url("/custody"));
        page.locator("#custody-forenames input").fill(alias.forenames());
        page.locator("#custody-surname input").fill(alias.surname());
        page.locator("#custody-dob input").fill(alias.dob().toString());
        page.locator("#custody-suite input").fill("Northgate custody suite");
        page.locator("#custody-offence input").fill("THEFT");
        page.locator("#custody-officer input").fill("PC 4711");
        page.locator("#custody-circumstances textarea")
                .fill("Detained for shoplifting; gave the name " + alias.surname());
        page.locator("#custody-submit").click();
        givePurpose("Custody triage at Northgate: detainee booked in");

        // Intake resolves, writes, recomputes harm and raises alerts in one round trip: allow a loaded machine.
        assertThat(page.locator("#custody-subject"))
                .containsText(alias.subjectId(), new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        assertThat(page.locator("#custody-identity")).containsText("MATCH");
        assertThat(page.locator("#custody-high-harm")).containsText("HIGH HARM");
        assertThat(page.locator("#custody-alerts")).containsText("HIGH_HARM_IN_CUSTODY");
        assertThat(page.locator(".harm-summary").first()).isVisible();

        page.navigate(url("/alerts"));
        Locator row = page.locator("#alert-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("(" + alias.subjectId() + ")"))
                .first();
        assertThat(row).isVisible();
        assertThat(page.locator("#nav-alerts")).containsText("new");
        page.locator("#alert-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("HIGH_HARM_IN_CUSTODY"))
                .first()
                .click();
        assertThat(page.locator("#triage-chosen")).containsText("Alert AL-");
        page.locator("#triage-reason input").fill("Custody sergeant and the gang unit told");
        page.locator("#triage-confirm").click();
        // The inbox shows NEW alerts: the confirmed one leaves it. (Vaadin keeps hidden cells of old rows in
        // the page, so the record is read from the database.)
        assertThat(page.locator("#triage-chosen")).hasText("Choose an alert to triage it");
        long confirmed = 0;
        for (int attempt = 0; attempt < 40 && confirmed == 0; attempt++) {
            page.waitForTimeout(250);
            confirmed = driver.executableQuery("""
                            MATCH (a:Alert {kind: 'HIGH_HARM_IN_CUSTODY', state: 'CONFIRMED', triagedBy: 'analyst'})
                                  -[:ABOUT]->(:Subject {id: $id})
                            WHERE a.reason = 'Custody sergeant and the gang unit told'
                            RETURN count(a) AS n
                            """)
                    .withParameters(java.util.Map.of("id", alias.subjectId()))
                    .execute()
                    .records()
                    .getFirst()
                    .get("n")
                    .asLong();
        }
        assertThat(confirmed).isEqualTo(1);
    }
}
