package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
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

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @Test
    void an_idle_session_warns_before_it_ends_and_the_person_can_stay() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"))) {
            Page page = context.newPage();
            Chromium.logIn(page, "http://localhost:" + port + "/", "praktiker.aarhus", "demo");
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
