package dk.modningsportal.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.comment.CommentService.CommentRow;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.notification.EmailFrequency;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.notification.NotificationService.NotificationRow;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.trialaction.TrialActionInput;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Threads: who reads and writes them, mentions, replies, edits and deletes, and who is told. */
class CommentServiceTest extends PortalTest {

    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    MaturationFixture fixture;

    private CommentTarget trialAction;
    private CommentTarget note;

    @BeforeEach
    void items() {
        // Per A owns the trial action (creator and responsible); Anna A wrote the note.
        TrialActionInput action = fixture.evaluatedTrialAction(this::loginAs, world.projectLeaderA, world.workspaceA,
                "Fælles morgenmøde", world.p1Cooperation);
        trialAction = CommentTarget.trialAction(action.getId());
        NoteInput written = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Borgerne kom oftere",
                NoteKind.WORKS_WELL, world.p1Cooperation);
        note = CommentTarget.note(written.getId());
    }

    private List<NotificationRow> notificationsOf(UserAccount user) {
        loginAs(user);
        return notifications.latest(50);
    }

    @Test
    void the_team_and_the_projects_consultant_talk_in_the_thread_and_the_consultants_words_are_feedback() {
        loginAs(world.memberA);
        comments.add(trialAction, null, "Skal vi prøve det om torsdagen også?");
        loginAs(world.consultantP1);
        comments.add(trialAction, null, "God idé – husk at notere, hvem der deltog.");

        loginAs(world.leaderA);
        List<CommentRow> thread = comments.thread(trialAction).comments();
        assertThat(thread).extracting(CommentRow::authorName, CommentRow::feedback)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna A", false),
                        org.assertj.core.groups.Tuple.tuple("Konsulent Et", true));
        assertThat(comments.thread(trialAction).canComment()).isTrue();
    }

    @Test
    void another_organisation_cannot_read_or_write_the_thread_and_readers_without_write_rights_only_read() {
        loginAs(world.memberA);
        comments.add(note, null, "Intern bemærkning");

        loginAs(world.memberB);
        assertThatThrownBy(() -> comments.thread(note)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> comments.add(note, null, "Hej")).isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP2);
        assertThatThrownBy(() -> comments.thread(note)).isInstanceOf(AccessRefusedException.class);

        loginAs(world.evaluator);
        assertThat(comments.thread(note).comments()).hasSize(1);
        assertThat(comments.thread(note).canComment()).isFalse();
        assertThatThrownBy(() -> comments.add(note, null, "Evaluatoren blander sig"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_mention_tells_the_person_named_and_the_items_owner_hears_of_the_comment_once() {
        loginAs(world.memberA);
        comments.add(trialAction, null, "Hvad siger @consultant.p1 og @leader.project.a til det?");

        assertThat(notificationsOf(world.consultantP1)).extracting(NotificationRow::kind)
                .containsExactly(NotificationKind.MENTION);
        // Per A owns the trial action and is named: told once, as a mention.
        assertThat(notificationsOf(world.projectLeaderA)).extracting(NotificationRow::kind, NotificationRow::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.MENTION, "Fælles morgenmøde"));
        assertThat(notificationsOf(world.memberA)).as("the writer is not told of their own comment").isEmpty();
        loginAs(world.projectLeaderA);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void a_mention_of_someone_who_cannot_read_the_item_or_does_not_exist_is_refused_alike_and_nothing_is_saved() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> comments.add(note, null, "Se her @member.b"))
                .isInstanceOfSatisfying(MentionRefusedException.class,
                        refused -> assertThat(refused.getNames()).containsExactly("member.b"));
        assertThatThrownBy(() -> comments.add(note, null, "Se her @consultant.p2"))
                .isInstanceOfSatisfying(MentionRefusedException.class,
                        refused -> assertThat(refused.getNames()).containsExactly("consultant.p2"));
        assertThatThrownBy(() -> comments.add(note, null, "Se her @ingen.her."))
                .isInstanceOfSatisfying(MentionRefusedException.class,
                        refused -> assertThat(refused.getNames()).containsExactly("ingen.her"));
        assertThat(comments.thread(note).comments()).isEmpty();
        assertThat(notificationsOf(world.memberB)).isEmpty();
    }

    @Test
    void a_reply_tells_the_author_of_the_comment_answered_and_the_notes_author() {
        loginAs(world.consultantP1);
        CommentRow question = comments.add(note, null, "Hvor mange borgere drejede det sig om?");
        loginAs(world.projectLeaderA);
        comments.add(note, question.id(), "Omkring tolv.");

        assertThat(notificationsOf(world.consultantP1)).extracting(NotificationRow::kind)
                .containsExactly(NotificationKind.REPLY);
        // Anna wrote the note: told of both comments, newest first.
        assertThat(notificationsOf(world.memberA)).extracting(NotificationRow::kind, NotificationRow::actorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.COMMENT_ON_MY_ITEM, "Per A"),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.COMMENT_ON_MY_ITEM, "Konsulent Et"));
    }

    @Test
    void a_person_who_turned_a_kind_off_is_not_told_of_it() {
        loginAs(world.memberA);
        notifications.saveSettings(EmailFrequency.NONE, EnumSet.of(NotificationKind.MENTION));
        loginAs(world.consultantP1);
        comments.add(note, null, "En kommentar til Annas erfaring");
        comments.add(note, null, "Og en, der nævner @member.a");
        assertThat(notificationsOf(world.memberA)).extracting(NotificationRow::kind)
                .containsExactly(NotificationKind.MENTION);
    }

    @Test
    void only_the_author_edits_or_deletes_and_the_thread_keeps_the_earlier_wording() {
        loginAs(world.memberA);
        CommentRow written = comments.add(trialAction, null, "Vi starter mandag");
        CommentRow edited = comments.edit(written.id(), written.version(), "Vi starter tirsdag");

        loginAs(world.projectLeaderA);
        assertThatThrownBy(() -> comments.edit(written.id(), edited.version(), "Nej, onsdag"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> comments.delete(written.id(), edited.version())).isInstanceOf(AccessRefusedException.class);
        CommentRow shown = comments.thread(trialAction).comments().get(0);
        assertThat(shown.body()).isEqualTo("Vi starter tirsdag");
        assertThat(shown.editedAt()).isNotNull();
        assertThat(shown.earlier()).extracting(CommentService.Revision::body).containsExactly("Vi starter mandag");

        loginAs(world.memberA);
        assertThatThrownBy(() -> comments.edit(written.id(), written.version(), "Fra en gammel fane"))
                .as("a stale edit is refused, not saved over the newer text")
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> comments.edit(written.id(), edited.version(), "  "))
                .isInstanceOf(ValidationFailedException.class);
        comments.delete(written.id(), edited.version());
        CommentRow deleted = comments.thread(trialAction).comments().get(0);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.body()).isNull();
        assertThat(deleted.earlier()).as("nothing of a deleted comment's wording shows").isEmpty();

        // The author can undo for a while; others cannot, and later nobody can.
        loginAs(world.memberB);
        assertThatThrownBy(() -> comments.restore(written.id())).isInstanceOf(AccessRefusedException.class);
        loginAs(world.memberA);
        comments.restore(written.id());
        assertThat(comments.thread(trialAction).comments().get(0).body()).isEqualTo(edited.body());
        CommentRow again = comments.thread(trialAction).comments().get(0);
        comments.delete(again.id(), again.version());
        ((dk.modningsportal.TestClock.Movable) clock).advance(CommentService.UNDO_WINDOW.plusMinutes(1));
        assertThatThrownBy(() -> comments.restore(written.id())).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void an_edit_that_names_someone_new_tells_only_them() {
        loginAs(world.memberA);
        CommentRow written = comments.add(trialAction, null, "Spørg @consultant.p1");
        comments.edit(written.id(), written.version(), "Spørg @consultant.p1 og @leader.a");
        assertThat(notificationsOf(world.consultantP1)).hasSize(1);
        assertThat(notificationsOf(world.leaderA)).extracting(NotificationRow::kind)
                .containsExactly(NotificationKind.MENTION);
    }
}
