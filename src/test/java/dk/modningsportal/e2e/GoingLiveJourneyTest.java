package dk.modningsportal.e2e;

import dk.modningsportal.base.DanishTime;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.modningsportal.postgres.PostgresTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh installation taken into use in Chromium, with no demo data and no database access by hand: the
 * administrator follows the set-up link from the log, creates an organisation and a project with its
 * intervention, and invites a project leader; the project leader accepts the mailed invitation and invites
 * a colleague, who logs a trial action. On a new PostgreSQL schema (H2 where none answers locally; CI
 * requires PostgreSQL), with a real SMTP server (GreenMail) for the mails.
 */
@ExtendWith(OutputCaptureExtension.class)
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"portal.demo-data=false", "portal.admin.email=drift@sst.example.dk"})
@ActiveProfiles("test")
class GoingLiveJourneyTest {

    private static final int PORT = Chromium.freePort();
    private static final String BASE = "http://localhost:" + PORT + "/";
    private static final String SCHEMA = "golive_" + Long.toString(System.nanoTime(), 36);
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/account/set-password\\?token=[A-Za-z0-9_-]+");
    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static boolean onPostgres;

    static {
        smtp.start();
    }

    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("portal.base-url", () -> BASE);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        onPostgres = PostgresTest.available() || "true".equals(System.getenv("PORTAL_REQUIRE_POSTGRES"));
        if (onPostgres) {
            PostgresTest.useNewSchema(registry, SCHEMA);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:golive-e2e;DB_CLOSE_DELAY=-1");
        }
    }

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @AfterAll
    static void closeEverything() {
        smtp.stop();
        if (onPostgres) {
            PostgresTest.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @AfterEach
    void screenshots() {
        for (int i = 0; i < contexts.size(); i++) {
            for (Page page : contexts.get(i).pages()) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "going-live-" + i + ".png")));
            }
            contexts.get(i).close();
        }
    }

    @Test
    void from_the_set_up_link_to_a_colleagues_first_trial_action(CapturedOutput output) throws Exception {
        String setUpLink = Arrays.stream(output.getOut().split("\n")).filter(l -> l.contains("Set-up link:"))
                .map(l -> find(LINK, l)).findFirst().orElseThrow(() -> new AssertionError("no set-up link logged"));

        Page admin = browserAt(setUpLink);
        choosePassword(admin, "drift@sst.example.dk", "administratoren vælger en god sætning");
        logIn(admin, "drift@sst.example.dk", "administratoren vælger en god sætning");

        admin.navigate(BASE + "admin/organisations");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret organisation")).click();
        Locator dialog = admin.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Navn").fill("Silkeborg Kommune");
        choose(admin, dialog.getByLabel("Type"), "Kommune");
        dialog.getByLabel("CVR-nummer").fill("29189846");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click();
        assertThat(admin.locator("vaadin-grid")).containsText("Silkeborg Kommune");

        admin.navigate(BASE + "admin/projects");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret projekt")).click();
        dialog = admin.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Titel").fill("Tidlig opsporing i familier");
        date(dialog.getByLabel("Start", new Locator.GetByLabelOptions().setExact(true)), LocalDate.now(DanishTime.ZONE).minusDays(7));
        date(dialog.getByLabel("Slut", new Locator.GetByLabelOptions().setExact(true)), LocalDate.now(DanishTime.ZONE).plusYears(1));
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opret")).click();
        admin.waitForURL(url -> url.matches(".*/admin/projects/\\d+$"));
        choose(admin, admin.getByLabel("Tilføj organisation"), "Silkeborg Kommune");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj").setExact(true)).click();
        assertThat(admin.locator("vaadin-grid")).containsText("Silkeborg Kommune");

        admin.getByText("Skriv indsatsen (version 1.0)").click();
        admin.waitForURL(url -> url.endsWith("/intervention"));
        admin.getByLabel("Indsatsens navn").fill("Tidlig opsporing");
        admin.getByLabel("Formål").fill("Flere familier får hjælp, før problemerne vokser.");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem").setExact(true)).click();
        admin.getByLabel("Kerneelement", new Page.GetByLabelOptions().setExact(true)).last().fill("Fælles sprog");
        admin.getByLabel("Beskrivelse i version 1.0").last().fill("Fagpersoner bruger de samme begreber.");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj kerneelement")).click();
        assertThat(admin.locator(".core-element h4")).containsText(new String[] {"1. Fælles sprog"});
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sæt version 1.0 i afprøvning")).click();
        admin.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(admin.getByText("1.0 · Afprøves")).isVisible();

        admin.navigate(BASE + "admin/accounts");
        invite(admin, "Anders Kjær", "anders@silkeborg.example.dk", "Projektleder", "Silkeborg Kommune");
        String leaderLink = linkMailedTo("anders@silkeborg.example.dk");

        Page leader = browserAt(leaderLink);
        choosePassword(leader, "anders@silkeborg.example.dk", "anders har en lang adgangskode");
        logIn(leader, "anders@silkeborg.example.dk", "anders har en lang adgangskode");
        leader.navigate(BASE + "admin/accounts");
        invite(leader, "Louise Madsen", "louise@silkeborg.example.dk", null, null);
        String colleagueLink = linkMailedTo("louise@silkeborg.example.dk");

        Page colleague = browserAt(colleagueLink);
        choosePassword(colleague, "louise@silkeborg.example.dk", "louise skriver prøvehandlinger");
        logIn(colleague, "louise@silkeborg.example.dk", "louise skriver prøvehandlinger");
        assertThat(colleague.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Silkeborg Kommune")))
                .isVisible();
        colleague.locator(".workspace-tabs").getByText("Prøvehandlinger").click();
        colleague.waitForURL(url -> url.endsWith("/trial-actions"));
        colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny prøvehandling")).click();
        colleague.waitForURL(url -> url.endsWith("/trial-actions/new"));
        colleague.getByLabel("Titel").fill("Fælles tjekliste i sundhedsplejen");
        colleague.getByLabel("Mål").fill("At alle fagpersoner bruger samme begreber");
        colleague.getByLabel("Hvad gør vi?").fill("Sundhedsplejen afprøver tjeklisten i fire uger");
        date(colleague.getByLabel("Slut"), LocalDate.now(DanishTime.ZONE).plusWeeks(4));
        colleague.getByLabel("Kerneelementer").click();
        colleague.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Fælles sprog")).click();
        colleague.keyboard().press("Escape");
        colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
        assertThat(colleague.getByText("Prøvehandlingen \"Fælles tjekliste i sundhedsplejen\" er gemt.")).isVisible();

        admin.navigate(BASE + "admin/audit");
        assertThat(admin.locator("vaadin-grid")).containsText("Invitation accepteret");
        assertThat(admin.locator("vaadin-grid")).containsText("Version offentliggjort");
    }

    private Page browserAt(String url) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        page.navigate(url);
        return page;
    }

    private static void choosePassword(Page page, String username, String password) {
        assertThat(page.getByText(username)).isVisible();
        page.getByLabel("Ny adgangskode").fill(password);
        page.getByLabel("Gentag adgangskoden").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem adgangskode")).click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.getByText("Din adgangskode er gemt")).isVisible();
    }

    private static void logIn(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static void invite(Page page, String name, String email, String role, String organisation) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invitér person")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Navn").fill(name);
        dialog.getByLabel("E-mail").fill(email);
        if (role != null) {
            choose(page, dialog.getByLabel("Rolle"), role);
            choose(page, dialog.getByLabel("Organisation"), organisation);
        }
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send invitation")).click();
        assertThat(page.getByText("Invitationen er sendt på mail.")).isVisible();
    }

    private static void choose(Page page, Locator comboBox, String option) {
        comboBox.click();
        comboBox.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void date(Locator picker, LocalDate day) {
        picker.fill(DANISH.format(day));
        picker.press("Enter");
    }

    private static String linkMailedTo(String address) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getAllRecipients()[0].toString().equals(address)) {
                    return find(LINK, GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link in " + text);
        }
        return matcher.group();
    }

}
