package dk.modningsportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PerRequestTest {

    private final AtomicInteger asked = new AtomicInteger();

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private String answer() {
        return "answer " + asked.incrementAndGet();
    }

    @Test
    void a_request_asks_once_until_it_changes_something_and_another_request_asks_again() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(PerRequest.remember("w:1", this::answer)).isEqualTo("answer 1");
        assertThat(PerRequest.remember("w:1", this::answer)).isEqualTo("answer 1");
        assertThat(PerRequest.remember("w:2", this::answer)).as("another key").isEqualTo("answer 2");
        PerRequest.forget();
        assertThat(PerRequest.remember("w:1", this::answer)).as("after a change").isEqualTo("answer 3");

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(PerRequest.remember("w:1", this::answer)).as("the next request").isEqualTo("answer 4");
    }

    @Test
    void outside_a_request_and_after_a_refusal_it_asks_each_time() {
        assertThat(PerRequest.remember("w:1", this::answer)).isEqualTo("answer 1");
        assertThat(PerRequest.remember("w:1", this::answer)).isEqualTo("answer 2");

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThatThrownBy(() -> PerRequest.remember("w:1", () -> {
            asked.incrementAndGet();
            throw new AccessRefusedException("error.workspaceRefused", "not yours");
        })).isInstanceOf(AccessRefusedException.class);
        assertThat(PerRequest.remember("w:1", this::answer)).isEqualTo("answer 4");
    }
}
