package dk.modningsportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.modningsportal.base.DanishTime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evaluation's round in a real browser, on the demo data: VIVE's evaluator sets a measure and a questionnaire, the
 * Aarhus project leader reports a month's count and hours and sees the questionnaire to pass on with its QR code, a
 * consultant ticks a meeting's attendance and sees the small count hidden, and the evaluator's dashboard and export
 * show it all, the small count included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo-data=true", "spring.datasource.url=jdbc:h2:mem:portal-evaluation-e2e;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class EvaluationJourneyTest {

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
    void closeContexts(org.junit.jupiter.api.TestInfo test) {
        for (int i = 0; i < contexts.size(); i++) {
            for (Page page : contexts.get(i).pages()) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Paths.get("target", "screenshots", "evaluation-" + i + ".png")));
            }
            contexts.get(i).close();
        }
    }

    private Page loginAs(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK").setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        Chromium.logIn(page, base(), username, "demo");
        return page;
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    @Test
    void the_evaluation_round_from_measure_to_export() throws Exception {
        long inclusion = jdbc.queryForObject("select id from project where name like 'Inklusion%'", Long.class);
        long aarhus = jdbc.queryForObject("select w.id from workspace w join organisation o on o.id = w.organisation_id "
                + "where o.name = 'Aarhus Kommune' and w.project_id = ?", Long.class, inclusion);
        String lastMonth = LocalDate.now(DanishTime.ZONE).withDayOfMonth(1).minusMonths(1).toString().substring(0, 7);

        // The evaluator sets a measure from a preset and registers a questionnaire.
        Page evaluator = loginAs("evaluator.vive");
        evaluator.navigate(base() + "evaluation?project=" + inclusion);
        evaluator.getByLabel("Fra skabelon").click();
        evaluator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Forsamtaler holdt")).click();
        evaluator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj registrering")).click();
        assertThat(evaluator.getByText("Registreringerne er gemt.")).isVisible();
        evaluator.getByLabel("Spørgeskema", new Page.GetByLabelOptions().setExact(true)).fill("Fagpersoner om implementeringen");
        evaluator.getByLabel("Hvem svarer").click();
        evaluator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Fagpersoner")).click();
        evaluator.getByLabel("Adresse i spørgeskemaværktøjet").fill("https://www.survey-xact.dk/LinkCollector?key=E2E");
        DateTimeFormatter danish = DateTimeFormatter.ofPattern("d.M.yyyy");
        Chromium.typeDate(evaluator.getByLabel("Åbner"), LocalDate.now(DanishTime.ZONE).format(danish));
        Chromium.typeDate(evaluator.getByLabel("Lukker"), LocalDate.now(DanishTime.ZONE).plusDays(30).format(danish));
        evaluator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér spørgeskemaet")).click();
        assertThat(evaluator.getByText("Spørgeskemaet Fagpersoner om implementeringen er registreret.")).isVisible();

        // The project leader reports last month's count and hours, and finds the questionnaire to pass on.
        Page leader = loginAs("projektleder.aarhus");
        leader.navigate(base() + "workspace/" + aarhus + "/evaluation?month=" + lastMonth);
        leader.getByLabel("Forsamtaler holdt").fill("3");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem tallene")).click();
        assertThat(leader.getByText("er gemt.").first()).isVisible();
        Locator hours = leader.getByLabel("Praktiker, Kompetenceudvikling, timer");
        hours.fill("7,5");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem tid og udgifter")).click();
        assertThat(leader.getByText("Tid og udgifter er gemt.")).isVisible();
        assertThat(leader.getByText("Fagpersoner om implementeringen")).isVisible();
        assertThat(leader.getByAltText("QR-kode til spørgeskemaet Fagpersoner om implementeringen")).isVisible();

        // A consultant ticks who came to the demo's held meeting, and sees the Aarhus count only as "< 5".
        Page consultant = loginAs("konsulent.mette");
        var held = jdbc.queryForMap("select m.activity_id, m.organisation_id from meeting m join plan_activity a "
                + "on a.id = m.activity_id where a.project_id = ? and m.status = 'PUBLISHED' order by m.id fetch first 1 rows only",
                inclusion);
        consultant.navigate(base() + "meetings/" + held.get("activity_id")
                + (held.get("organisation_id") == null ? "" : "?organisation=" + held.get("organisation_id")));
        Locator firstInvitee = consultant.locator(".meeting-attendance vaadin-checkbox").first();
        firstInvitee.click();
        consultant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem fremmøde")).click();
        assertThat(consultant.getByText("Fremmødet er gemt.")).isVisible();
        consultant.navigate(base() + "workspace/" + aarhus + "/evaluation?month=" + lastMonth);
        assertThat(consultant.getByLabel("Forsamtaler holdt")).hasAttribute("placeholder", "< 5");
        assertThat(consultant.getByLabel("Forsamtaler holdt")).hasValue("");

        // The evaluator's dashboard draws the registrations and the attendance; the export holds the small count.
        evaluator.navigate(base() + "dashboard");
        evaluator.getByText("Evalueringens registreringer over tid").click();
        assertThat(evaluator.locator(".registration-chart svg").first()).isVisible();
        evaluator.getByText("Fremmøde til møder og kompetenceudvikling").click();
        assertThat(evaluator.locator(".attendance-overview")).containsText("Aarhus Kommune");
        Download download = evaluator.waitForDownload(() -> evaluator.getByText("Alle projektets data (Excel)").click());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet registrations = workbook.getSheet("registreringer");
            boolean found = false;
            for (Row row : registrations) {
                if (row.getRowNum() > 0 && "Aarhus Kommune".equals(row.getCell(0).getStringCellValue())
                        && "Forsamtaler holdt".equals(row.getCell(1).getStringCellValue())) {
                    found = row.getCell(6).getNumericCellValue() == 3;
                }
            }
            org.assertj.core.api.Assertions.assertThat(found).as("the evaluator's export holds the 3 as it is").isTrue();
            org.assertj.core.api.Assertions.assertThat(workbook.getSheet("fremmoede").getLastRowNum()).isPositive();
            org.assertj.core.api.Assertions.assertThat(workbook.getSheet("tid_og_udgifter").getLastRowNum()).isPositive();
            org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("forklaring");
        }
    }

    /** Types a date as a person does and confirms it with Enter. */
}
