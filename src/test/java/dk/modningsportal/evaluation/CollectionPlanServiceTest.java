package dk.modningsportal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.CollectionPlanService.Due;
import dk.modningsportal.evaluation.CollectionPlanService.ItemInput;
import dk.modningsportal.evaluation.CollectionPlanService.Status;
import dk.modningsportal.notification.NotificationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The data-collection plan: what is due from whom, seen in the portal or marked, at a glance, and reminded. */
class CollectionPlanServiceTest extends PortalTest {

    @Autowired
    CollectionPlanService plan;
    @Autowired
    CollectionReminders reminders;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TimeAndCostService time;
    @Autowired
    NotificationService notifications;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void the_evaluator_plans_the_collection_and_an_outsider_may_not() {
        loginAs(world.evaluator);
        plan.addQuestion(world.p1.getId(), "Hvordan er indsatsen blevet implementeret?");
        assertThatThrownBy(() -> plan.addItem(world.p1.getId(), new ItemInput(CollectionKind.DOCUMENTS, " ", null,
                Rhythm.ONCE, today().minusYears(3), null, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry("title", "validation.required").containsEntry("firstDay", "evaluation.countedFromInProject"));
        plan.addItem(world.p1.getId(), new ItemInput(CollectionKind.DOCUMENTS, "Organisationsbeskrivelse", "Projektlederen",
                Rhythm.ONCE, today().plusDays(3), null, null));
        assertThat(plan.items(world.p1.getId())).extracting(CollectionPlanService.ItemRow::title)
                .containsExactly("Organisationsbeskrivelse");
        assertThat(plan.questions(world.p1.getId())).hasSize(1);

        loginAs(world.projectLeaderA);
        assertThatThrownBy(() -> plan.addQuestion(world.p1.getId(), "Mit spørgsmål")).isInstanceOf(AccessRefusedException.class);
        loginAs(world.memberC);
        assertThatThrownBy(() -> plan.items(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void each_organisation_sees_what_is_due_late_and_done_and_marks_what_the_portal_cannot_see() {
        loginAs(world.evaluator);
        long documents = plan.addItem(world.p1.getId(), new ItemInput(CollectionKind.DOCUMENTS, "Organisationsbeskrivelse",
                null, Rhythm.ONCE, today().minusDays(2), null, null));
        plan.addItem(world.p1.getId(), new ItemInput(CollectionKind.COST_ESTIMATE, "Tid og udgifter", null,
                Rhythm.MONTHLY, today().minusMonths(1), 10, null));
        loginAs(world.projectLeaderA);
        Due late = due(plan.dueFrom(world.workspaceA.getId()), "Organisationsbeskrivelse", today().minusDays(2));
        assertThat(late.status()).isEqualTo(Status.LATE);
        assertThat(late.markable()).isTrue();
        plan.markDelivered(documents, world.workspaceA.getId(), today().minusDays(2), true);
        assertThat(due(plan.dueFrom(world.workspaceA.getId()), "Organisationsbeskrivelse", today().minusDays(2)).status())
                .isEqualTo(Status.DONE);

        LocalDate lastMonth = ReportingPeriod.MONTH.startOf(today()).minusMonths(1);
        Due costs = due(plan.dueFrom(world.workspaceA.getId()), "Tid og udgifter", lastMonth);
        assertThat(costs.status()).isNotEqualTo(Status.DONE);
        assertThat(costs.markable()).as("the portal sees it itself").isFalse();
        time.save(world.workspaceA.getId(), lastMonth, Map.of(StaffRole.PROJECT_LEADER,
                Map.of(TimeCategory.COORDINATION, BigDecimal.TEN)), Map.of(), -1);
        assertThat(due(plan.dueFrom(world.workspaceA.getId()), "Tid og udgifter", lastMonth).status()).isEqualTo(Status.DONE);
        assertThatThrownBy(() -> plan.markDelivered(documents, world.workspaceB.getId(), today().minusDays(2), true))
                .as("another organisation's").isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberA);
        assertThat(due(plan.dueFrom(world.workspaceA.getId()), "Organisationsbeskrivelse", today().minusDays(2)).markable())
                .as("the project leader marks").isFalse();

        loginAs(world.evaluator);
        var matrix = plan.matrix(world.p1.getId());
        assertThat(matrix).filteredOn(r -> r.organisation().equals("Kommune A")).singleElement()
                .satisfies(r -> assertThat(r.byItem().get(documents)).isEqualTo(Status.DONE));
        assertThat(matrix).filteredOn(r -> r.organisation().equals("Kommune B")).singleElement()
                .satisfies(r -> assertThat(r.late()).isPositive());
    }

    @Test
    void project_leaders_are_reminded_once_of_what_is_due_within_a_week() {
        loginAs(world.evaluator);
        plan.addItem(world.p1.getId(), new ItemInput(CollectionKind.INTERVIEW, "Udvælg interviewpersoner", null,
                Rhythm.ONCE, today().plusDays(4), null, null));
        plan.addItem(world.p1.getId(), new ItemInput(CollectionKind.DOCUMENTS, "Senere", null, Rhythm.ONCE,
                today().plusDays(20), null, null));
        assertThat(reminders.remind()).as("A's project leader, for the interview only").isEqualTo(1);
        assertThat(reminders.remind()).as("once").isZero();
        loginAs(world.projectLeaderA);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    private static Due due(List<Due> due, String title, LocalDate periodStart) {
        return due.stream().filter(d -> d.item().title().equals(title) && d.periodStart().equals(periodStart))
                .findFirst().orElseThrow();
    }
}
