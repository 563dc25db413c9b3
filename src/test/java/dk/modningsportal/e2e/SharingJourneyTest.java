package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.modningsportal.PdfText;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Learning across organisations in a real browser, on the demo data: Aarhus shares one of its trial actions with the
 * project, Odense finds it with the search field, reads it and asks in its thread, and Aarhus's bell rings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo-data=true", "spring.datasource.url=jdbc:h2:mem:portal-sharing-e2e;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SharingJourneyTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @AfterEach
    void closeContexts() {
        for (int i = 0; i < contexts.size(); i++) {
            for (Page page : contexts.get(i).pages()) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Paths.get("target", "screenshots", "sharing-" + i + ".png")));
            }
            contexts.get(i).close();
        }
    }

    private Page loginAs(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        Chromium.logIn(page, "http://localhost:" + port + "/", username, "demo");
        return page;
    }

    /** Leaves the page as it looks on a laptop and on a tablet held upright, in target/screenshots. */
    private static void look(Page page, String name) {
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", "sharing-" + name + "-1366.png")));
        page.setViewportSize(800, 1100);
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", "sharing-" + name + "-800.png")));
        page.setViewportSize(1366, 900);
    }

    @Test
    void aarhus_shares_a_trial_action_odense_finds_it_and_asks_and_aarhus_is_told() throws Exception {
        Map<String, Object> action = jdbc.queryForMap("select t.id, t.title from trial_action t "
                + "join workspace w on w.id = t.workspace_id join project p on p.id = w.project_id "
                + "where p.name like 'Inklusion%' and t.shared_at is null "
                + "and t.created_by_id = (select id from user_account where username = 'praktiker.aarhus') "
                + "order by t.id fetch first 1 rows only");
        String title = (String) action.get("title");

        Page aarhus = loginAs("praktiker.aarhus");
        Locator bell = aarhus.locator(".notification-bell .unread-count");
        aarhus.locator(".notification-bell").waitFor();
        int before = bell.isVisible() ? Integer.parseInt(bell.textContent().strip()) : 0;
        aarhus.navigate("http://localhost:" + port + "/trial-actions/" + action.get("id"));
        assertThat(aarhus.locator(".share-control")).containsText("Kun jeres organisation kan se den.");
        aarhus.locator(".share-control").getByRole(AriaRole.BUTTON).click();
        aarhus.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(aarhus.locator(".share-control")).containsText("Delt med projektet af Louise Madsen");
        look(aarhus, "trial-action-form");

        Page odense = loginAs("praktiker.odense");
        odense.locator("#top-search input").fill('"' + title + '"');
        odense.locator("#top-search input").press("Enter");
        odense.waitForURL(url -> url.contains("/search"));
        odense.locator(".search-results a", new Page.LocatorOptions().setHasText(title)).first().click();
        odense.waitForURL(url -> url.matches(".*/shared/trial-actions/\\d+$"));
        assertThat(odense.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(odense.getByText("Kun læsning")).isVisible();
        look(odense, "shared-trial-action");
        odense.getByLabel("Skriv en kommentar").fill("Hvordan fik I fat i foreningerne?");
        odense.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(odense.locator(".comment-thread")).containsText("Rasmus Friis (Odense Kommune)");

        // Without a reload: Aarhus's bell counts the comment on its item through push, and leads to it.
        assertThat(bell).hasText(String.valueOf(before + 1), new LocatorAssertions.HasTextOptions().setTimeout(5_000));
        aarhus.locator(".notification-bell").click();
        aarhus.waitForURL(url -> url.endsWith("/notifications"));
        aarhus.locator(".notification.unread", new Page.LocatorOptions().setHasText("Rasmus Friis kommenterede")).click();
        aarhus.waitForURL(url -> url.matches(".*/trial-actions/\\d+$"));
        assertThat(aarhus.locator(".comment-thread")).containsText("Hvordan fik I fat i foreningerne?");

        // What the project's organisations share, from the side navigation.
        odense.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("På tværs")).last().click();
        odense.waitForURL(url -> url.endsWith("/across"));
        assertThat(odense.locator("vaadin-grid")).containsText(title);
        look(odense, "across");
        aarhus.navigate("http://localhost:" + port + "/workspace/" + jdbc.queryForObject(
                "select workspace_id from trial_action where id = ?", Long.class, action.get("id")) + "/notes");
        assertThat(aarhus.locator("vaadin-grid")).containsText("Delt");
        look(aarhus, "notes");

        // After the workshop: its themes, with what they held from how many organisations.
        aarhus.locator(".workspace-tabs").getByText("Ændringer").click();
        aarhus.waitForURL(url -> url.endsWith("/changes"));
        assertThat(aarhus.locator(".workshop-theme").first()).containsText("organisationer");
        aarhus.locator(".workshop-theme").first().scrollIntoViewIfNeeded();
        look(aarhus, "changes");

        // Before the reflection meeting: the team's presentation of the trial actions it chooses.
        aarhus.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("På tværs")).click();
        aarhus.waitForURL(url -> url.endsWith("/across"));
        aarhus.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forbered refleksionsmøde")).click();
        aarhus.getByLabel("Prøvehandlinger", new Page.GetByLabelOptions().setExact(true)).click();
        aarhus.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title)).click();
        aarhus.keyboard().press("Escape");
        assertThat(aarhus.getByText("Hent præsentation (PowerPoint)")).isVisible();
        look(aarhus, "presentation");

        // ... put on the agenda of the project leader network, where Odense downloads it.
        aarhus.getByLabel("Sæt på dagsordenen til").click();
        aarhus.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions()
                .setHasText("Erfaringer fra de lokale prøvehandlinger")).first().click();
        aarhus.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sæt på dagsordenen og del")).click();
        assertThat(aarhus.getByText("Præsentationen er sat på dagsordenen")).isVisible();
        long reflection = jdbc.queryForObject("select m.activity_id from meeting m join agenda_item i on i.meeting_id = m.id "
                + "where i.title = 'Erfaringer fra de lokale prøvehandlinger'", Long.class);
        odense.navigate("http://localhost:" + port + "/meetings/" + reflection);
        Locator onAgenda = odense.locator(".agenda-item", new Page.LocatorOptions()
                .setHasText("Erfaringer fra de lokale prøvehandlinger")).locator(".agenda-presentations");
        assertThat(onAgenda).containsText("Aarhus Kommune – tilføjet af Louise Madsen");
        onAgenda.scrollIntoViewIfNeeded();
        look(odense, "meeting-presentations");
        Download pdf = odense.waitForDownload(() -> onAgenda.getByText("PDF").click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        org.assertj.core.api.Assertions.assertThat(PdfText.of(Files.readAllBytes(pdf.path()))).contains(title);
    }
}
