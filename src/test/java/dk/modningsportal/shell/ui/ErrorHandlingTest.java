package dk.modningsportal.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import dk.modningsportal.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a person is told when something fails: an outage as such, anything else with a code to quote. */
class ErrorHandlingTest extends KaribuTest {

    private static List<String> shown() {
        return _find(Notification.class).stream().filter(Notification::isOpened)
                .map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void an_outage_says_the_text_is_kept_and_a_fault_gives_a_code_the_person_can_quote() {
        openAs(world.memberA, "");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new CannotCreateTransactionException("no connection", new java.net.ConnectException("refused"))));
        assertThat(shown()).singleElement().asString().contains("databasen ikke svarer", "står stadig her");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a fault")));
        assertThat(shown()).as("the newer notice replaces the older").singleElement().asString()
                .containsPattern("fejlkode [0-9A-Z]{6}");
    }
}
