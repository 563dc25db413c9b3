package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until the portal reports itself ready, nobody reaches the login page, let alone signs in. */
class StartupGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate.ReadinessFilter gate = new StartupGate.ReadinessFilter(availability);

    @Test
    void a_sign_in_while_starting_is_told_to_wait_and_one_after_start_goes_through() throws Exception {
        MockHttpServletResponse starting = post();
        assertThat(starting.getStatus()).isEqualTo(503);
        assertThat(starting.getHeader("Retry-After")).isEqualTo("5");
        assertThat(starting.getContentAsString(StandardCharsets.UTF_8)).contains("Portalen starter", "The portal is starting");

        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(post().getStatus()).isEqualTo(200);

        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(post().getStatus()).as("a node taken out of service").isEqualTo(503);
    }

    private MockHttpServletResponse post() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "praktiker.aarhus");
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
