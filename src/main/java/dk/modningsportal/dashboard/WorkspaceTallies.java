package dk.modningsportal.dashboard;

import dk.modningsportal.live.Change;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceContentChanged;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per workspace, the counts the dashboard would otherwise scan every note for: notes and trial actions
 * per month, per version and core element (and barriers), and the latest change. A national project has
 * some 50,000 notes but only a few thousand tally rows, so the dashboard reads the tallies.
 *
 * <p>A workspace's tallies are recomputed from its own rows after the change has committed, by a module listener
 * in a transaction of its own (Spring Modulith's event publication registry hands it out again after a failure or
 * a stop), not in the writer's transaction: the writer neither pays for the six statements nor holds the
 * workspace's row locked while its request answers ({@code SaveBenchmark} measures both ways). The workspace row
 * is locked for the recomputation so that two recomputations of one workspace cannot interleave; each reads all
 * that has committed, and nothing is incremented, so nothing can drift. Screens showing the figures hear of them
 * by {@link Change#figuresOf} once they are recomputed.
 */
@Component
public class WorkspaceTallies {

    /** What a tally row counts. */
    enum Measure {
        NOTES_PER_MONTH, TRIAL_ACTIONS_PER_MONTH, NOTES, BARRIERS, TRIAL_ACTIONS, LAST_ACTIVITY
    }

    private static final Logger log = LoggerFactory.getLogger(WorkspaceTallies.class);
    private static final String NOTE_MONTH = "extract(year from created_at) * 100 + extract(month from created_at)";
    private static final String TRIAL_ACTION_MONTH = "extract(year from t.created_at) * 100 + extract(month from t.created_at)";
    private static final String INSERT = "insert into workspace_tally "
            + "(project_id, workspace_id, measure, intervention_version_id, core_element_id, yyyymm, tally, latest) ";

    /** The recomputing statements for workspaces of one project; %s is the filter on the workspace(s). */
    private static final List<String> RECOMPUTE = List.of(
            INSERT + "select :projectId, workspace_id, 'NOTES_PER_MONTH', null, null, " + NOTE_MONTH + ", count(*), null "
                    + "from note_facts where 1 = 1 %1$s group by workspace_id, " + NOTE_MONTH,
            INSERT + "select :projectId, t.workspace_id, 'TRIAL_ACTIONS_PER_MONTH', null, null, " + TRIAL_ACTION_MONTH
                    + ", count(*), null from trial_action_facts t where 1 = 1 %2$s group by t.workspace_id, "
                    + TRIAL_ACTION_MONTH,
            INSERT + "select :projectId, workspace_id, 'NOTES', intervention_version_id, core_element_id, null, count(*), null "
                    + "from note_facts where 1 = 1 %1$s "
                    + "group by workspace_id, intervention_version_id, core_element_id",
            INSERT + "select :projectId, workspace_id, 'BARRIERS', intervention_version_id, core_element_id, null, count(*), null "
                    + "from note_facts where kind = 'HINDERS' %1$s "
                    + "group by workspace_id, intervention_version_id, core_element_id",
            INSERT + "select :projectId, t.workspace_id, 'TRIAL_ACTIONS', t.intervention_version_id, t.core_element_id, null, "
                    + "count(*), null from trial_action_element_facts t "
                    + "where 1 = 1 %2$s group by t.workspace_id, t.intervention_version_id, t.core_element_id",
            INSERT + "select :projectId, a.workspace_id, 'LAST_ACTIVITY', null, null, null, 0, max(a.updated_at) from ("
                    + "select workspace_id, updated_at from note_facts where 1 = 1 %1$s union all "
                    + "select t.workspace_id, t.updated_at from trial_action_facts t where 1 = 1 %2$s) a "
                    + "group by a.workspace_id");

    private final EntityManager em;
    private final ProjectQueries projects;
    private final ApplicationEventPublisher events;

    WorkspaceTallies(EntityManager em, ProjectQueries projects, ApplicationEventPublisher events) {
        this.em = em;
        this.projects = projects;
        this.events = events;
    }

    /** Recomputes one workspace's tallies once the change of its content has committed. */
    @ApplicationModuleListener
    void on(WorkspaceContentChanged change) {
        recompute(change.workspaceId());
        events.publishEvent(Change.figuresOf(change.projectId(), change.workspaceId()));
    }

    @Transactional
    public void recompute(long workspaceId) {
        em.flush();
        long projectId = projects.lockWorkspace(workspaceId);
        em.createNativeQuery("delete from workspace_tally where workspace_id = :id")
                .setParameter("id", workspaceId).executeUpdate();
        insert(projectId, "= :id", workspaceId);
    }

    /** Recomputes every workspace's tallies: after bulk loads and backdating (demo, generator). */
    @Transactional
    public void recomputeAll() {
        em.flush();
        em.createNativeQuery("delete from workspace_tally").executeUpdate();
        projects.allWorkspaces().stream().collect(Collectors.groupingBy(w -> w.projectId(),
                Collectors.mapping(WorkspaceFacts::id, Collectors.toList())))
                .forEach((projectId, workspaceIds) -> insert(projectId, "in (:id)", workspaceIds));
    }

    private void insert(long projectId, String workspaceCondition, Object workspaces) {
        for (String statement : RECOMPUTE) {
            em.createNativeQuery(String.format(statement, "and workspace_id " + workspaceCondition,
                    "and t.workspace_id " + workspaceCondition))
                    .setParameter("projectId", projectId).setParameter("id", workspaces).executeUpdate();
        }
    }

    /** A database that had content before the tallies existed (or was filled by SQL) gets them at start. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillIfMissing() {
        boolean tallied = !em.createNativeQuery("select 1 from workspace_tally").setMaxResults(1).getResultList().isEmpty();
        boolean content = !em.createNativeQuery("select 1 from note_facts").setMaxResults(1).getResultList().isEmpty()
                || !em.createNativeQuery("select 1 from trial_action_facts").setMaxResults(1).getResultList().isEmpty();
        if (content && !tallied) {
            log.info("Computing the dashboard's tallies for the existing trial actions and notes");
            recomputeAll();
        }
    }
}
