package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestIdentityProvider;

/**
 * Single sign-on against a real OpenID Connect provider running beside the portal (Spring Security's
 * authorization server, not a mock): an invited person signs in through it and lands in their workspace;
 * someone the provider knows but the portal never invited is turned away, and no account is created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"portal.demo-data=true", "spring.datasource.url=jdbc:h2:mem:portal-sso;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SingleSignOnJourneyTest {

    private static final int PORTAL_PORT = Chromium.freePort();
    private static final int PROVIDER_PORT = Chromium.freePort();
    private static final String INVITED = "praktiker.aarhus@demo.modningsportalen.dk";
    private static final String STRANGER = "ukendt@aarhus.example.dk";

    private static ConfigurableApplicationContext provider;
    private static Browser browser;
    private BrowserContext context;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start(PROVIDER_PORT,
                "http://localhost:" + PORTAL_PORT + "/login/oauth2/code/sso", INVITED, STRANGER);
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("portal.oidc.issuer", () -> "http://127.0.0.1:" + PROVIDER_PORT);
        registry.add("portal.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("portal.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("portal.oidc.label", () -> "Log ind med Aarhus Kommunes konto");
    }

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @AfterAll
    static void stopEverything() {
        if (provider != null) {
            provider.close();
        }
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        for (Page page : context.pages()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                    "sso-" + test.getTestMethod().orElseThrow().getName() + ".png")));
        }
        context.close();
    }

    @Test
    void an_invited_person_signs_in_through_the_identity_provider_and_lands_in_their_workspace() {
        Page page = signInThroughProvider(INVITED);
        page.waitForURL(url -> !url.contains("/login") && url.startsWith("http://localhost:" + PORTAL_PORT));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aarhus Kommune"))).isVisible();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Louise Madsen"))).isVisible();
    }

    @Test
    void someone_the_portal_never_invited_is_turned_away() {
        Page page = signInThroughProvider(STRANGER);
        page.waitForURL(url -> url.contains("/login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Forkert brugernavn eller adgangskode");
    }

    private Page signInThroughProvider(String email) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("da-DK"));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + PORTAL_PORT + "/login");
        page.getByText("Log ind med Aarhus Kommunes konto").click();
        page.waitForURL(url -> url.startsWith("http://127.0.0.1:" + PROVIDER_PORT + "/login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(TestIdentityProvider.PASSWORD);
        page.locator("button[type=submit]").click();
        return page;
    }

}
