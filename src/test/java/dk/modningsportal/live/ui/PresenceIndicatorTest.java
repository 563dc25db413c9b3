package dk.modningsportal.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.ModuleEvents;
import dk.modningsportal.intervention.InterventionRoutes;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.Presence;
import dk.modningsportal.note.NoteRoutes;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A workspace shows who else has it open right now, and stops when they leave. */
class PresenceIndicatorTest extends KaribuTest {

    @Autowired
    Presence presence;
    @Autowired
    ChangeBus bus;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    /** The indicator is hidden while alone, so found by walking the tree rather than by Karibu's visible-only lookup. */
    private static PresenceIndicator find(Component root) {
        if (root instanceof PresenceIndicator indicator) {
            return indicator;
        }
        return root.getChildren().map(PresenceIndicatorTest::find).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    @Test
    void the_workspace_shows_a_colleague_who_has_it_open_and_not_oneself() {
        openAs(world.memberA, NoteRoutes.notes(world.workspaceA.getId()));
        PresenceIndicator indicator = find(UI.getCurrent());
        assertThat(indicator.shown()).as("alone, nothing to show").isEmpty();

        String place = "workspace:" + world.workspaceA.getId();
        // The colleague's visit is outside this test's transaction, as another person's is: the bus tells the screens on
        // its own thread, which sees only what has committed (this test's own work never does).
        TransactionTemplate colleagues = new TransactionTemplate(transactions);
        colleagues.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        Registration colleague = colleagues.execute(status -> presence.enter(place,
                new Presence.Visitor(world.projectLeaderA.getId(), world.projectLeaderA.getDisplayName()), v -> { }));
        ModuleEvents.awaitDelivered(bus);
        MockVaadin.clientRoundtrip(false);
        assertThat(indicator.shown()).isEqualTo("Også her nu: Per A");

        colleagues.executeWithoutResult(status -> colleague.remove());
        ModuleEvents.awaitDelivered(bus);
        MockVaadin.clientRoundtrip(false);
        assertThat(indicator.shown()).isEmpty();

        UI.getCurrent().navigate(InterventionRoutes.intervention(world.workspaceA.getId()));
        assertThat(presence.at(place)).as("a page without presence (the intervention) ends the visit").isEmpty();
    }

    @Test
    void a_node_reads_who_is_at_a_place_once_per_change_however_many_of_its_screens_show_it() {
        String place = "workspace:" + world.workspaceB.getId();
        TransactionTemplate outside = new TransactionTemplate(transactions);
        outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        java.util.List<java.util.List<Presence.Visitor>> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<Registration> screens = new java.util.ArrayList<>();
        for (var person : java.util.List.of(world.memberB, world.consultantP1, world.leaderA, world.evaluator)) {
            screens.add(outside.execute(status -> presence.enter(place,
                    new Presence.Visitor(person.getId(), person.getDisplayName()), heard::add)));
        }
        ModuleEvents.awaitDelivered(bus);
        double before = meters.get("portal.presence.reads").counter().count();
        heard.clear();

        Registration newcomer = outside.execute(status -> presence.enter(place,
                new Presence.Visitor(world.nationalLeader.getId(), world.nationalLeader.getDisplayName()), heard::add));
        ModuleEvents.awaitDelivered(bus);
        assertThat(meters.get("portal.presence.reads").counter().count() - before).as("one read for five screens")
                .isEqualTo(1.0);
        assertThat(heard).hasSize(5).allSatisfy(visitors -> assertThat(visitors).hasSize(5));

        outside.executeWithoutResult(status -> {
            newcomer.remove();
            screens.forEach(Registration::remove);
        });
        ModuleEvents.awaitDelivered(bus);
        assertThat(presence.at(place)).isEmpty();
    }
}
