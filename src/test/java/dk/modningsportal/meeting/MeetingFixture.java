package dk.modningsportal.meeting;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanService.ActivityInput;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Meeting activities in a test project's plan, as a consultant would add them. */
public final class MeetingFixture {

    private MeetingFixture() {
    }

    public static long developmentMeeting(PlanService plans, long projectId) {
        return plans.save(projectId, new ActivityInput(null, 0, PlanActivityKind.DEVELOPMENT_MEETING, "Udviklingsmøde",
                false, null, LocalDate.now(DanishTime.ZONE).plusWeeks(3), Timing.DAY, "1 dag", Venue.SOCIALSTYRELSEN_ODENSE,
                "Edisonsvej 1, Odense", EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.PRACTITIONERS,
                        ParticipantGroup.CONSULTANTS), "Erfaringsudveksling", List.of())).id();
    }

    /** Where the teams present their trial actions to each other (seed 003), in two weeks. */
    public static long reflectionMeeting(PlanService plans, long projectId) {
        return plans.save(projectId, new ActivityInput(null, 0, PlanActivityKind.REFLECTION_MEETING, "Refleksionsmøde",
                false, null, LocalDate.now(DanishTime.ZONE).plusWeeks(2), Timing.DAY, "3 timer", Venue.VIRTUAL, null,
                EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.PRACTITIONERS,
                        ParticipantGroup.CONSULTANTS), "Prøvehandlingerne på tværs", List.of())).id();
    }

    static long dialogueMeetingInEach(PlanService plans, long projectId) {
        return plans.save(projectId, new ActivityInput(null, 0, PlanActivityKind.DIALOGUE_MEETING, "Dialogmøde", true,
                null, LocalDate.now(DanishTime.ZONE).plusWeeks(2), Timing.DAY, "2 timer", Venue.AT_ORGANISATION, null,
                EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.LEADERS, ParticipantGroup.CONSULTANTS),
                "Status og behov", List.of())).id();
    }
}
