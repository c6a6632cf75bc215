package uk.nexus.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

class SubjectSearchBrowserIT extends BrowserIT {

    @Autowired
    Driver driver;

    @Test
    void an_analyst_signs_in_searches_and_opens_a_subject() {
        Record someone = driver.executableQuery("""
                        MATCH (s:Subject)-[:MEMBER_OF]->(:Gang)
                        WHERE COUNT { (s)-[:INVOLVED_IN {category: 'OFFENDER'}]->() } > 0
                        RETURN s.id AS id, s.surname AS surname, s.forenames AS forenames
                        ORDER BY s.id LIMIT 1
                        """).execute().records().getFirst();
        String name = someone.get("surname").asString().toUpperCase(Locale.ROOT) + ", "
                + someone.get("forenames").asString();

        signIn("analyst", "demo-analyst");
        assertThat(page).hasURL(url("/subjects"));

        page.locator("vaadin-text-field input").fill(someone.get("surname").asString());
        page.locator("#search-button").click();
        page.locator("#purpose-field textarea").fill("Browser test: subject search");
        page.locator("#purpose-start").click();
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name));
        row.first().waitFor();
        assertThat(page.locator(".summary")).containsText("found");
        row.first().click();

        assertThat(page).hasURL(url("/subjects/" + someone.get("id").asString()));
        assertThat(page.locator("#subject-name")).hasText(name);
        assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText("Gangs and OCGs")))
                .not()
                .containsText("(0)");
        assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText("Incidents")))
                .isVisible();
        assertThat(page.locator(".eligibility")).containsText("never for scoring");
    }

    @Test
    void the_login_page_offers_the_forces_identity_provider_and_starts_its_sign_in() {
        page.navigate(url("/login"));
        Locator provider = page.locator("a.login-oidc");
        assertThat(provider).hasText("Sign in with Force identity provider (test)");

        com.microsoft.playwright.Request authorize = page.waitForRequest(
                request -> request.url().startsWith("http://127.0.0.1:9/authorize"), provider::click);

        assertThat(authorize.url())
                .contains("response_type=code")
                .contains("client_id=nexus-e2e")
                .contains("scope=openid%20profile")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/force-idp")
                .contains("state=");
    }

    @Test
    void a_wrong_password_is_refused_on_the_login_page() {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("analyst");
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
    }

    @Test
    void an_auditor_is_not_offered_subject_records_and_cannot_open_them() {
        signIn("auditor", "demo-auditor");
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(2);
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Access log");
        page.navigate(url("/subjects"));
        assertThat(page.locator(".no-access")).containsText("does not exist, or your role does not open it");
        assertThat(page.locator("#search-button")).hasCount(0);
    }
}
