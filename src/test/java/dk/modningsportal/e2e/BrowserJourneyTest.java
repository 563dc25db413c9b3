package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The main journeys in a real browser (Debian's Chromium, headless) against the running portal
 * with its demo data: a team member creates a trial action and finds it in the list; a member of
 * another organisation cannot open it by its address; a consultant reads the dashboard, charts drawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo-data=true", "spring.datasource.url=jdbc:h2:mem:portal-e2e;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class BrowserJourneyTest {


    private static Browser browser;

    @LocalServerPort
    int port;

    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @AfterEach
    void closeContexts(org.junit.jupiter.api.TestInfo test) {
        // Leaves what each browser showed last in target/screenshots, to look at when a journey fails.
        for (int i = 0; i < contexts.size(); i++) {
            for (Page page : contexts.get(i).pages()) {
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Paths.get("target", "screenshots", test.getTestMethod().orElseThrow().getName() + "-" + i + ".png")));
            }
            contexts.get(i).close();
        }
    }

    /** A browser of its own for each person, as on two different machines. */
    private Page loginAs(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("da-DK"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        Chromium.logIn(page, "http://localhost:" + port + "/", username, "demo");
        return page;
    }

    @Test
    void team_member_creates_a_trial_action_and_another_organisation_cannot_open_it() {
        Page page = loginAs("praktiker.aarhus");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aarhus Kommune"))).isVisible();

        page.locator(".workspace-tabs").getByText("Prøvehandlinger").click();
        page.waitForURL(url -> url.endsWith("/trial-actions"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny prøvehandling")).click();
        page.waitForURL(url -> url.endsWith("/trial-actions/new"));
        page.getByLabel("Titel").fill("Aftenåbent klubhus for forældre");
        page.getByLabel("Mål").fill("At forældrene møder foreningen");
        page.getByLabel("Hvad gør vi?").fill("Klubhuset holder åbent to aftener i december");
        Locator end = page.getByLabel("Slut");
        end.fill("31.12.2026");
        end.press("Enter");
        page.getByLabel("Kerneelementer").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Samarbejde med lokale foreninger")).click();
        page.keyboard().press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();

        assertThat(page.getByText("Prøvehandlingen \"Aftenåbent klubhus for forældre\" er gemt.")).isVisible();
        page.waitForURL(url -> url.matches(".*/trial-actions/\\d+$"));
        String address = page.url();
        // The form is re-rendered for the saved trial action; click the new form's button and wait for the list.
        page.waitForLoadState();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilbage til listen")).click();
        page.waitForURL(url -> url.endsWith("/trial-actions"));
        assertThat(page.locator("vaadin-grid")).containsText("Aftenåbent klubhus for forældre");

        Page other = loginAs("praktiker.odense");
        other.navigate(address);
        assertThat(other.getByText("Du har ikke adgang til denne prøvehandling")).isVisible();
        assertThat(other.getByText("Aftenåbent klubhus for forældre")).hasCount(0);
    }

    @Test
    void a_page_the_role_may_not_open_and_a_malformed_address_get_the_portals_own_pages() {
        Page page = loginAs("praktiker.aarhus");
        page.navigate("http://localhost:" + port + "/admin/accounts");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ingen adgang"))).isVisible();
        page.navigate("http://localhost:" + port + "/workspace/abc");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Siden findes ikke"))).isVisible();
        assertThat(page.getByText("NumberFormatException")).hasCount(0);
        page.navigate("http://localhost:" + port + "/workspace/1/trial-actions/abc");
        assertThat(page.getByText("Siden findes ikke, eller du har ikke adgang til den")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Til forsiden"))).isVisible();
    }

    @Test
    void the_login_page_speaks_danish_to_screen_readers_too() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        contexts.add(context);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        assertThat(page.locator("vaadin-password-field-button").first()).hasAttribute("aria-label", "Vis adgangskode");
    }

    @Test
    void a_wrong_password_keeps_the_typed_name_and_the_tab_shows_the_portals_icon() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("da-DK"));
        contexts.add(context);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill("praktiker.herning");
        page.locator("input[name=password]").fill("forkert-kodeord");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> url.contains("error"));
        assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
        assertThat(page.locator("input[name=username]")).hasValue("praktiker.herning");
        assertThat(page.locator("link[rel=icon]")).hasAttribute("href", java.util.regex.Pattern.compile("icons/icon.svg"));

        // A second try after a failure waits a moment (sign-in throttling), as a person retyping does anyway.
        page.waitForTimeout(1500);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    @Test
    void the_language_chosen_in_the_menu_is_kept_at_the_next_login_and_the_page_says_so() {
        Page page = loginAs("praktiker.vejle");
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sofie Lauridsen")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        Page later = loginAs("praktiker.vejle");
        assertThat(later.locator("html")).hasAttribute("lang", "en");
        assertThat(later.locator("vaadin-side-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Overview"))).isVisible();
        later.keyboard().press("Tab");
        assertThat(later.locator(".portal-skip-link")).isFocused();
    }

    @Test
    void consultant_finds_the_same_experience_in_other_words_and_makes_a_theme_of_a_suggestion() {
        Page page = loginAs("konsulent.mette");
        // The top bar's field: three municipalities' ways of reminding the parents, found by one search.
        Locator field = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Søg i portalen")).first();
        field.fill("forældre dagen");
        field.press("Enter");
        page.waitForURL(url -> url.contains("/search?q="));
        assertThat(page.locator(".search-results")).containsText("Vi ringede til forældrene dagen før");
        assertThat(page.locator(".search-results")).containsText("En påmindelse til forældrene dagen før mødet virker");
        assertThat(page.locator(".search-results mark").first()).isVisible();

        // On the workshop board, the proposal gathers them; the consultant names it and makes it a theme.
        page.navigate("http://localhost:" + port + "/maturation/workshop/2");
        Locator element = page.locator("vaadin-details", new Page.LocatorOptions().setHas(page.locator(
                "vaadin-details-summary", new Page.LocatorOptions().setHasText("Støtte i fællesskabet ("))));
        element.locator("vaadin-button.board-suggest").click();
        Locator proposal = page.locator(".board-suggestion", new Page.LocatorOptions()
                .setHasText("En påmindelse til forældrene dagen før mødet virker"));
        assertThat(proposal).containsText("3 erfaringer fra 3 organisationer");
        assertThat(proposal.getByLabel("Tema")).hasValue("Dagen · forældrene");
        proposal.getByLabel("Tema").fill("Påmindelse til forældrene dagen før");
        proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opret tema")).click();
        assertThat(page.locator(".board-suggestion-done"))
                .containsText("Temaet \"Påmindelse til forældrene dagen før\" er oprettet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Luk")).click();
        assertThat(page.locator(".theme-standing", new Page.LocatorOptions()
                .setHasText("3 erfaringer fra 3 organisationer"))).isVisible();
    }

    @Test
    void consultant_reads_the_dashboard_with_its_charts_drawn_and_follows_a_figure_to_the_workspace() {
        Page page = loginAs("konsulent.mette");
        page.navigate("http://localhost:" + port + "/dashboard");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fremdrift pr. organisation")))
                .isVisible();
        // The chart library comes from its webjar at run time: the heat map and the trend are drawn.
        assertThat(page.locator(".portal-chart svg")).hasCount(2);
        // Numbers in the charts are written as in the tables beside them: Danish decimals.
        Locator heatLabels = page.locator(".portal-chart").first().locator("svg text");
        assertThat(heatLabels.filter(new Locator.FilterOptions().setHasText("Aalborg Kommune")).first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(heatLabels.allTextContents())
                .as("drawn as text (SVG), numbers never with a decimal point").anyMatch(text -> text.matches("^\\d+$"))
                .noneMatch(text -> text.matches("^\\d+\\.\\d+$"));
        assertThat(page.locator("vaadin-grid.dashboard-rows")).containsText("Aalborg Kommune");

        page.locator("vaadin-grid.dashboard-rows a", new Page.LocatorOptions().setHasText("Aalborg Kommune")).click();
        page.waitForURL(url -> url.matches(".*/workspace/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aalborg Kommune"))).isVisible();
    }

    @Test
    void a_local_leaders_heat_map_writes_the_projects_averages_with_danish_decimals() {
        Page page = loginAs("leder.aarhus");
        page.navigate("http://localhost:" + port + "/dashboard");
        Locator heatLabels = page.locator(".portal-chart").first().locator("svg text");
        assertThat(heatLabels.filter(new Locator.FilterOptions().setHasText("Gennemsnit for projektet")).first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(heatLabels.allTextContents())
                .anyMatch(text -> text.matches("^\\d+,\\d+$")).noneMatch(text -> text.matches("^\\d+\\.\\d+$"));
    }

    @Test
    void a_note_written_in_one_browser_appears_in_a_colleagues_open_list() {
        Page writer = loginAs("praktiker.aarhus");
        writer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erfaringer")).first().click();
        writer.waitForURL(url -> url.endsWith("/notes"));
        Page reader = loginAs("leder.aarhus");
        reader.navigate(writer.url());
        assertThat(reader.locator("vaadin-grid")).isVisible();

        writer.locator("vaadin-button.quick-note-button").click();
        Locator dialog = writer.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Erfaring").fill("Set live fra den anden browser");
        dialog.getByText("Virker godt").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem erfaring")).click();

        assertThat(reader.locator("vaadin-grid")).containsText("Set live fra den anden browser",
                new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
    }

    @Test
    void a_mention_in_a_comment_rings_the_colleagues_bell_and_leads_back_to_the_comment() {
        Page reader = loginAs("leder.aarhus");
        Locator count = reader.locator(".notification-bell .unread-count");
        reader.locator(".notification-bell").waitFor();
        int before = count.isVisible() ? Integer.parseInt(count.textContent().strip()) : 0;

        Page writer = loginAs("praktiker.aarhus");
        writer.locator(".workspace-tabs").getByText("Prøvehandlinger").click();
        writer.waitForURL(url -> url.endsWith("/trial-actions"));
        writer.locator("vaadin-grid").getByText("Fritidspas med kontingentstøtte").click();
        writer.waitForURL(url -> url.matches(".*/trial-actions/\\d+$"));
        writer.getByLabel("Skriv en kommentar").fill("@leder.aarhus kan du hjælpe med kontingentet?");
        writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(writer.locator(".comment-thread")).containsText("kan du hjælpe med kontingentet?");

        // Without a reload: the bell counts the mention through push.
        assertThat(count).hasText(String.valueOf(before + 1), new LocatorAssertions.HasTextOptions().setTimeout(5_000));
        reader.locator(".notification-bell").click();
        reader.waitForURL(url -> url.endsWith("/notifications"));
        reader.locator(".notification.unread", new Page.LocatorOptions().setHasText("Louise Madsen nævnte dig")).click();
        reader.waitForURL(url -> url.matches(".*/trial-actions/\\d+$"));
        assertThat(reader.locator(".comment-thread")).containsText("kan du hjælpe med kontingentet?");
    }

    @Test
    void a_project_leader_completes_the_quarters_self_evaluation_saved_as_typed_and_submits_it() {
        Page page = loginAs("projektleder.aarhus");
        page.locator(".workspace-tabs").getByText("Selvevaluering").click();
        page.waitForURL(url -> url.endsWith("/self-evaluation"));
        page.getByLabel("Det hæmmer implementeringen").fill("Lange transporttider for familierne");
        // Saved after a pause in typing, without pressing anything.
        assertThat(page.getByText("Gemt ")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        page.reload();
        assertThat(page.getByLabel("Det hæmmer implementeringen")).hasValue("Lange transporttider for familierne");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indsend")).click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.getByText("Indsendt af Anders Kjær")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ret (ny revision)"))).isVisible();
    }
}
