package dk.modningsportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.Application;
import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** A node that is stopped finishes the request it is serving (a save, say) before it exits. */
class GracefulShutdownTest {

    private static final CountDownLatch STARTED = new CountDownLatch(1);

    /** A request that takes two seconds, as a slow save would; registered for this test's portal only. */
    static class SlowRequest {
        @Bean
        FilterRegistrationBean<Filter> slowRequestFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                STARTED.countDown();
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                response.getWriter().write("saved");
            });
            registration.addUrlPatterns("/slow-save");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }
    }

    @Test
    void a_request_in_flight_when_the_node_stops_is_answered_before_it_exits() throws Exception {
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class, SlowRequest.class).run(
                "--spring.datasource.url=jdbc:h2:mem:portal-shutdown;DB_CLOSE_DELAY=-1", "--portal.demo-data=false",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn");
        int port = Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slow-save")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(STARTED.await(10, TimeUnit.SECONDS)).isTrue();

        long stopping = System.nanoTime();
        portal.close();
        HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("saved");
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("the node waited for it").isGreaterThan(Duration.ofMillis(1000));
    }
}
