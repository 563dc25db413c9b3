package dk.modningsportal.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.dashboard.Dashboard;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.scale.ScaleData.Scale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Generates a tiny set into an empty database and checks it, and the dashboard built on it, against SQL counts. */
public final class ScaleDataCheck {

    public static final Scale TINY = new Scale("tiny", 5, 3, 40, 300, 3_000);

    private ScaleDataCheck() {
    }

    public static void generateAndCheck(ApplicationContext context) {
        ScaleData data = context.getBean(ScaleData.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(data.isEmpty()).isTrue();
        ScaleData.Summary summary = data.generate(TINY);

        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(40);
        assertThat(jdbc.queryForObject("select count(*) from experience_note", Long.class)).isEqualTo(3_000);
        assertThat(jdbc.queryForObject("select count(*) from trial_action", Long.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from organisation where kind = 'MUNICIPALITY'", Long.class))
                .isEqualTo(5);

        UserDetails evaluator = context.getBean(UserDetailsService.class).loadUserByUsername("evaluator.1");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(evaluator, null, evaluator.getAuthorities()));
        try {
            Dashboard dashboard = context.getBean(DashboardService.class).build(summary.nationalProjectId());
            assertThat(dashboard.rows()).as("the national project has every municipality").hasSize(5);
            long trialActions = dashboard.rows().stream().mapToLong(Dashboard.OrganisationRow::trialActions).sum();
            assertThat(trialActions).isEqualTo(jdbc.queryForObject("select count(*) from trial_action t join workspace p "
                    + "on p.id = t.workspace_id where p.project_id = ?", Long.class, summary.nationalProjectId()));
            long roundNotes = dashboard.rows().stream().mapToLong(Dashboard.OrganisationRow::notesInRound).sum();
            assertThat(roundNotes).isPositive().isEqualTo(jdbc.queryForObject("select count(*) from experience_note n "
                    + "join workspace p on p.id = n.workspace_id join intervention_version v "
                    + "on v.id = n.intervention_version_id where p.project_id = ? and v.status = 'IN_TRIAL'",
                    Long.class, summary.nationalProjectId()));
            double heatTotal = dashboard.heatRows().stream().flatMap(r -> r.perCoreElement().stream())
                    .mapToDouble(Double::doubleValue).sum();
            assertThat(heatTotal).as("every round note with a core element").isPositive().isLessThanOrEqualTo(roundNotes);
            assertThat(dashboard.rows()).allSatisfy(r -> assertThat(r.daysSinceActivity()).isNotNull());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
