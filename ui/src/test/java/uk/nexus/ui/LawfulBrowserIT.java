package uk.nexus.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nexus.security.LoginThrottle;

class LawfulBrowserIT extends BrowserIT {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    Driver driver;

    /** The browser tests share one application: unlock the account the lockout test locked. */
    @AfterEach
    void unlock() {
        throttle.succeeded("referrals");
    }

    private String someSubjectSurname() {
        return driver.executableQuery("""
                        MATCH (s:Subject)-[:INVOLVED_IN {category: 'OFFENDER'}]->()
                        RETURN s.surname AS surname ORDER BY s.id LIMIT 1
                        """)
                .execute()
                .records()
                .getFirst()
                .get("surname")
                .asString();
    }

    @Test
    void an_analyst_gives_the_purpose_once_per_task_and_the_auditor_sees_it_in_the_log() throws Exception {
        String surname = someSubjectSurname();
        signIn("analyst", "demo-analyst");
        assertThat(page.locator("#current-task")).hasText("No task started");
        page.locator("vaadin-text-field input").first().fill(surname);
        page.locator("#search-button").click();
        assertThat(page.locator("#purpose-field")).isVisible();
        page.locator("#purpose-field textarea").fill("hi");
        page.locator("#purpose-start").click();
        assertThat(page.locator("#purpose-field")).hasAttribute("invalid", "");
        page.locator("#purpose-field textarea").fill("Operation Larch: browser test of the purpose dialog");
        page.locator("#purpose-start").click();
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(surname.toUpperCase(java.util.Locale.ROOT)))
                .first()
                .click();
        page.locator("#subject-name").waitFor();
        assertThat(page.locator("#purpose-field")).hasCount(0);
        assertThat(page.locator("#current-task")).containsText("Operation Larch");

        context.clearCookies();
        signIn("auditor", "demo-auditor");
        assertThat(page).hasURL(url("/audit/log"));
        page.locator("#filter-user input").fill("analyst");
        page.locator("#filter-apply").click();
        Locator rows = page.locator("#access-log vaadin-grid-cell-content");
        rows.filter(new Locator.FilterOptions().setHasText("subject.view"))
                .first()
                .waitFor();
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("subject.search"))
                        .first())
                .isVisible();
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Operation Larch"))
                        .first())
                .isVisible();

        page.locator("#verify-chain").click();
        assertThat(page.locator("#chain-status")).containsText("Chain intact");

        Download download =
                page.waitForDownload(() -> page.locator("#download-csv").click());
        String csv = Files.readString(download.path());
        assertThat(csv).contains("seq,at,user,roles").contains("subject.view").contains("Operation Larch");
    }

    @Test
    void the_auditor_runs_the_equality_report_and_cannot_reach_records() {
        signIn("auditor", "demo-auditor");
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(2);
        page.navigate(url("/audit/equality"));
        page.locator("#equality-summary").waitFor();
        assertThat(page.locator("#equality-summary")).containsText("Custody population");
        assertThat(page.locator("#nationality-grid")).isVisible();
        page.navigate(url("/review"));
        assertThat(page.locator(".no-access")).isVisible();
    }

    @Test
    void a_supervisor_works_the_review_queue_and_the_ui_sends_the_security_headers() {
        Response login = page.navigate(url("/login"));
        assertThat(login.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(login.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(login.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(login.headers().get("referrer-policy")).isEqualTo("no-referrer");
        signIn("supervisor", "demo-supervisor");
        page.navigate(url("/review"));
        // The first queue of a cold application computes harm for every subject: allow it the page timeout.
        page.locator("#review-summary").waitFor();
        assertThat(page.locator("#review-summary")).containsText("wait for a decision");
        page.locator("#review-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("past review"))
                .first()
                .waitFor();
    }

    @Test
    void five_failed_form_sign_ins_lock_the_account_even_against_the_right_password() {
        for (int i = 0; i < 5; i++) {
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("referrals");
            page.locator("input[name='password']").fill("wrong-" + i);
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(u -> u.contains("error"));
        }
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("referrals");
        page.locator("input[name='password']").fill("demo-referrals");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
    }
}
