package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What a browser gets from the login page and the login form, checked over HTTP as a careful tester did. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:web-hardening;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class WebHardeningTest {

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_login_page_carries_the_browser_protections_and_a_cookie_only_session() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(page.body()).doesNotContain(";jsessionid=").contains("name=\"_csrf\"");
    }

    @Test
    void every_page_names_the_portals_icon_and_both_icons_are_served_to_anyone() throws Exception {
        assertThat(get("/login", null).body()).contains("icons/icon.svg");
        HttpResponse<String> ico = get("/favicon.ico", null);
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("icon"));
        assertThat(get("/icons/icon.svg", null).statusCode()).isEqualTo(200);
    }

    @Test
    void stylesheets_travel_compressed_and_versioned_files_are_kept_until_their_address_changes() throws Exception {
        String login = get("/login", null).body();
        java.util.regex.Matcher lumo = java.util.regex.Pattern.compile("href=\"\\./(lumo/lumo\\.css\\?v-c=[^\"]+)\"").matcher(login);
        assertThat(lumo.find()).as("the login page links Lumo's stylesheet with its version").isTrue();
        HttpResponse<byte[]> css = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + lumo.group(1)))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(css.body().length).as("compressed bytes").isLessThan(80_000);
        assertThat(css.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");

        java.util.regex.Matcher bundle = java.util.regex.Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(login);
        assertThat(bundle.find()).isTrue();
        HttpResponse<String> script = get("/" + bundle.group(1), null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(get("/login", null).headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void search_engines_are_asked_to_stay_out_and_the_login_page_describes_itself() throws Exception {
        HttpResponse<String> robots = get("/robots.txt", null);
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /").doesNotContain("<html");
        assertThat(get("/login", null).body()).containsPattern("<meta name=\"description\" content=\"Modningsportalen[^\"]+\"");
    }

    @Test
    void a_login_without_the_forms_token_is_refused_and_one_with_it_is_checked() throws Exception {
        HttpResponse<String> forged = post("/login", "username=admin&password=wrong", null);
        assertThat(forged.statusCode()).as("login CSRF").isEqualTo(403);
        assertThat(forged.body()).contains("Til forsiden");

        HttpResponse<String> page = get("/login", null);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> real = post("/login", "username=admin&password=wrong&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8), cookie);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location")).as("relative: the Host header is not trusted").contains("/login?error");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
