package dk.modningsportal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanService.ActivityInput;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The evaluator organises a case visit with interview times; the organisation's project leader confirms the room. */
class InterviewSlotsTest extends PortalTest {

    @Autowired
    PlanService plans;
    @Autowired
    MeetingService meetings;
    @Autowired
    InterviewSlots slots;
    @Autowired
    NotificationService notifications;

    @Test
    void the_evaluator_plans_a_case_visit_sets_interview_times_and_the_project_leader_confirms_the_room() {
        loginAs(world.evaluator);
        ActivityInput visit = new ActivityInput(null, 0, PlanActivityKind.CASE_VISIT, "Casebesøg i Kommune A", true,
                world.orgA.getId(), LocalDate.now(clock).plusWeeks(2), Timing.DAY, "1 dag", Venue.AT_ORGANISATION, null,
                EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.EVALUATORS), "Interview med fagpersoner",
                List.of());
        long activity = plans.save(world.p1.getId(), visit).id();
        assertThatThrownBy(() -> plans.save(world.p1.getId(), new ActivityInput(null, 0, PlanActivityKind.DEVELOPMENT_MEETING,
                "Udviklingsmøde", false, null, LocalDate.now(clock).plusWeeks(3), Timing.DAY, "1 dag", Venue.VIRTUAL, null,
                EnumSet.of(ParticipantGroup.CONSULTANTS), null, List.of())))
                .as("an evaluator plans only what they facilitate").isInstanceOf(AccessRefusedException.class);
        long meeting = meetings.open(activity, null).id();
        assertThat(meetings.details(meeting).organiser()).isTrue();

        var at = clock.instant().plus(Duration.ofDays(14));
        assertThatThrownBy(() -> slots.add(meeting, at, 60, world.memberB.getId()))
                .as("B is not A's staff").isInstanceOf(ValidationFailedException.class);
        var shown = slots.add(meeting, at, 60, world.memberA.getId());
        assertThat(shown.candidates()).extracting(r -> r.displayName()).contains("Anna A", "Per A").doesNotContain("Bo B");
        loginAs(world.memberA);
        assertThat(notifications.unreadCount()).as("the interviewee is told").isEqualTo(1);
        long slot = slots.of(meeting).slots().get(0).id();
        assertThatThrownBy(() -> slots.confirm(slot, 0, "Mødelokale 2")).isInstanceOf(AccessRefusedException.class);

        loginAs(world.projectLeaderA);
        assertThat(slots.of(meeting).confirmer()).isTrue();
        assertThatThrownBy(() -> slots.confirm(slot, 0, " ")).isInstanceOf(ValidationFailedException.class);
        var confirmed = slots.confirm(slot, slots.of(meeting).slots().get(0).version(), "Mødelokale 2").slots().get(0);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.room()).isEqualTo("Mødelokale 2");
        loginAs(world.memberA);
        assertThatThrownBy(() -> slots.add(meeting, at, 30, null)).as("a team member does not organise it")
                .isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberB);
        assertThatThrownBy(() -> slots.of(meeting)).isInstanceOf(AccessRefusedException.class);
    }
}
