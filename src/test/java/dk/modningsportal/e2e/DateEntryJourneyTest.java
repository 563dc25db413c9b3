package dk.modningsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Types a date into every date field of the portal the way a person does (click, type "31.01.2027", Enter) and
 * checks that nothing of the page is left hidden from assistive technology once the picker has closed: no
 * visible element that holds a field, button or link carries {@code aria-hidden="true"} outside the picker itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo-data=true", "spring.datasource.url=jdbc:h2:mem:portal-dates;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DateEntryJourneyTest {

    /** Elements hidden from assistive technology that hold something a person works with, picker aside. */
    private static final String HIDDEN_CONTROLS = """
            () => Array.from(document.querySelectorAll('[aria-hidden="true"]'))
                .filter(e => e.checkVisibility())
                .filter(e => !e.closest('vaadin-date-picker, vaadin-date-picker-overlay, vaadin-date-picker-overlay-content'))
                .filter(e => e.matches('input, textarea, button, vaadin-button, a[href]')
                    || e.querySelector('input, textarea, button, vaadin-button, a[href]'))
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : ''))
            """;

    private static Browser browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final List<String> findings = new ArrayList<>();
    private int fieldsTried;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @Test
    void typing_a_date_and_pressing_enter_leaves_every_form_readable_by_assistive_technology() {
        as("praktiker.aarhus", page -> {
            typeIntoEveryDate(page, "workspace/1/trial-actions/new", null);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).count())
                    .as("the trial action's save button is found by its role after typing dates").isEqualTo(1);
            // By keyboard alone: from the start date, Tab to the end date, type it, Enter.
            page.getByLabel("Start").click();
            page.keyboard().press("Tab");
            page.keyboard().type("28.02.2027", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(30));
            page.keyboard().press("Enter");
            page.waitForTimeout(600);
            check(page, "workspace/1/trial-actions/new by keyboard", 1, 1);
            typeIntoEveryDate(page, "search?q=for%C3%A6ldre", null);
            // On a phone the picker opens full screen, as a modal that hides the rest while open.
            page.setViewportSize(400, 800);
            typeIntoEveryDate(page, "workspace/1/trial-actions/new", null);
            page.setViewportSize(1366, 900);
        });
        as("projektleder.aarhus", page -> typeIntoEveryDate(page, "workspace/1/evaluation", null));
        as("konsulent.mette", page -> {
            typeIntoEveryDate(page, "maturation", null);
            typeIntoEveryDate(page, "plan", "Ny aktivitet");
            // A cross-organisation meeting still to be prepared: its form has the meeting's start and a due date.
            var meeting = jdbc.queryForMap("select a.id as activity_id, a.organisation_id from plan_activity a where "
                    + "a.kind in ('DIALOGUE_MEETING', 'PROJECT_LEADER_NETWORK', 'REFLECTION_MEETING') and a.local_activity = false "
                    + "and not exists (select 1 from meeting m where m.activity_id = a.id and m.status = 'PUBLISHED') "
                    + "order by a.starts_on fetch first 1 rows only");
            typeIntoEveryDate(page, "meetings/" + meeting.get("activity_id")
                    + (meeting.get("organisation_id") == null ? "" : "?organisation=" + meeting.get("organisation_id")), null);
        });
        as("evaluator.vive", page -> typeIntoEveryDate(page, "evaluation", null));
        as("admin", page -> {
            typeIntoEveryDate(page, "admin/projects", null);
            typeIntoEveryDate(page, "admin/projects/1", null);
            typeIntoEveryDate(page, "admin/audit", null);
        });
        assertThat(fieldsTried).as("date fields typed into").isGreaterThanOrEqualTo(12);
        assertThat(findings).as(String.join("\n", findings)).isEmpty();
    }

    private void as(String username, Consumer<Page> journey) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK"))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            Chromium.logIn(page, url(""), username, "demo");
            journey.accept(page);
        }
    }

    /** Opens the page (and the form behind a button), then types into each visible date field in turn. */
    private void typeIntoEveryDate(Page page, String path, String openingButton) {
        page.navigate(url(path));
        page.waitForFunction("() => document.title.length > 0");
        page.waitForTimeout(1_000);
        if (openingButton != null) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(openingButton)).first().click();
            page.waitForTimeout(500);
        }
        Locator dates = page.locator("vaadin-date-picker:visible input");
        int count = dates.count();
        for (int i = 0; i < count; i++) {
            Locator field = dates.nth(i);
            Chromium.typeDate(field, "31.01.2027");
            page.waitForTimeout(600);
            fieldsTried++;
            check(page, path, i + 1, count);
        }
    }

    private void check(Page page, String path, int field, int count) {
        @SuppressWarnings("unchecked")
        List<String> hidden = (List<String>) page.evaluate(HIDDEN_CONTROLS);
        if (!hidden.isEmpty()) {
            findings.add("/" + path + " date field " + field + " of " + count + ": " + hidden.size() + " hidden "
                    + hidden.subList(0, Math.min(5, hidden.size())));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
