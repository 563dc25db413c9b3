package dk.modningsportal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PortalTest;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.base.AccessRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.beans.factory.annotation.Autowired;

class WorkspaceAccessTest extends PortalTest {

    @Autowired
    WorkspaceAccess access;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    NoteService notes;
    @Autowired
    CommentService comments;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    ProjectParticipation participation;

    @Test
    void within_one_request_a_workspace_is_checked_once_and_a_withdrawal_made_in_it_is_seen() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            loginAs(world.memberB);
            assertThat(access.requireReadable(world.workspaceB.getId()).open()).isTrue();
            assertThat(access.requireReadable(world.workspaceB.getId()))
                    .as("the second check of the request is the first's answer")
                    .isSameAs(access.requireReadable(world.workspaceB.getId()));
            loginAs(world.admin);
            participation.withdraw(world.workspaceB.getId());
            loginAs(world.memberB);
            assertThat(access.requireReadable(world.workspaceB.getId()).open()).isFalse();
            assertThatThrownBy(() -> access.requireReadable(world.workspaceA.getId()))
                    .as("another organisation's workspace, however often asked").isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> access.requireReadable(world.workspaceA.getId()))
                    .isInstanceOf(AccessRefusedException.class);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void team_member_sees_only_their_own_organisations_workspaces() {
        loginAs(world.memberA);
        assertThat(access.readableWorkspaces()).extracting(WorkspaceSummary::workspaceId)
                .containsExactly(world.workspaceA.getId());
        assertThat(access.readableWorkspaces().get(0).writable()).isTrue();
        assertThatThrownBy(() -> access.requireReadable(world.workspaceB.getId()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void consultant_sees_every_organisation_of_the_projects_they_serve_and_nothing_else() {
        loginAs(world.consultantP1);
        assertThat(access.readableWorkspaces()).extracting(WorkspaceSummary::workspaceId)
                .containsExactlyInAnyOrder(world.workspaceA.getId(), world.workspaceB.getId());
        assertThat(access.readableWorkspaces()).noneMatch(WorkspaceSummary::writable);
        assertThatThrownBy(() -> access.requireReadable(world.workspaceC.getId()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> access.requireWritable(world.workspaceA.getId()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void local_leader_reads_and_comments_in_own_organisation_but_writes_nothing_and_national_leader_only_reads_all() {
        loginAs(world.leaderA);
        assertThat(access.readableWorkspaces()).extracting(WorkspaceSummary::workspaceId)
                .containsExactly(world.workspaceA.getId());
        assertThat(access.readableWorkspaces()).noneMatch(WorkspaceSummary::writable);
        assertThatThrownBy(() -> access.requireWritable(world.workspaceA.getId()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> trialActions.create(world.workspaceA.getId(), trialActions.emptyInput(world.workspaceA.getId())))
                .isInstanceOf(AccessRefusedException.class);
        var note = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Lederen læser med", NoteKind.QUESTION,
                world.p1Cooperation);
        loginAs(world.leaderA);
        assertThatThrownBy(() -> notes.update(notes.load(note.getId()))).isInstanceOf(AccessRefusedException.class);
        assertThat(comments.add(CommentTarget.note(note.getId()), null, "Godt spørgsmål – lad os tage det på mødet"))
                .isNotNull();
        loginAs(world.nationalLeader);
        assertThat(access.readableWorkspaces()).hasSize(3).noneMatch(WorkspaceSummary::writable);
    }

    @Test
    void an_evaluator_reads_only_the_projects_their_organisation_evaluates_and_writes_nothing() {
        loginAs(world.evaluator);
        assertThat(access.readableWorkspaces()).extracting(WorkspaceSummary::workspaceId)
                .containsExactlyInAnyOrder(world.workspaceA.getId(), world.workspaceB.getId());
        assertThat(access.readableWorkspaces()).noneMatch(WorkspaceSummary::writable);
        assertThat(access.requireReadable(world.workspaceA.getId())).isNotNull();
        assertThatThrownBy(() -> access.requireReadable(world.workspaceC.getId()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(access.canReadProject(world.p1.getId())).isTrue();
        assertThat(access.canReadProject(world.p2.getId())).isFalse();
        assertThat(access.isEvaluatorOf(world.p1.getId())).isTrue();
        assertThat(access.isEvaluatorOf(world.p2.getId())).isFalse();
        assertThat(access.readScope().projectIds()).containsExactly(world.p1.getId());
        assertThatThrownBy(() -> access.requireWritable(world.workspaceA.getId()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void administrator_reads_no_workspace_content() {
        loginAs(world.admin);
        assertThat(access.readableWorkspaces()).isEmpty();
        assertThatThrownBy(() -> access.requireReadable(world.workspaceA.getId()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void unknown_workspace_is_refused_like_a_foreign_one() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> access.requireReadable(999_999L))
                .isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).getMessageKey())
                .isEqualTo("error.workspaceRefused");
    }
}
