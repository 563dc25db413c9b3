package dk.modningsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core (WCAG 2.1 A and AA rules) on the main views, as each role sees them with the demo data: a
 * critical or serious finding fails the build, with the rule, the page and the elements named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo-data=true", "spring.datasource.url=jdbc:h2:mem:portal-axe;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class AccessibilityTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static Browser browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    static void launchChromium() {
        browser = Chromium.browser();
    }

    @Test
    void the_main_views_have_no_serious_accessibility_findings_for_any_role() {
        List<String> findings = new ArrayList<>();
        findings.addAll(check(null, "login"));
        findings.addAll(check("praktiker.aarhus", "", "workspace/1", "workspace/1/trial-actions",
                "workspace/1/trial-actions/new", "workspace/1/notes", "workspace/1/self-evaluation",
                "workspace/1/intervention", "workspace/1/evaluation", "notifications", "account", "search?q=for%C3%A6ldre"));
        findings.addAll(check("projektleder.aarhus", "workspace/1/evaluation", "workspace/1/self-evaluation",
                "project/1/across"));
        // What Aarhus shared with the project, as Odense reads it.
        String sharedByAarhus = "select t.id from %s t join workspace w on w.id = t.workspace_id join organisation o "
                + "on o.id = w.organisation_id where o.name = 'Aarhus Kommune' and t.shared_at is not null "
                + "order by t.id fetch first 1 rows only";
        findings.addAll(check("praktiker.odense", "project/1/across",
                "shared/trial-actions/" + jdbc.queryForObject(sharedByAarhus.formatted("trial_action"), Long.class),
                "shared/notes/" + jdbc.queryForObject(sharedByAarhus.formatted("experience_note"), Long.class)));
        findings.addAll(check("konsulent.mette", "dashboard", "maturation", "maturation/workshop/1", "maturation/workshop/2", "plan"));
        findings.addAll(check("leder.aarhus", "workspace/1", "admin/audit"));
        // National management may not read the audit log: the refused page still has a title, as has a missing one.
        findings.addAll(check("ledelse.sst", "admin/audit", "workspace/abc", "no-such-page"));
        findings.addAll(check("evaluator.vive", "dashboard", "evaluation", "plan"));
        findings.addAll(check("admin", "admin/accounts", "admin/organisations", "admin/projects", "admin/projects/1",
                "admin/audit"));
        assertThat(findings).as(String.join("\n", findings)).isEmpty();
    }

    private List<String> check(String username, String... paths) {
        List<String> findings = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK"))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            if (username != null) {
                Chromium.logIn(page, "http://localhost:" + port + "/", username, "demo");
            }
            for (String path : paths) {
                page.navigate("http://localhost:" + port + "/" + path);
                page.waitForLoadState();
                // The view has been built once it has set the page's title (a heavy view on a busy machine
                // takes longer than a fixed wait); then a moment for its last rendering.
                page.waitForFunction("() => document.title.length > 0");
                page.waitForTimeout(1_500);
                if (path.endsWith("/new")) {
                    // A form is checked as a person leaves it: dates typed and confirmed with Enter.
                    com.microsoft.playwright.Locator dates = page.locator("vaadin-date-picker:visible input");
                    for (int i = 0; i < dates.count(); i++) {
                        Chromium.typeDate(dates.nth(i), "31.01.2027");
                    }
                    page.waitForTimeout(600);
                }
                AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
                for (Rule rule : results.getViolations()) {
                    if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                        findings.add((username == null ? "anonymous" : username) + " /" + path + ": " + rule.getId()
                                + " (" + rule.getImpact() + ") " + rule.getNodes().stream().limit(3)
                                .map(n -> String.valueOf(n.getTarget())).toList());
                    }
                }
            }
        }
        return findings;
    }
}
