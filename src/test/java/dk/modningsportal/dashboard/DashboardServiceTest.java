package dk.modningsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.organisation.Organisation;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.project.Project;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's figures on a small hand-made project, who may see which rows, progress scores, and
 * the number of SQL statements a build costs.
 */
class DashboardServiceTest extends PortalTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    ProgressScores scores;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    WorkshopService workshopService;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    WorkspaceTallies tallies;
    @Autowired
    NoteService notes;

    @Autowired
    java.time.Clock clock;
    private Instant now;

    @org.junit.jupiter.api.BeforeEach
    void fixNow() {
        now = clock.instant();
    }

    /**
     * Organisation A: one planned trial action past its end (overdue), one in progress, one evaluated;
     * two notes in round 2.0 (one before and one after the workshop ten days ago) and one in round 1.0;
     * its latest change two days ago. Organisation B: nothing yet.
     */
    private void handMadeProject() {
        trialAction(world.memberA, TrialActionStatus.PLANNED, LocalDate.now(clock).minusDays(3));
        trialAction(world.memberA, TrialActionStatus.IN_PROGRESS, LocalDate.now(clock).plusDays(20));
        TrialActionInput evaluated = fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA,
                "Evalueret", world.p1Cooperation);
        world.em.flush();
        world.em.createQuery("update TrialAction t set t.createdAt = :t, t.changedAt = :t")
                .setParameter("t", now.minus(Duration.ofDays(8))).executeUpdate();

        NoteInput beforeWorkshop = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Før workshoppen",
                NoteKind.WORKS_WELL, world.p1Cooperation);
        NoteInput afterWorkshop = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Efter workshoppen",
                NoteKind.HINDERS, world.p1Recruitment);
        NoteInput earlierRound = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Fra runde 1.0",
                NoteKind.HINDERS, world.p1Cooperation);
        world.em.flush();
        backdateNote(beforeWorkshop.getId(), 20);
        backdateNote(afterWorkshop.getId(), 2);
        backdateNote(earlierRound.getId(), 100);
        world.em.createQuery("update ExperienceNote n set n.interventionVersionId = :v where n.id = :id")
                .setParameter("v", world.p1v1.getId()).setParameter("id", earlierRound.getId()).executeUpdate();

        loginAs(world.consultantP1);
        workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Modningsworkshop", LocalDate.now(clock).minusDays(10));
        assertThat(evaluated.getStatus()).isEqualTo(TrialActionStatus.EVALUATED);
        // The backdating above went around the services; count again as the data now stands.
        tallies.recomputeAll();
        world.em.flush();
        world.em.clear();
    }

    private void trialAction(UserAccount author, TrialActionStatus status, LocalDate end) {
        loginAs(author);
        TrialActionInput input = trialActions.emptyInput(world.workspaceA.getId());
        input.setTitle("Prøvehandling " + status);
        input.setGoal("Mål");
        input.setPlannedActivity("Aktivitet");
        input.setResponsible(new Person(author.getId(), author.getDisplayName(), author.getOrganisationId()));
        input.setStartDate(end.minusDays(30));
        input.setEndDate(end);
        input.setCoreElements(Set.of(MaturationFixture.ref(world.p1Cooperation)));
        input.setStatus(status);
        trialActions.create(world.workspaceA.getId(), input);
    }

    private void backdateNote(long id, int days) {
        Instant then = now.minus(Duration.ofDays(days));
        world.em.createQuery("update ExperienceNote n set n.createdAt = :t, n.changedAt = :t where n.id = :id")
                .setParameter("t", then).setParameter("id", id).executeUpdate();
    }

    private static OrganisationRow row(Dashboard dashboard, String organisation) {
        return dashboard.rows().stream().filter(r -> r.organisation().equals(organisation)).findFirst().orElseThrow();
    }

    @Test
    void figures_count_status_round_notes_new_since_workshop_overdue_and_days_since_activity() {
        handMadeProject();
        loginAs(world.consultantP1);
        Dashboard dashboard = dashboards.build(world.p1.getId());

        assertThat(dashboard.currentVersion()).isEqualTo("2.0");
        assertThat(dashboard.lastWorkshop()).isEqualTo(LocalDate.now(clock).minusDays(10));
        OrganisationRow a = row(dashboard, "Kommune A");
        assertThat(a.planned()).isEqualTo(1);
        assertThat(a.inProgress()).isEqualTo(1);
        assertThat(a.completed()).isZero();
        assertThat(a.evaluated()).isEqualTo(1);
        assertThat(a.overdue()).as("only the planned one is past its end and not done").isEqualTo(1);
        assertThat(a.notesInRound()).as("round 2.0 only").isEqualTo(2);
        assertThat(a.newSinceWorkshop()).isEqualTo(1);
        assertThat(a.daysSinceActivity()).isEqualTo(2);

        OrganisationRow b = row(dashboard, "Kommune B");
        assertThat(b.trialActions()).isZero();
        assertThat(b.notesInRound()).isZero();
        assertThat(b.daysSinceActivity()).as("no activity at all").isNull();

        assertThat(dashboard.average().planned()).isEqualTo(0.5);
        assertThat(dashboard.average().notesInRound()).isEqualTo(1.0);
        assertThat(dashboard.average().daysSinceActivity()).as("of those with activity").isEqualTo(2.0);

        assertThat(dashboard.coreElements()).containsExactly("Samarbejde", "Rekruttering");
        assertThat(dashboard.heatRows()).extracting(Dashboard.HeatRow::label).containsExactly("Kommune A", "Kommune B");
        assertThat(dashboard.heatRows().get(0).perCoreElement()).containsExactly(1.0, 1.0);
        assertThat(dashboard.heatRows().get(1).perCoreElement()).containsExactly(0.0, 0.0);

        long[] cooperationIn1 = dashboard.byVersion().get(0).perVersion().get("1.0");
        assertThat(cooperationIn1).as("trial actions, barriers, notes under 1.0").containsExactly(0, 1, 1);
        long[] cooperationIn2 = dashboard.byVersion().get(0).perVersion().get("2.0");
        assertThat(cooperationIn2).containsExactly(3, 0, 1);

        long monthTotal = dashboard.trend().stream().mapToLong(Dashboard.MonthCount::notes).sum();
        assertThat(monthTotal).as("notes of the last twelve months").isEqualTo(3);
        assertThat(dashboard.trend().stream().mapToLong(Dashboard.MonthCount::trialActions).sum()).isEqualTo(3);
    }

    @Test
    void a_note_written_or_deleted_through_the_service_counts_at_once() {
        NoteInput note = fixture.note(this::loginAs, world.memberB, world.workspaceB, "Ny erfaring", NoteKind.HINDERS,
                world.p1Recruitment);
        loginAs(world.consultantP1);
        Dashboard dashboard = dashboards.build(world.p1.getId());
        assertThat(row(dashboard, "Kommune B").notesInRound()).isEqualTo(1);
        assertThat(row(dashboard, "Kommune B").daysSinceActivity()).isZero();
        assertThat(dashboard.heatRows().get(1).perCoreElement()).containsExactly(0.0, 1.0);
        assertThat(dashboard.byVersion().get(1).perVersion().get("2.0")).as("a barrier for Rekruttering")
                .containsExactly(0, 1, 1);

        loginAs(world.memberB);
        notes.delete(note.getId(), note.getVersion());
        loginAs(world.consultantP1);
        assertThat(row(dashboards.build(world.p1.getId()), "Kommune B").notesInRound()).isZero();
    }

    @Test
    void consultants_see_only_projects_they_serve_and_national_management_sees_all_and_evaluators_what_they_evaluate() {
        handMadeProject();
        loginAs(world.consultantP1);
        assertThat(dashboards.projects()).extracting(DashboardService.ProjectRef::name).containsExactly("Projekt Et");
        assertThatThrownBy(() -> dashboards.build(world.p2.getId())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.consultantP2);
        assertThatThrownBy(() -> dashboards.build(world.p1.getId())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.nationalLeader);
        assertThat(dashboards.projects()).hasSize(2);
        assertThat(dashboards.build(world.p1.getId()).rows()).hasSize(2);

        loginAs(world.evaluator);
        assertThat(dashboards.projects()).extracting(DashboardService.ProjectRef::name).containsExactly("Projekt Et");
        assertThat(dashboards.build(world.p1.getId()).rows()).hasSize(2);
        assertThatThrownBy(() -> dashboards.build(world.p2.getId())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void an_organisations_leader_sees_only_their_own_row_beside_the_project_average() {
        handMadeProject();
        loginAs(world.leaderA);
        assertThat(dashboards.projects()).extracting(DashboardService.ProjectRef::name).containsExactly("Projekt Et");
        Dashboard dashboard = dashboards.build(world.p1.getId());

        assertThat(dashboard.ownOrganisationOnly()).isTrue();
        assertThat(dashboard.rows()).extracting(OrganisationRow::organisation).containsExactly("Kommune A");
        assertThat(dashboard.average().planned()).as("the average still counts B").isEqualTo(0.5);
        assertThat(dashboard.heatRows()).extracting(Dashboard.HeatRow::label)
                .containsExactly("Kommune A", "average");
        assertThat(dashboard.trend().stream().mapToLong(Dashboard.MonthCount::notes).sum()).isEqualTo(3);

        assertThatThrownBy(() -> dashboards.build(world.p2.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> scores.scoreHistory(world.workspaceB.getId()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void team_members_project_leaders_and_administrators_have_no_dashboard() {
        for (UserAccount user : new UserAccount[] {world.memberA, world.projectLeaderA, world.admin}) {
            loginAs(user);
            assertThat(dashboards.projects()).isEmpty();
            assertThatThrownBy(() -> dashboards.build(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void the_consultant_sets_progress_scores_and_the_dashboard_shows_the_latest_and_its_trend() {
        loginAs(world.consultantP1);
        scores.setScore(world.workspaceA.getId(), new BigDecimal("2.0"), "Opstart");
        world.em.flush();
        world.em.createQuery("update ProgressScore s set s.scoredAt = :t")
                .setParameter("t", now.minus(Duration.ofDays(60))).executeUpdate();
        scores.setScore(world.workspaceA.getId(), new BigDecimal("3.5"), "Flere evalueringer");

        OrganisationRow a = row(dashboards.build(world.p1.getId()), "Kommune A");
        assertThat(a.progressScore()).isEqualByComparingTo("3.5");
        assertThat(a.previousScore()).isEqualByComparingTo("2.0");
        assertThat(scores.scoreHistory(world.workspaceA.getId())).extracting(ProgressScores.ScoreEntry::note)
                .containsExactly("Flere evalueringer", "Opstart");

        assertThatThrownBy(() -> scores.setScore(world.workspaceA.getId(), new BigDecimal("3.7"), null))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> scores.setScore(world.workspaceA.getId(), new BigDecimal("6.0"), null))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void only_the_projects_consultants_set_scores() {
        for (UserAccount user : new UserAccount[] {world.consultantP2, world.leaderA, world.nationalLeader,
                world.evaluator, world.memberA}) {
            loginAs(user);
            assertThatThrownBy(() -> scores.setScore(world.workspaceA.getId(), new BigDecimal("2.0"), null))
                    .as(user.getUsername()).isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void a_build_issues_the_same_few_statements_whatever_the_number_of_organisations() {
        handMadeProject();
        long withTwo = statementsOfOneBuild();
        assertThat(withTwo).as("statistics are on").isPositive();

        for (int i = 0; i < 25; i++) {
            Organisation organisation = new Organisation("Ekstra kommune " + i, OrganisationKind.MUNICIPALITY);
            world.em.persist(organisation);
            world.em.persist(new Workspace(world.em.getReference(Project.class, world.p1.getId()), organisation.getId(),
                    world.consultantP1.getId()));
        }
        world.em.flush();
        long withTwentySeven = statementsOfOneBuild();

        assertThat(withTwentySeven).isEqualTo(withTwo).isLessThanOrEqualTo(MAX_STATEMENTS_PER_BUILD);
    }

    /** The fixed budget: the dashboard's aggregate queries, the access check and the project's intervention. */
    private static final long MAX_STATEMENTS_PER_BUILD = 20;

    /**
     * The statements of one build. The statistics count every session of the application, and its background work
     * (the search index's replay, four times a second) may query meanwhile: the fewest of three builds is the
     * build's own.
     */
    private long statementsOfOneBuild() {
        loginAs(world.consultantP1);
        long fewest = Long.MAX_VALUE;
        for (int build = 0; build < 3; build++) {
            world.em.flush();
            world.em.clear();
            Statistics statistics = world.em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            Dashboard dashboard = dashboards.build(world.p1.getId());
            assertThat(dashboard.rows()).isNotEmpty();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
