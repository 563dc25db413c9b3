package dk.modningsportal.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PdfText;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.meeting.AgendaItemPlaces.AgendaItemPlace;
import dk.modningsportal.meeting.MeetingFixture;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.meeting.MeetingService.ItemInput;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.sharing.AgendaPresentations.Attached;
import dk.modningsportal.sharing.AgendaPresentations.OnAgendaItem;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team's reflection presentation on the reflection meeting's agenda item: putting it there shares the chosen
 * items; everyone who reads the agenda downloads it as they may read the items; nobody outside the project reaches it.
 */
class AgendaPresentationsTest extends PortalTest {

    private static final Locale DANISH = Locale.of("da", "DK");

    @Autowired
    AgendaPresentations presentations;
    @Autowired
    MeetingService meetings;
    @Autowired
    PlanService plans;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    NoteService notes;
    @Autowired
    MaturationFixture fixture;

    TrialActionInput evaluated;
    NoteInput note;
    long teamsPresent;
    long internalItem;
    long developmentItem;

    @BeforeEach
    void aReflectionMeetingWithAnAgenda() {
        evaluated = fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA, "Fælles morgenmøde",
                world.p1Cooperation);
        note = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Forældrene kom, da vi flyttede mødet",
                NoteKind.WORKS_WELL, world.p1Cooperation);
        loginAs(world.consultantP1);
        MeetingDetails reflection = meetings.open(MeetingFixture.reflectionMeeting(plans, world.p1.getId()), null);
        reflection = meetings.saveItem(reflection.id(), new ItemInput(null, 0, "Teamene fortæller om prøvehandlingerne",
                null, 60, false));
        reflection = meetings.saveItem(reflection.id(), new ItemInput(null, 0, "Konsulenternes forberedelse", null, 15,
                true));
        teamsPresent = reflection.items().get(0).id();
        internalItem = reflection.items().get(1).id();
        MeetingDetails development = meetings.open(MeetingFixture.developmentMeeting(plans, world.p1.getId()), null);
        developmentItem = meetings.saveItem(development.id(), new ItemInput(null, 0, "Status", null, 30, false))
                .items().get(0).id();
    }

    @Test
    void putting_the_presentation_on_the_agenda_shares_its_items_and_every_participant_downloads_it() throws Exception {
        loginAs(world.memberA);
        assertThat(presentations.placesFor(world.workspaceA.getId())).extracting(AgendaItemPlace::itemId)
                .as("the reflection meeting's item, not the development meeting's or the organisers' own")
                .containsExactly(teamsPresent);
        presentations.attach(world.workspaceA.getId(), teamsPresent, List.of(evaluated.getId()), List.of(note.getId()));
        assertThat(trialActions.sharing(evaluated.getId()).shared()).isTrue();
        assertThat(notes.sharing(note.getId()).shared()).isTrue();
        OnAgendaItem ours = presentations.on(teamsPresent);
        assertThat(ours.attached()).singleElement().satisfies(a -> {
            assertThat(a.organisationName()).isEqualTo("Kommune A");
            assertThat(a.attachedByName()).isEqualTo("Anna A");
            assertThat(a.trialActions()).isEqualTo(1);
            assertThat(a.ours()).isTrue();
        });

        loginAs(world.memberB);
        OnAgendaItem seenByB = presentations.on(teamsPresent);
        assertThat(seenByB.attachableFrom()).isEqualTo(world.workspaceB.getId());
        Attached aarhus = seenByB.attached().get(0);
        assertThat(aarhus.ours()).isFalse();
        assertThat(PdfText.of(presentations.pdf(aarhus.id(), DANISH)))
                .contains("Refleksionsmøde: Kommune A", "Fælles morgenmøde", "Hvad vi lærte", "Forældrene kom");
        assertThatThrownBy(() -> presentations.detach(aarhus.id())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberA);
        trialActions.share(evaluated.getId(), false);
        assertThat(PdfText.of(presentations.pdf(aarhus.id(), DANISH))).as("the team still presents it")
                .contains("Fælles morgenmøde");
        loginAs(world.memberB);
        assertThat(PdfText.of(presentations.pdf(aarhus.id(), DANISH))).as("withdrawn: the others no longer get it")
                .doesNotContain("Fælles morgenmøde").contains("Forældrene kom");

        loginAs(world.memberA);
        presentations.detach(aarhus.id());
        assertThat(presentations.on(teamsPresent).attached()).isEmpty();
        assertThat(notes.sharing(note.getId()).shared()).as("taking it off withdraws nothing").isTrue();
    }

    @Test
    void a_team_puts_up_one_presentation_per_item_which_it_can_replace() {
        loginAs(world.memberA);
        presentations.attach(world.workspaceA.getId(), teamsPresent, List.of(evaluated.getId()), List.of());
        presentations.attach(world.workspaceA.getId(), teamsPresent, List.of(evaluated.getId()), List.of(note.getId()));
        assertThat(presentations.on(teamsPresent).attached()).singleElement()
                .satisfies(a -> assertThat(a.notes()).isEqualTo(1));
        assertThatThrownBy(() -> presentations.attach(world.workspaceA.getId(), teamsPresent, List.of(), List.of()))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void nobody_outside_the_project_or_the_team_reaches_it() {
        loginAs(world.memberA);
        presentations.attach(world.workspaceA.getId(), teamsPresent, List.of(evaluated.getId()), List.of());
        long id = presentations.on(teamsPresent).attached().get(0).id();
        assertThatThrownBy(() -> presentations.attach(world.workspaceA.getId(), developmentItem,
                List.of(evaluated.getId()), List.of())).as("not a meeting where the teams present")
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> presentations.attach(world.workspaceA.getId(), internalItem,
                List.of(evaluated.getId()), List.of())).as("the organisers' own item")
                .isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberB);
        assertThatThrownBy(() -> presentations.attach(world.workspaceA.getId(), teamsPresent,
                List.of(evaluated.getId()), List.of())).as("another team's workspace")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> presentations.attach(world.workspaceB.getId(), teamsPresent,
                List.of(evaluated.getId()), List.of())).as("another team's trial action")
                .isInstanceOf(NotFoundException.class);

        loginAs(world.memberC);
        assertThatThrownBy(() -> presentations.on(teamsPresent)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> presentations.pdf(id, DANISH)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> presentations.attach(world.workspaceC.getId(), teamsPresent,
                List.of(), List.of(note.getId()))).as("another project's meeting").isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP2);
        assertThatThrownBy(() -> presentations.pptx(id, DANISH)).isInstanceOf(AccessRefusedException.class);
    }
}
