package dk.modningsportal.meeting.ui;

import dk.modningsportal.base.DanishTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.meeting.OutcomeKind;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanService.ActivityInput;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import dk.modningsportal.project.WorkspaceRoutes;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The consultant writes the minutes of a development meeting with a follow-up that lands in Per's workspace. */
class MeetingViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @Test
    void minutes_with_a_follow_up_for_a_project_leader_appear_in_his_workspace_and_not_in_another() {
        loginAs(world.consultantP1);
        long activity = plans.save(world.p1.getId(), new ActivityInput(null, 0, PlanActivityKind.DEVELOPMENT_MEETING,
                "Udviklingsmøde", false, null, LocalDate.now(clock).plusWeeks(1), Timing.DAY, "1 dag",
                Venue.SOCIALSTYRELSEN_ODENSE, null, EnumSet.of(ParticipantGroup.PROJECT_LEADERS,
                        ParticipantGroup.PRACTITIONERS, ParticipantGroup.CONSULTANTS), null, List.of())).id();

        openAs(world.consultantP1, MeetingService.link(activity, null));
        MeetingView view = _get(MeetingView.class);
        _click(_get(Button.class, spec -> spec.withText("Brug den sædvanlige dagsorden for mødetypen")));
        assertThat(view.minutesAreas()).hasSize(5);

        enter(view.minutesAreas().get(2), "Kommune A og B deler deres erfaringer med forældrecaféer.");
        _click(LocatorJ._find(Button.class, spec -> spec.withText("Gem referat")).get(2));
        OutcomeForm form = view.outcomeForms().get(2);
        enter(form.kind, OutcomeKind.FOLLOW_UP);
        enter(form.text, "Send caféens program til netværket");
        enter(form.responsible, form.responsible.getListDataView().getItems()
                .filter(r -> r.displayName().equals("Per A")).findFirst().orElseThrow());
        enter(form.due, LocalDate.now(clock).plusWeeks(2));
        _click(form.add);
        assertThat(view.agenda.getElement().getTextRecursively()).contains("Send caféens program til netværket");

        view.publishNow();
        assertThat(view.minutesAreas()).as("published minutes are read-only text").isEmpty();
        assertThat(view.agenda.getElement().getTextRecursively())
                .contains("Kommune A og B deler deres erfaringer med forældrecaféer.");

        openAs(world.projectLeaderA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(_get(Div.class, spec -> spec.withClasses("meeting-follow-ups")).getElement().getTextRecursively())
                .contains("Send caféens program til netværket", "Per A", "Udviklingsmøde");
        _click(_get(Button.class, spec -> spec.withText("Udført")));

        openAs(world.memberB, WorkspaceRoutes.overview(world.workspaceB.getId()));
        assertThat(_get(Div.class, spec -> spec.withClasses("meeting-follow-ups")).getElement().getTextRecursively())
                .doesNotContain("Send caféens program").contains("Ingen åbne opfølgningspunkter.");
        assertThat(LocatorJ._find(MeetingView.class)).isEmpty();
    }

    @Test
    void a_practitioner_proposes_an_agenda_item_but_cannot_change_the_agenda() {
        loginAs(world.consultantP1);
        long activity = plans.save(world.p1.getId(), new ActivityInput(null, 0, PlanActivityKind.DEVELOPMENT_MEETING,
                "Udviklingsmøde", false, null, LocalDate.now(clock).plusWeeks(1), Timing.DAY, "1 dag",
                Venue.SOCIALSTYRELSEN_ODENSE, null, EnumSet.of(ParticipantGroup.PRACTITIONERS,
                        ParticipantGroup.CONSULTANTS), null, List.of())).id();
        openAs(world.consultantP1, MeetingService.link(activity, null));

        openAs(world.memberA, MeetingService.link(activity, null));
        MeetingView view = _get(MeetingView.class);
        assertThat(view.minutesAreas()).isEmpty();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Tilføj punkt"))).isEmpty();
        enter(view.proposal, "Transport til træning");
        _click(_get(Button.class, spec -> spec.withText("Foreslå")));
        assertThat(view.agenda.getElement().getTextRecursively()).contains("Transport til træning", "Forslag fra Anna A");
    }
}
