package dk.modningsportal.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.KaribuTest;
import dk.modningsportal.meeting.GuestKind;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanService.ActivityInput;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A consultant ticks a competence day's attendance; the evaluator sets a case visit's interview times in the meeting. */
class AttendanceViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    private long activity(PlanActivityKind kind, boolean local, Long organisationId, LocalDate on) {
        return plans.save(world.p1.getId(), new ActivityInput(null, 0, kind, titleOf(kind), local, organisationId, on,
                Timing.DAY, "1 dag", Venue.AT_ORGANISATION, null,
                EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.PRACTITIONERS, ParticipantGroup.EVALUATORS),
                null, List.of())).id();
    }

    private static String titleOf(PlanActivityKind kind) {
        return kind == PlanActivityKind.CASE_VISIT ? "Casebesøg" : "Kompetencedag";
    }

    @Test
    void a_consultant_ticks_who_came_to_a_competence_day() {
        loginAs(world.consultantP1);
        long day = activity(PlanActivityKind.COMPETENCE_DEVELOPMENT, false, null, LocalDate.now(clock));
        openAs(world.consultantP1, MeetingService.link(day, null));
        AttendancePanel panel = _get(MeetingView.class).attendance;
        enter(panel.attended.get(world.memberA.getId()), true);
        enter(panel.attended.get(world.memberB.getId()), true);
        enter(panel.guests.get(GuestKind.ASSOCIATION_VOLUNTEERS), 3);
        _click(panel.save);
        expectNotifications("Fremmødet er gemt.");

        openAs(world.memberB, MeetingService.link(day, null));
        assertThat(_get(MeetingView.class).attendance.getElement().getTextRecursively())
                .contains("2 af 4 inviterede mødte op, og 3 andre.", "Kommune A: 1 af 2", "Kommune B: 1 af 1");
    }

    @Test
    void the_evaluator_sets_an_interview_time_on_a_case_visit() {
        loginAs(world.evaluator);
        long visit = activity(PlanActivityKind.CASE_VISIT, true, world.orgA.getId(), LocalDate.now(clock).plusWeeks(2));
        openAs(world.evaluator, MeetingService.link(visit, world.orgA.getId()));
        InterviewSlotsPanel panel = _get(MeetingView.class).interviews;
        enter(panel.startsAt, LocalDateTime.now(clock).plusDays(14).withHour(10).withMinute(0).withSecond(0).withNano(0));
        enter(panel.interviewee, panel.interviewee.getListDataView().getItems()
                .filter(r -> r.displayName().equals("Anna A")).findFirst().orElseThrow());
        _click(panel.add);
        assertThat(panel.list.getElement().getTextRecursively()).contains("Anna A", "venter på projektlederens bekræftelse");
    }
}
