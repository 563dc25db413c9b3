package dk.modningsportal.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveRefreshTest extends KaribuTest {

    @Autowired
    ChangeBus bus;

    @Test
    void a_change_that_arrives_while_a_view_is_open_refreshes_it_but_not_once_it_closed_in_the_same_request() {
        openAs(world.memberA, "");
        AtomicInteger refreshed = new AtomicInteger();
        Div view = new Div();
        LiveRefresh.whileAttached(view, bus, change -> true, refreshed::incrementAndGet);
        UI.getCurrent().add(view);

        bus.publish(Change.inWorkspace(world.p1.getId(), world.workspaceA.getId()));
        dk.modningsportal.ModuleEvents.awaitDelivered(bus);
        MockVaadin.clientRoundtrip(false);
        assertThat(refreshed).hasValue(1);

        // As when a dialog deletes its own subject: the change is queued, then the dialog closes.
        bus.publish(Change.inWorkspace(world.p1.getId(), world.workspaceA.getId()));
        dk.modningsportal.ModuleEvents.awaitDelivered(bus);
        UI.getCurrent().remove(view);
        MockVaadin.clientRoundtrip(false);
        assertThat(refreshed).as("a closed view is not refreshed").hasValue(1);
    }

    @Test
    void a_save_does_not_refresh_other_screens_on_its_own_thread_and_a_burst_refreshes_a_busy_screen_once() {
        openAs(world.memberA, "");
        AtomicInteger refreshed = new AtomicInteger();
        Div view = new Div();
        LiveRefresh.whileAttached(view, bus, change -> true, refreshed::incrementAndGet);
        UI.getCurrent().add(view);
        java.util.concurrent.atomic.AtomicReference<Thread> toldOn = new java.util.concurrent.atomic.AtomicReference<>();
        var listening = bus.subscribe(change -> true, change -> toldOn.set(Thread.currentThread()));

        // The test holds the UI's session, as a tab busy with its own request does: five saves meanwhile.
        for (int i = 0; i < 5; i++) {
            bus.publish(Change.inWorkspace(world.p1.getId(), world.workspaceA.getId()));
        }
        dk.modningsportal.ModuleEvents.awaitDelivered(bus);
        listening.remove();
        assertThat(toldOn.get()).isNotNull().isNotSameAs(Thread.currentThread());
        MockVaadin.clientRoundtrip(false);
        assertThat(refreshed).as("one refresh covers the burst").hasValue(1);
    }
}
