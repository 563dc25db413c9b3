package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The last round in a real browser, on the demo data: the consultant publishes the workshop's draft as the final
 * version, and Aarhus's workspace says it and offers the final version as one document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo-data=true", "spring.datasource.url=jdbc:h2:mem:portal-final-e2e;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class FinalVersionJourneyTest {

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
        contexts.forEach(BrowserContext::close);
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
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "final-" + name + "-1366.png")));
        page.setViewportSize(800, 1100);
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "final-" + name + "-800.png")));
        page.setViewportSize(1366, 900);
    }

    @Test
    void the_consultant_publishes_the_final_version_and_the_workspace_offers_it_as_one_document() {
        long inclusion = jdbc.queryForObject("select id from project where name like 'Inklusion%'", Long.class);
        long workshop = jdbc.queryForObject("select max(id) from workshop where project_id = ?", Long.class, inclusion);
        long aarhus = jdbc.queryForObject("select w.id from workspace w join organisation o on o.id = w.organisation_id "
                + "where o.name = 'Aarhus Kommune' and w.project_id = ?", Long.class, inclusion);

        Page consultant = loginAs("konsulent.mette");
        consultant.navigate("http://localhost:" + port + "/maturation/workshop/" + workshop);
        consultant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Offentliggør version"))).click();
        consultant.getByText("Offentliggør som endelig version").click();
        look(consultant, "publish-dialog");
        consultant.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(consultant.getByText("som indsatsens endelige version")).isVisible();

        consultant.navigate("http://localhost:" + port + "/plan?project=" + inclusion);
        look(consultant, "plan");

        Page team = loginAs("praktiker.aarhus");
        team.navigate("http://localhost:" + port + "/workspace/" + aarhus);
        assertThat(team.locator(".workspace-header-facts")).containsText("Endelig version");
        assertThat(team.getByText("Hent den endelige version (Word)")).isVisible();
        team.getByText("Hent den endelige version (Word)").scrollIntoViewIfNeeded();
        look(team, "workspace");
    }
}
