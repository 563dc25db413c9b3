package dk.modningsportal.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PortalTest;
import dk.modningsportal.SearchIndexing;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.comment.CommentService.CommentRow;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.comment.MentionRefusedException;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.project.ProjectParticipation;
import dk.modningsportal.search.SearchHit;
import dk.modningsportal.search.SearchQuery;
import dk.modningsportal.search.SearchService;
import dk.modningsportal.sharing.SharedItems.Filter;
import dk.modningsportal.sharing.SharedItems.Item;
import dk.modningsportal.sharing.SharedItems.Kind;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionService;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sharing across a project's organisations: nothing is shared until a team chooses to, nothing unshared reaches
 * another organisation by any read path (the item, the list, search, its comment thread), and what is shared stays
 * inside its project. Kommune A and B take part in project P1; Boform C only in P2.
 */
class SharingTest extends PortalTest {

    @Autowired
    NoteService notes;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    SharedItems sharedItems;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    SearchService search;
    @Autowired
    ProjectParticipation participation;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    EntityManager em;
    @Autowired
    dk.modningsportal.workspace.WorkspaceExport workspaceExport;

    NoteInput note;
    TrialActionInput action;

    @BeforeEach
    void aarhusWritesDown() {
        action = fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA,
                "Rekruttering gennem sundhedsplejersken", world.p1Recruitment);
        note = fixture.note(this::loginAs, world.memberA, world.workspaceA,
                "Familierne sagde ja, når sundhedsplejersken spurgte", NoteKind.WORKS_WELL, world.p1Recruitment);
    }

    @AfterEach
    void emptyIndex() {
        SearchIndexing.emptyIndex(em);
    }

    private List<Item> sharedIn(Filter filter) {
        return sharedItems.page(world.p1.getId(), filter, 0, 50);
    }

    private List<SearchHit> found(String text) {
        SearchIndexing.indexNow(em);
        return search.search(SearchQuery.of(text)).hits();
    }

    @Test
    void nothing_is_shared_until_a_team_chooses_to_and_nothing_unshared_reaches_another_organisation() {
        loginAs(world.memberA);
        assertThat(notes.sharing(note.getId()).shared()).isFalse();
        assertThat(trialActions.sharing(action.getId()).shared()).isFalse();

        loginAs(world.memberB);
        assertThat(sharedIn(Filter.ALL)).isEmpty();
        assertThat(sharedItems.count(world.p1.getId(), Filter.ALL)).isZero();
        assertThatThrownBy(() -> notes.shared(note.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trialActions.shared(action.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.load(note.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> comments.thread(CommentTarget.note(note.getId())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> comments.add(CommentTarget.trialAction(action.getId()), null, "Hvordan?"))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(found("sundhedsplejersken")).isEmpty();
    }

    @Test
    void a_shared_item_is_read_by_the_projects_other_organisations_and_by_nobody_outside_the_project() {
        loginAs(world.memberA);
        notes.share(note.getId(), true);
        var shared = trialActions.share(action.getId(), true);
        assertThat(shared.shared()).isTrue();
        assertThat(shared.sharedByName()).isEqualTo("Anna A");
        assertThat(sharedIn(Filter.ALL)).allMatch(Item::ours);
        assertThat(em.createNativeQuery("select action || ' ' || target_type || ' ' || organisation_id from audit_entry "
                + "where target_id in (?1, ?2) and action like 'SHARE%' order by id").setParameter(1, note.getId())
                .setParameter(2, action.getId()).getResultList()).as("audited with the owning organisation")
                .containsExactly("SHARED NOTE " + world.orgA.getId(), "SHARED TRIAL_ACTION " + world.orgA.getId());

        loginAs(world.memberB);
        assertThat(sharedIn(Filter.ALL)).extracting(Item::kind, Item::title, Item::organisationName, Item::ours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.TRIAL_ACTION, "Rekruttering gennem sundhedsplejersken",
                                "Kommune A", false),
                        org.assertj.core.groups.Tuple.tuple(Kind.NOTE,
                                "Familierne sagde ja, når sundhedsplejersken spurgte", "Kommune A", false));
        assertThat(sharedIn(new Filter(Kind.NOTE, null, null, null))).extracting(Item::kind).containsExactly(Kind.NOTE);
        assertThat(sharedIn(new Filter(null, world.p1Cooperation.getId(), null, null))).isEmpty();
        assertThat(sharedIn(new Filter(null, world.p1Recruitment.getId(), world.p1v2.getId(), world.orgA.getId())))
                .hasSize(2);
        assertThat(sharedIn(new Filter(null, null, null, world.orgB.getId()))).isEmpty();
        assertThat(notes.shared(note.getId()).own()).isFalse();
        assertThat(trialActions.shared(action.getId()).learning()).isEqualTo("Læring fra Rekruttering gennem sundhedsplejersken");
        // Read, not written: the item stays its organisation's.
        assertThatThrownBy(() -> notes.load(note.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> trialActions.share(action.getId(), false)).isInstanceOf(AccessRefusedException.class);
        assertThat(found("sundhedsplejersken")).extracting(SearchHit::link).containsExactlyInAnyOrder(
                NoteRoutes.shared(note.getId()), TrialActionRoutes.shared(action.getId()));
        assertThat(found("sundhedsplejersken")).extracting(SearchHit::organisationName).containsOnly("Kommune A");

        loginAs(world.memberC);
        assertThatThrownBy(() -> sharedIn(Filter.ALL)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.shared(note.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trialActions.shared(action.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.thread(CommentTarget.note(note.getId())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(found("sundhedsplejersken")).isEmpty();

        loginAs(world.consultantP2);
        assertThatThrownBy(() -> sharedIn(Filter.ALL)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.shared(note.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_withdrawn_item_is_the_organisations_own_again_with_the_comments_on_it() {
        loginAs(world.memberA);
        notes.share(note.getId(), true);
        loginAs(world.memberB);
        comments.add(CommentTarget.note(note.getId()), null, "Hvordan fik I kontakt til sundhedsplejen?");
        loginAs(world.memberA);
        assertThat(notes.share(note.getId(), false).shared()).isFalse();

        loginAs(world.memberB);
        assertThat(sharedIn(Filter.ALL)).isEmpty();
        assertThatThrownBy(() -> notes.shared(note.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.thread(CommentTarget.note(note.getId())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(found("sundhedsplejersken")).isEmpty();
        assertThat(found("sundhedsplejen")).isEmpty();
    }

    @Test
    void what_is_shared_stays_out_of_the_other_organisations_own_export_which_holds_only_their_own() throws Exception {
        loginAs(world.memberA);
        notes.share(note.getId(), true);
        loginAs(world.memberB);
        assertThatThrownBy(() -> workspaceExport.xlsx(world.workspaceA.getId())).isInstanceOf(AccessRefusedException.class);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(workspaceExport.xlsx(world.workspaceB.getId())))) {
            StringBuilder cells = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('|'))));
            assertThat(cells.toString()).doesNotContain("sundhedsplejersken");
        }
    }

    @Test
    void only_the_items_own_writers_share_or_withdraw_it() {
        for (var someoneElse : List.of(world.memberB, world.leaderA, world.consultantP1, world.evaluator)) {
            loginAs(someoneElse);
            assertThatThrownBy(() -> notes.share(note.getId(), true)).as("%s", someoneElse.getUsername())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> trialActions.share(action.getId(), true)).as("%s", someoneElse.getUsername())
                    .isInstanceOf(AccessRefusedException.class);
        }
        loginAs(world.projectLeaderA);
        assertThat(notes.share(note.getId(), true).sharedByName()).isEqualTo("Per A");
    }

    @Test
    void the_organisations_talk_in_one_thread_and_the_owner_hides_what_does_not_belong_on_its_item() {
        loginAs(world.memberA);
        notes.share(note.getId(), true);
        CommentTarget thread = CommentTarget.note(note.getId());

        loginAs(world.memberB);
        assertThat(comments.thread(thread).canComment()).isTrue();
        assertThat(comments.thread(thread).mentionable()).extracting(r -> r.username())
                .contains("member.a", "member.b", "consultant.p1").doesNotContain("member.c");
        assertThatThrownBy(() -> comments.add(thread, null, "@member.c kender I det her?"))
                .isInstanceOf(MentionRefusedException.class);
        CommentRow question = comments.add(thread, null, "Hvordan fik I kontakt til sundhedsplejen?");

        loginAs(world.memberA);
        assertThat(notifications.latest(10)).anyMatch(n -> n.kind() == NotificationKind.COMMENT_ON_MY_ITEM
                && n.actorName().equals("Bo B"));
        CommentRow answer = comments.add(thread, question.id(), "@member.b Vi ringede til lederen af sundhedsplejen");
        assertThat(comments.thread(thread).comments()).extracting(CommentRow::authorOrganisation)
                .containsExactly("Kommune B", "Kommune A");

        loginAs(world.memberB);
        assertThat(notifications.latest(10)).anyMatch(n -> n.kind() == NotificationKind.MENTION);
        assertThat(comments.thread(thread).comments()).noneMatch(CommentRow::canHide);
        assertThatThrownBy(() -> comments.hide(answer.id())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberA);
        assertThat(comments.thread(thread).comments()).extracting(CommentRow::canHide).containsExactly(true, false);
        comments.hide(question.id());
        CommentRow hidden = comments.thread(thread).comments().get(0);
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.body()).isNull();

        loginAs(world.memberB);
        assertThat(comments.thread(thread).comments().get(0).body()).isNull();
        List<SearchHit> threadHits = found("sundhedsplejen").stream()
                .filter(h -> h.kind() == dk.modningsportal.search.SearchKind.COMMENT).toList();
        assertThat(threadHits).as("the shared note's thread is searched, its hidden comment is not")
                .extracting(SearchHit::id).containsExactly(answer.id());
        assertThat(threadHits.get(0).link()).isEqualTo(NoteRoutes.shared(note.getId()));
        assertThat(threadHits.get(0).organisationName()).isEqualTo("Kommune A");

        loginAs(world.memberC);
        assertThat(found("sundhedsplejen")).as("another project's people").isEmpty();
        loginAs(world.memberA);
        notes.share(note.getId(), false);
        loginAs(world.memberB);
        assertThat(found("sundhedsplejen")).as("withdrawn: its thread is out of reach at once").isEmpty();
    }

    @Test
    void a_project_leader_shares_the_organisations_new_notes_by_default_and_a_linked_unshared_trial_action_stays_unnamed() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> participation.shareNewNotes(world.workspaceA.getId(), true))
                .isInstanceOf(AccessRefusedException.class);
        loginAs(world.projectLeaderA);
        assertThat(sharedItems.options(world.p1.getId()).mayChooseDefault()).isTrue();
        participation.shareNewNotes(world.workspaceA.getId(), true);

        loginAs(world.memberA);
        NoteInput input = notes.emptyInput(world.workspaceA.getId());
        input.setSummary("Sundhedsplejersken kender familierne i forvejen");
        input.setKind(NoteKind.WORKS_WELL);
        input.setTrialAction(new dk.modningsportal.trialaction.TrialActionService.TrialActionRef(action.getId(),
                action.getTitle()));
        NoteInput written = notes.create(world.workspaceA.getId(), input);
        assertThat(notes.sharing(written.getId()).shared()).isTrue();
        assertThat(notes.sharing(note.getId()).shared()).as("written before").isFalse();

        loginAs(world.memberB);
        assertThat(sharedItems.options(world.p1.getId()).mayChooseDefault()).isFalse();
        assertThat(notes.shared(written.getId()).trialActionTitle()).isNull();
        loginAs(world.memberA);
        trialActions.share(action.getId(), true);
        loginAs(world.memberB);
        assertThat(notes.shared(written.getId()).trialActionTitle()).isEqualTo(action.getTitle());
    }
}
