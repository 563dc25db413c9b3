package dk.modningsportal.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, started once for all browser tests of the run and closed when the JVM ends.
 * Without it the tests are skipped locally and fail on CI (.ci/run installs it).
 */
final class Chromium {

    private static final Path PATH = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static Browser browser;

    private Chromium() {
    }

    static synchronized Browser browser() {
        if (!Files.isExecutable(PATH)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium not found at " + PATH + "; .ci/run installs it with apt-get install chromium");
            }
            Assumptions.abort("Chromium not installed at " + PATH + " (apt-get install chromium)");
        }
        if (browser == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH)
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** Signs in through the portal's login form and waits until the portal has let the person in. */
    static void logIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Types a date into a date field as a person does: click, the digits and dots key by key, Enter. */
    static void typeDate(com.microsoft.playwright.Locator field, String date) {
        field.click();
        field.pressSequentially(date, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
        field.press("Enter");
    }

    /** A port free now, for a server whose address a test must know before it starts. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
