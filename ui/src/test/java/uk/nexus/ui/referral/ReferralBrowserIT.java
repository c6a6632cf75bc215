package uk.nexus.ui.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.ui.BrowserIT;

class ReferralBrowserIT extends BrowserIT {

    @Autowired
    Driver driver;

    @Test
    void launch_approve_accept_and_record_an_outcome_across_three_roles() throws Exception {
        String subject = driver.executableQuery("""
                        MATCH (s:Subject)-[:INVOLVED_IN {category: 'OFFENDER'}]->(i:Incident)
                        WHERE NOT coalesce(s.reviewDate < date(), false) AND NOT coalesce(i.reviewDate < date(), false)
                          AND size(s.nationalities) > 0 AND NOT 'GBR' IN s.nationalities
                          AND s.immigrationStatus IS NOT NULL AND s.immigrationStatus <> 'BRITISH_CITIZEN'
                          AND NOT EXISTS { (:Referral)-[:CONCERNS]->(s) }
                        RETURN s.id AS id ORDER BY s.id LIMIT 1
                        """)
                .execute()
                .records()
                .getFirst()
                .get("id")
                .asString();

        signIn("analyst", "demo-analyst");
        page.navigate(url("/subjects/" + subject));
        givePurpose("Op Kestrel: custody referral of a foreign national offender");
        page.locator("#refer").click();
        page.waitForURL(u -> u.contains("/referrals/new/"));
        assertThat(page.locator("#harm-now .harm-summary")).containsText("Harm ");
        assertThat(page.locator("#harm-now vaadin-grid")).isVisible();
        assertThat(page.locator("#justification textarea"))
                .hasValue(java.util.regex.Pattern.compile(".*Harm score [0-9,]+ from [1-9].*"));
        page.locator("#originator input").click();
        page.locator("#originator input").fill("TP Custody");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("TP Custody"))
                .first()
                .click();
        page.locator("#justification textarea")
                .fill(page.locator("#justification textarea").inputValue()
                        + "Arrested for supplying class A; gang member; overseas record requested from ACRO.");
        page.locator("#save-draft").click();
        page.waitForURL(u -> u.matches(".*/referrals/REF-.*"));
        String referral = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator("#referral-state")).hasText("draft");
        assertThat(page.locator("#harm-when-referred .harm-summary")).containsText("offence record(s)");
        page.locator("#action-submit").click();
        assertThat(page.locator("#referral-state")).hasText("submitted");
        assertThat(page.locator("#action-approve")).hasCount(0);

        switchUser("supervisor", "demo-supervisor");
        page.navigate(url("/referrals"));
        page.locator("#referral-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(referral))
                .first()
                .click();
        page.locator("#action-approve").click();
        assertThat(page.locator("#referral-state")).hasText("approved");

        switchUser("referrals", "demo-referrals");
        page.navigate(url("/referrals/" + referral));
        page.locator("#action-accept").click();
        assertThat(page.locator("#referral-state")).hasText("accepted");
        page.locator("#action-record-outcome").click();
        page.locator("#outcome input").click();
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Immigration detention"))
                .first()
                .click();
        page.locator("#reason textarea").fill("Detained under immigration powers pending removal.");
        page.locator("#confirm").click();
        assertThat(page.locator("vaadin-grid#history vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("record outcome")))
                .hasCount(1);
        assertThat(page.locator(".identity")).containsText("Immigration detention");

        page.navigate(url("/tracker"));
        assertThat(page.locator("#tracker-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(referral)))
                .hasCount(1);
        assertThat(page.locator("#tracker-grid vaadin-grid-sorter, #tracker-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Harm today")))
                .hasCount(1);
    }

    @Test
    void the_dashboard_draws_every_chart_in_the_browser() throws Exception {
        signIn("supervisor", "demo-supervisor");
        page.navigate(url("/referral-reports"));
        Locator charts = page.locator("nexus-chart[rendered]");
        charts.first().waitFor();
        assertThat(charts).hasCount(7);
        for (int i = 0; i < charts.count(); i++) {
            org.assertj.core.api.Assertions.assertThat(
                            Integer.parseInt(charts.nth(i).getAttribute("rendered")))
                    .as(charts.nth(i).getAttribute("aria-label"))
                    .isPositive();
        }
        assertThat(page.locator(".report-card").first()).containsText("Referrals by originator");
        com.microsoft.playwright.Download csv =
                page.waitForDownload(() -> page.locator(".csv-link").first().click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(csv.path())).contains("TP Custody");
    }

    @Test
    void a_british_subject_cannot_be_referred_from_their_record() {
        String british = driver.executableQuery(
                        "MATCH (s:Subject) WHERE 'GBR' IN s.nationalities RETURN s.id AS id ORDER BY s.id LIMIT 1")
                .execute()
                .records()
                .getFirst()
                .get("id")
                .asString();
        signIn("detective", "demo-detective");
        page.navigate(url("/referrals/new/" + british));
        givePurpose("Op Kestrel: checking referral eligibility");
        assertThat(page.locator("#not-eligible")).containsText("British");
        assertThat(page.locator("#save-draft")).hasCount(0);
    }
}
