package dk.modningsportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an operator watches: liveness and readiness (the database included) and Prometheus metrics, on the
 * management port only; the portal's own port does not answer them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:portal-operations;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @org.springframework.beans.factory.annotation.Autowired
    dk.modningsportal.operations.ClusterJobs jobs;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_and_metrics_answer_on_the_management_port_and_nowhere_else() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus"}) {
            assertThat(get(port, path).statusCode()).as("the portal's port: " + path).isNotEqualTo(200);
        }
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"");
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);

        jobs.runOnce("operations-test-job", java.time.Duration.ZERO, java.time.Duration.ofMinutes(1), () -> { });
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active", "http_server_requests",
                "portal_vaadin_sessions", "portal_vaadin_uis", "portal_mail_outbox",
                "portal_job_last_success_seconds{job=\"operations-test-job\"");
        // The portal's own timer knows a page load from a UIDL message (RequestTimes), with a histogram.
        assertThat(metrics.body()).containsPattern("portal_requests_seconds_count\\{[^}]*kind=\"page\"[^}]*\\} [1-9]")
                .containsPattern("portal_requests_seconds_bucket\\{[^}]*kind=\"uidl\"");
    }
}
