package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An idle session warns before it ends, and the person can stay. Here the idle limit is 6 minutes and the
 * warning comes 5 minutes 50 seconds before it, so after 10 seconds without use (in service: 30 and 5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"portal.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:portal-idle;DB_CLOSE_DELAY=-1",
        "server.servlet.session.timeout=6m", "portal.session.warning-lead=PT5M50S"})
@ActiveProfiles("test")
class IdleWarningJourneyTest {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium not found at " + CHROMIUM + "; .ci/run installs it with apt-get install chromium");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM + " (apt-get install chromium)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void an_idle_session_warns_before_it_ends_and_the_person_can_stay() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name=username]").fill("praktiker.aarhus");
            page.locator("input[name=password]").fill("demo");
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.waitForURL(url -> !url.contains("/login"));
            var warning = page.locator(".portal-idle-warning");
            assertThat(warning).isHidden();
            page.waitForTimeout(5_000);
            assertThat(warning).isHidden();
            assertThat(warning).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            assertThat(warning).containsText("bliver logget ud om 6 minutter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bliv logget ind")).click();
            assertThat(warning).isHidden();
        }
    }
}
