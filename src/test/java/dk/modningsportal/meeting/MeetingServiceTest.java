package dk.modningsportal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dk.modningsportal.PdfText;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.meeting.MeetingService.FollowUp;
import dk.modningsportal.meeting.MeetingService.ItemInput;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService.OutcomeInput;
import dk.modningsportal.note.NoteFilter;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteRow;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.security.UserDirectory.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Who keeps agendas and minutes, who proposes, what publishing the minutes sets going, and the calendar file. */
class MeetingServiceTest extends PortalTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingMinutes minutes;
    @Autowired
    FollowUps followUps;
    @Autowired
    MeetingCalendar calendarFiles;
    @Autowired
    PlanService plans;
    @Autowired
    NoteService notes;
    @Autowired
    NotificationService notifications;
    @Autowired
    MeetingPdf pdf;

    private long development;
    private long dialogue;

    @BeforeEach
    void plan() {
        loginAs(world.consultantP1);
        development = MeetingFixture.developmentMeeting(plans, world.p1.getId());
        dialogue = MeetingFixture.dialogueMeetingInEach(plans, world.p1.getId());
    }

    @Test
    void consultants_keep_the_agenda_of_a_shared_meeting_and_participants_propose_items() {
        loginAs(world.consultantP1);
        MeetingDetails meeting = meetings.open(development, null);
        assertThat(meeting.organiser()).isTrue();
        assertThat(meeting.invitees()).extracting(Reader::displayName)
                .contains("Anna A", "Per A", "Bo B", "Konsulent Et").doesNotContain("Lene A", "Cille C");
        meeting = meetings.useTemplate(meeting.id());
        assertThat(meeting.items()).hasSize(5);
        MeetingService.ItemRow first = meeting.items().get(0);
        meeting = meetings.saveItem(meeting.id(), new ItemInput(first.id(), first.version(), "Velkomst ved chefen",
                "Chef SST", 15, false));
        assertThat(meeting.items().get(0).title()).isEqualTo("Velkomst ved chefen");
        long meetingId = meeting.id();
        assertThatThrownBy(() -> meetings.saveItem(meetingId, new ItemInput(first.id(), first.version(), "Fra en gammel fane",
                null, 5, false))).isInstanceOf(dk.modningsportal.base.ConcurrentEditException.class);

        loginAs(world.memberB);
        MeetingDetails seen = meetings.open(development, null);
        assertThat(seen.organiser()).isFalse();
        long id = seen.id();
        assertThatThrownBy(() -> meetings.saveItem(id, new ItemInput(null, 0, "Eget punkt", null, 10, false)))
                .isInstanceOf(AccessRefusedException.class);
        MeetingDetails proposed = meetings.propose(id, "Rekruttering af frivillige");
        assertThat(proposed.items()).filteredOn(MeetingService.ItemRow::proposed).singleElement()
                .satisfies(i -> assertThat(i.proposedBy()).isEqualTo("Bo B"));

        loginAs(world.leaderA);
        assertThatThrownBy(() -> meetings.propose(id, "Ledelsens punkt"))
                .as("leaders are not invited to this meeting").isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP2);
        assertThatThrownBy(() -> meetings.open(development, null)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_local_meeting_is_its_organisations_own_and_shared_with_its_project_leader() {
        loginAs(world.projectLeaderA);
        MeetingDetails ours = meetings.open(dialogue, null);
        assertThat(ours.organisationName()).isEqualTo("Kommune A");
        assertThat(ours.organiser()).isTrue();
        ours = meetings.saveItem(ours.id(), new ItemInput(null, 0, "Vores status", "Per A", 20, false));
        long ourId = ours.id();

        loginAs(world.memberB);
        assertThat(meetings.open(dialogue, world.orgA.getId()).organisationName())
                .as("an organisation always opens its own").isEqualTo("Kommune B");
        assertThatThrownBy(() -> calendarFiles.ics(ourId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> meetings.details(ourId)).isInstanceOf(AccessRefusedException.class);

        loginAs(world.consultantP1);
        assertThatThrownBy(() -> meetings.open(dialogue, null)).as("the consultant chooses which organisation's")
                .isInstanceOf(ValidationFailedException.class);
        assertThat(meetings.open(dialogue, world.orgA.getId()).items()).extracting(MeetingService.ItemRow::title)
                .containsExactly("Vores status");
    }

    @Test
    void published_minutes_put_follow_ups_notes_and_proposals_to_work_and_are_then_read_only() {
        loginAs(world.consultantP1);
        MeetingDetails meeting = meetings.open(development, null);
        meeting = meetings.saveItem(meeting.id(), new ItemInput(null, 0, "Erfaringer med forældrecaféer", "Kommunerne", 45,
                false));
        long item = meeting.items().get(0).id();
        meeting = minutes.writeMinutes(item, meeting.items().get(0).version(), "Begge kommuner har gode erfaringer.");
        LocalDate due = LocalDate.now(clock).plusWeeks(2);
        minutes.addOutcome(item, new OutcomeInput(OutcomeKind.FOLLOW_UP, "Del caféens program med netværket",
                world.projectLeaderA.getId(), due, null));
        minutes.addOutcome(item, new OutcomeInput(OutcomeKind.EXPERIENCE_NOTE, "Caféen virker bedst om eftermiddagen",
                null, null, world.orgB.getId()));
        minutes.addOutcome(item, new OutcomeInput(OutcomeKind.CHANGE_PROPOSAL, "Caféen bør nævnes i indsatsbeskrivelsen",
                null, null, world.orgA.getId()));
        assertThatThrownBy(() -> minutes.addOutcome(item, new OutcomeInput(OutcomeKind.FOLLOW_UP, "Uden for mødet",
                world.memberC.getId(), due, null))).isInstanceOf(ValidationFailedException.class);
        meeting = meetings.details(meeting.id());
        meeting = minutes.publish(meeting.id(), meeting.version());
        assertThat(meeting.status()).isEqualTo(Meeting.Status.PUBLISHED);
        long published = meeting.id();
        assertThatThrownBy(() -> minutes.writeMinutes(item, 1, "Ændret bagefter"))
                .isInstanceOf(ValidationFailedException.class);

        loginAs(world.projectLeaderA);
        assertThat(followUps.followUps(world.workspaceA.getId())).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Del caféens program med netværket");
            assertThat(f.dueDate()).isEqualTo(due);
            assertThat(f.mine()).isTrue();
        });
        assertThat(notifications.latest(10)).extracting(n -> n.kind())
                .contains(NotificationKind.FOLLOW_UP_ASSIGNED, NotificationKind.MINUTES_PUBLISHED);
        assertThat(notes.list(world.workspaceA.getId(), NoteFilter.none(), PageRequest.of(0, 10)))
                .extracting(NoteRow::summary, NoteRow::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Caféen bør nævnes i indsatsbeskrivelsen",
                        NoteKind.CHANGE_PROPOSAL));
        long followUp = followUps.followUps(world.workspaceA.getId()).get(0).id();
        followUps.markDone(followUp);
        assertThat(followUps.followUps(world.workspaceA.getId())).isEmpty();

        loginAs(world.memberB);
        assertThat(followUps.followUps(world.workspaceB.getId())).extracting(FollowUp::text).isEmpty();
        assertThat(notes.list(world.workspaceB.getId(), NoteFilter.none(), PageRequest.of(0, 10)))
                .extracting(NoteRow::summary, NoteRow::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Caféen virker bedst om eftermiddagen", NoteSource.MEETING));
        assertThat(meetings.details(published).items().get(0).outcomes()).hasSize(3);
    }

    @Test
    void the_pdf_shows_agenda_and_minutes_and_can_leave_out_internal_items() throws Exception {
        loginAs(world.consultantP1);
        MeetingDetails meeting = meetings.open(development, null);
        meeting = meetings.saveItem(meeting.id(), new ItemInput(null, 0, "Status fra kommunerne", "Kommunerne", 30, false));
        meeting = meetings.saveItem(meeting.id(), new ItemInput(null, 0, "Personalesag i Kommune B", null, 10, true));
        long item = meeting.items().get(0).id();
        minutes.writeMinutes(item, meeting.items().get(0).version(), "Alle er i gang med runde to.");
        minutes.addOutcome(item, new OutcomeInput(OutcomeKind.DECISION, "Næste møde holdes virtuelt", null, null, null));
        meeting = meetings.details(meeting.id());
        minutes.publish(meeting.id(), meeting.version());

        String all = PdfText.of(pdf.pdf(meeting.id(), true));
        assertThat(all).contains("Udviklingsmøde", "Dagsorden og beslutningsreferat", "1. Status fra kommunerne",
                "Alle er i gang med runde to.", "Beslutning: Næste møde holdes virtuelt", "Personalesag i Kommune B");
        assertThat(PdfText.of(pdf.pdf(meeting.id(), false))).contains("Status fra kommunerne")
                .doesNotContain("Personalesag");

        // Internal is the organisers' alone: a participant sees neither the item nor it in the PDF, asked or not.
        loginAs(world.memberA);
        assertThat(meetings.details(meeting.id()).items()).extracting(ItemRow::title)
                .containsExactly("Status fra kommunerne");
        assertThat(PdfText.of(pdf.pdf(meeting.id(), true))).contains("Status fra kommunerne")
                .doesNotContain("Personalesag");
    }

    @Test
    void the_calendar_file_keeps_its_uid_and_raises_its_sequence_when_the_meeting_moves() {
        loginAs(world.consultantP1);
        MeetingDetails meeting = meetings.open(development, null);
        meeting = meetings.useTemplate(meeting.id());
        VEvent first = Biweekly.parse(new String(calendarFiles.ics(meeting.id()), StandardCharsets.UTF_8)).first()
                .getEvents().get(0);
        assertThat(first.getSummary().getValue()).isEqualTo("Udviklingsmøde");
        assertThat(first.getLocation().getValue()).isEqualTo("Edisonsvej 1, Odense");
        assertThat(first.getSequence().getValue()).isZero();
        assertThat(first.getDescription().getValue()).contains("Erfaringsudveksling på tværs (60 min.)");

        Instant moved = meeting.startsAt().plus(1, ChronoUnit.DAYS);
        meeting = meetings.reschedule(meeting.id(), meeting.version(), moved, 90, "Virtuelt (Teams)");
        ICalendar calendar = Biweekly.parse(new String(calendarFiles.ics(meeting.id()), StandardCharsets.UTF_8)).first();
        VEvent second = calendar.getEvents().get(0);
        assertThat(second.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(second.getSequence().getValue()).isEqualTo(1);
        assertThat(second.getDateStart().getValue()).isEqualTo(Date.from(moved));
        assertThat(second.getDateEnd().getValue()).isEqualTo(Date.from(moved.plus(90, ChronoUnit.MINUTES)));
        assertThat(second.getLocation().getValue()).isEqualTo("Virtuelt (Teams)");

        loginAs(world.memberA);
        assertThat(calendarFiles.ics(meeting.id())).isNotEmpty();
        long id = meeting.id();
        assertThatThrownBy(() -> meetings.reschedule(id, 1, moved, 60, null)).isInstanceOf(AccessRefusedException.class);
    }
}
