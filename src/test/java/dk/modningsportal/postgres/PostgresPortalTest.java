package dk.modningsportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.dashboard.Dashboard;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.dashboard.ProgressScores;
import dk.modningsportal.demo.DemoData;
import dk.modningsportal.note.NoteFilter;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.trialaction.TrialActionFilter;
import dk.modningsportal.trialaction.TrialActionRow;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on PostgreSQL: Flyway's migrations, Hibernate's schema validation, the demo data written
 * through the services, and the queries behind the lists (filters, search, access) on a real server.
 */
// A temporary search index, known before the environment is prepared (the one-machine check runs then, before
// the schema's properties below): else it locks the embedded default's folder and fails beside a running portal.
@SpringBootTest(properties = "portal.search.directory=")
@org.springframework.test.annotation.DirtiesContext
class PostgresPortalTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    private static final String SCHEMA = "portal_it_" + Long.toString(System.nanoTime(), 36);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTest.useNewSchema(registry, SCHEMA);
    }

    @BeforeAll
    static void serverAnswers() {
        PostgresTest.requireServer();
    }

    @AfterAll
    static void dropSchema() {
        PostgresTest.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Autowired
    DemoData demoData;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ProgressScores scores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorkspaceAccess workspaceAccess;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    NoteService notes;
    @Autowired
    dk.modningsportal.intervention.InterventionCatalog catalog;
    @Autowired
    dk.modningsportal.maturation.ChangeLog changeLog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void loginAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void demo_data_loads_and_the_workspace_queries_and_rules_hold_on_postgresql() {
        demoData.loadIfEmpty();
        assertThat(demoData.loadIfEmpty()).as("second start leaves existing data alone").isFalse();

        loginAs("praktiker.aarhus");
        List<WorkspaceSummary> own = workspaceAccess.readableWorkspaces();
        assertThat(own).hasSize(1);
        long aarhus = own.get(0).workspaceId();
        assertThat(trialActions.count(aarhus, TrialActionFilter.none())).isEqualTo(6);
        assertThat(trialActions.countByStatus(aarhus).get(TrialActionStatus.EVALUATED)).isEqualTo(3);
        List<TrialActionRow> found = trialActions.list(aarhus,
                new TrialActionFilter(null, null, null, null, "FORENING"), PageRequest.of(0, 10));
        assertThat(found).extracting(TrialActionRow::title).containsExactly("Kontaktperson i hver forening");

        // The demo ran the maturation loop: version 2.0 came from workshop 1, with three decisions.
        var current = catalog.currentVersion(aarhus).orElseThrow();
        assertThat(current.label()).isEqualTo("2.0");
        assertThat(changeLog.changes(aarhus, current.id()).entries()).hasSize(3);
        assertThat(catalog.versions(aarhus)).extracting(v -> v.label()).containsExactly("1.0", "2.0");
        assertThat(notes.count(aarhus, new NoteFilter(NoteKind.WORKS_WELL, null, null, null, null))).isPositive();
        long noteId = notes.capture(aarhus, "Skrevet på PostgreSQL", NoteKind.QUESTION, null).getId();

        loginAs("praktiker.odense");
        assertThatThrownBy(() -> notes.load(noteId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> trialActions.list(aarhus, TrialActionFilter.none(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessRefusedException.class);

        loginAs("konsulent.mette");
        assertThat(workspaceAccess.readableWorkspaces()).extracting(WorkspaceSummary::organisationName)
                .contains("Aarhus Kommune", "Odense Kommune", "Aalborg Kommune");

        // The dashboard's tallies and native queries on PostgreSQL, against counts of the items themselves (the
        // tallies follow the note's commit: its listener is waited for).
        dk.modningsportal.ModuleEvents.awaitDone(context);
        long project = workspaceAccess.summary(aarhus).projectId();
        Dashboard dashboard = dashboards.build(project);
        Dashboard.OrganisationRow aarhusRow = dashboard.rows().stream()
                .filter(r -> r.organisation().equals("Aarhus Kommune")).findFirst().orElseThrow();
        long aarhusTrialActions = jdbc.queryForObject(
                "select count(*) from trial_action where workspace_id = ?", Long.class, aarhus);
        assertThat(aarhusRow.trialActions()).isEqualTo(aarhusTrialActions).isPositive();
        assertThat(aarhusRow.daysSinceActivity()).as("the note written above").isZero();
        long monthNotes = dashboard.trend().stream().mapToLong(Dashboard.MonthCount::notes).sum();
        assertThat(monthNotes).isPositive();
        assertThat(dashboard.heatRows()).hasSameSizeAs(dashboard.rows());
        assertThat(dashboard.byVersion()).isNotEmpty();
        scores.setScore(aarhus, new BigDecimal("2.5"), "Målt på PostgreSQL");
        assertThat(dashboards.build(project).rows().stream().filter(r -> r.workspaceId() == aarhus).findFirst()
                .orElseThrow().progressScore()).isEqualByComparingTo("2.5");
    }
}
