package dk.modningsportal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.meeting.MeetingAttendances.Attendance;
import dk.modningsportal.meeting.MeetingAttendances.Invitee;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanService.ActivityInput;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who came to a competence-development day, ticked by an organiser, counted per organisation and in its criteria. */
class MeetingAttendancesTest extends PortalTest {

    @Autowired
    PlanService plans;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingAttendances attendances;

    private long competenceDay(LocalDate on) {
        loginAs(world.consultantP1);
        long activity = plans.save(world.p1.getId(), new ActivityInput(null, 0, PlanActivityKind.COMPETENCE_DEVELOPMENT,
                "Kompetencedag", false, null, on, Timing.DAY, "1 dag", Venue.SOCIALSTYRELSEN_ODENSE, "Odense",
                EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.PRACTITIONERS, ParticipantGroup.EVALUATORS),
                "Kerneelementerne", List.of("Mindst én fra hver kommune", "Alle havde materialet med"))).id();
        return meetings.open(activity, null).id();
    }

    @Test
    void an_organiser_ticks_who_came_and_the_attendance_criterion_follows() {
        long meeting = competenceDay(LocalDate.now(clock).minusDays(1));
        Attendance before = attendances.attendance(meeting);
        assertThat(before.editable()).isTrue();
        assertThat(before.invitees()).extracting(Invitee::name).as("the Evaluator group invites the project's evaluator")
                .contains("Eva Evaluator", "Anna A", "Per A", "Bo B").doesNotContain("Cille C");

        Attendance saved = attendances.record(meeting, -1, Set.of(world.memberA.getId(), world.projectLeaderA.getId()),
                Map.of(GuestKind.PARENT_REPRESENTATIVES, 2));
        assertThat(saved.attended()).isEqualTo(2);
        assertThat(saved.guestsInAll()).isEqualTo(2);
        assertThat(saved.byOrganisation()).anySatisfy(o -> {
            assertThat(o.organisation()).isEqualTo("Kommune A");
            assertThat(o.attended()).isEqualTo(2);
        });
        assertThat(attendanceCriterionMet()).as("nobody from B yet").isFalse();
        attendances.record(meeting, saved.version(), Set.of(world.memberA.getId(), world.projectLeaderA.getId(),
                world.memberB.getId()), Map.of());
        assertThat(attendanceCriterionMet()).isTrue();
        assertThat(plans.plan(world.p1.getId()).activities().stream().filter(a -> a.title().equals("Kompetencedag"))
                .findFirst().orElseThrow().criteria()).filteredOn(c -> c.text().startsWith("Alle")).singleElement()
                .satisfies(c -> assertThat(c.met()).as("a criterion a person ticks stays theirs").isFalse());
        assertThatThrownBy(() -> attendances.record(meeting, saved.version(), Set.of(), Map.of()))
                .as("recorded meanwhile").isInstanceOf(ConcurrentEditException.class);

        assertThat(attendances.byOrganisation(world.p1.getId())).anySatisfy(o -> {
            assertThat(o.organisation()).isEqualTo("Kommune B");
            assertThat(o.meetingsAttended()).isEqualTo(1);
            assertThat(o.attendances()).isEqualTo(1);
        });
    }

    @Test
    void attendance_waits_for_the_day_and_only_the_invited_and_organisers_count() {
        long later = competenceDay(LocalDate.now(clock).plusDays(3));
        assertThatThrownBy(() -> attendances.record(later, -1, Set.of(), Map.of()))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry("attended", "meeting.attendanceNotYet"));
        long held = competenceDay(LocalDate.now(clock));
        assertThatThrownBy(() -> attendances.record(held, -1, Set.of(world.memberC.getId()), Map.of()))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry("attended", "meeting.attendeeNotInvited"));
        assertThatThrownBy(() -> attendances.record(held, -1, Set.of(), Map.of(GuestKind.OTHERS, -1)))
                .isInstanceOf(ValidationFailedException.class);

        loginAs(world.memberA);
        assertThat(attendances.attendance(held).editable()).isFalse();
        assertThatThrownBy(() -> attendances.record(held, -1, Set.of(world.memberA.getId()), Map.of()))
                .isInstanceOf(AccessRefusedException.class);
        loginAs(world.memberC);
        assertThatThrownBy(() -> attendances.attendance(held)).isInstanceOf(AccessRefusedException.class);
    }

    private boolean attendanceCriterionMet() {
        return plans.plan(world.p1.getId()).activities().stream().filter(a -> a.title().equals("Kompetencedag"))
                .findFirst().orElseThrow().criteria().stream().filter(c -> c.text().startsWith("Mindst"))
                .findFirst().orElseThrow().met();
    }
}
