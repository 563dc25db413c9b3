package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.modningsportal.postgres.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database stops while a person saves a note: within seconds they are told that the portal cannot save
 * now and that their text is kept; once the database is back, saving again stores the note once.
 * A real PostgreSQL server of the test's own, stopped and started again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIf("dk.modningsportal.postgres.ThrowawayPostgres#available")
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class DatabaseOutageJourneyTest {

    private static ThrowawayPostgres postgres;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        postgres = ThrowawayPostgres.start();
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("portal.demo-data", () -> "true");
    }

    @AfterAll
    static void removeDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void a_save_during_an_outage_is_refused_with_a_clear_message_and_succeeds_once_the_database_is_back(
            org.springframework.boot.test.system.CapturedOutput log) throws Exception {
        Browser browser = Chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK"))) {
            context.setDefaultTimeout(20_000);
            // A colleague's notes list is open through the outage, in a browser of its own.
            BrowserContext colleague = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                    .setLocale("da-DK"));
            Page reader = colleague.newPage();
            Chromium.logIn(reader, "http://localhost:" + port + "/", "praktiker2.aarhus", "demo");
            reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erfaringer")).first().click();
            reader.waitForURL(url -> url.endsWith("/notes"));
            Page page = context.newPage();
            Chromium.logIn(page, "http://localhost:" + port + "/", "praktiker.aarhus", "demo");
            page.locator("vaadin-button.quick-note-button").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Erfaring").fill("Skrevet mens databasen var væk");
            dialog.getByText("Virker godt").click();

            postgres.stop();
            long before = System.nanoTime();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem erfaring")).click();
            assertThat(page.getByText("databasen ikke svarer").first()).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
            org.assertj.core.api.Assertions.assertThat((System.nanoTime() - before) / 1_000_000_000.0)
                    .as("seconds until the person is told").isLessThan(8.0);
            assertThat(dialog.getByLabel("Erfaring")).hasValue("Skrevet mens databasen var væk");

            postgres.startAgain();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem erfaring")).click();
            assertThat(page.getByText("Erfaringen er gemt").first()).isVisible();
            // The open screen took up live updates again by itself: the note appears without a reload.
            assertThat(reader.locator("vaadin-grid")).containsText("Skrevet mens databasen var væk",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            colleague.close();
        }
        // The log tells the outage once, and its end once; no failure stack for it.
        for (int waited = 0; waited < 100 && !log.getOut().contains("The database answers again"); waited++) {
            Thread.sleep(100);
        }
        org.assertj.core.api.Assertions.assertThat(log.getOut().split("The database does not answer", -1))
                .as("one warning for the outage").hasSize(2);
        org.assertj.core.api.Assertions.assertThat(log.getOut()).contains("The database answers again")
                .doesNotContain("Unexpected error").doesNotContain("overridden by rollback");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from experience_note where summary = 'Skrevet mens databasen var væk'")) {
            ResultSet rows = count.executeQuery();
            rows.next();
            org.assertj.core.api.Assertions.assertThat(rows.getInt(1)).as("stored once").isEqualTo(1);
        }
    }
}
