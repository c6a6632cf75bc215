package uk.nexus.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * An administrator uploads a small bundle with one bad row in quarantine mode, sees the progress finish,
 * the bad row listed with its file, line and field, and the quarantine offered; an analyst then finds the
 * valid rows in the subject search.
 */
class ImportBrowserIT extends BrowserIT {

    private static final String HEADER = "subject_id,surname,forenames,dob,review_date,source,recorded_at\n";

    @Test
    void an_upload_in_quarantine_mode_loads_the_valid_rows_and_lists_the_bad_one() throws IOException {
        Path zip = zip(Map.of(
                "manifest.json",
                "{\"format\": \"nexus-csv-bundle\", \"version\": 1}",
                "subjects.csv",
                HEADER
                        + "UPL1,Quillfeather,Amos,1991-03-04,2029-01-01,UPLOAD-1,2024-01-01T10:00:00Z\n"
                        + "UPL2,Quillfeather,Bryn,1990-13-01,2029-01-01,UPLOAD-1,2024-01-01T10:00:00Z\n"
                        + "UPL3,Quillfeather,Cerys,1993-05-06,2029-01-01,UPLOAD-1,2024-01-01T10:00:00Z\n"));

        signIn("admin", "demo-admin");
        page.navigate(url("/imports"));
        page.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("quarantine the rest"))
                .click();
        page.locator("#import-upload input[type=file]").setInputFiles(zip);

        assertThat(page.locator("#import-phase"))
                .hasText(
                        "Completed",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#import-progress")).isVisible();
        assertThat(page.locator("#import-summary")).containsText("1 rows quarantined");
        Locator error = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("not a date, expected YYYY-MM-DD"));
        error.first().waitFor();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("1990-13-01")))
                .hasCount(1);
        assertThat(page.locator("#import-quarantine")).isVisible();

        switchUser("analyst", "demo-analyst");
        page.navigate(url("/subjects"));
        page.locator("vaadin-text-field input").fill("Quillfeather");
        page.locator("#search-button").click();
        page.locator("#purpose-field textarea").fill("Browser test: imported rows");
        page.locator("#purpose-start").click();
        Locator found =
                page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("QUILLFEATHER"));
        found.first().waitFor();
        assertThat(found).hasCount(2);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Bryn")))
                .hasCount(0);
    }

    private static Path zip(Map<String, String> files) throws IOException {
        Path zip = Files.createTempFile("upload-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : new TreeMap<>(files).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
