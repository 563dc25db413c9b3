package dk.modningsportal.trialaction;

import dk.modningsportal.base.DanishTime;
import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.PortalTest;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.notification.NotificationService.NotificationRow;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The morning reminder of overdue trial actions. */
class OverdueRemindersTest extends PortalTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    OverdueReminders overdue;

    private List<NotificationRow> of(UserAccount user) {
        loginAs(user);
        return notifications.latest(50);
    }

    @Test
    void the_responsible_person_hears_once_that_a_trial_action_is_overdue() {
        loginAs(world.memberA);
        TrialActionInput input = trialActions.emptyInput(world.workspaceA.getId());
        input.setTitle("Hjemmebesøg i par");
        input.setGoal("Tryghed");
        input.setPlannedActivity("Besøg");
        input.setResponsible(new Person(world.projectLeaderA.getId(), "Per A", world.orgA.getId()));
        input.setStartDate(LocalDate.now(clock).minusWeeks(4));
        input.setEndDate(LocalDate.now(clock).minusDays(1));
        input.setCoreElements(Set.of(new CoreElementRef(world.p1Cooperation.getId(), "Samarbejde", null)));
        input.setStatus(TrialActionStatus.IN_PROGRESS);
        trialActions.create(world.workspaceA.getId(), input);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(overdue.remind()).isEqualTo(1);
        assertThat(overdue.remind()).as("not again the next morning").isZero();
        assertThat(of(world.projectLeaderA)).extracting(NotificationRow::kind, NotificationRow::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.TRIAL_ACTION_OVERDUE, "Hjemmebesøg i par"));
        assertThat(of(world.memberA)).isEmpty();
    }
}
