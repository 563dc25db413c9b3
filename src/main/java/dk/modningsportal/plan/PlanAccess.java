package dk.modningsportal.plan;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who reads and plans what in a project's plan: everyone taking part reads the shared activities and their own
 * organisation's local ones; consultants organise every activity, evaluators their own kinds, a project leader
 * their organisation's local activities.
 */
@Component
class PlanAccess {

    private static final Logger log = LoggerFactory.getLogger(PlanAccess.class);

    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;

    PlanAccess(WorkspaceAccess workspaceAccess, CurrentUser currentUser) {
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
    }

    static boolean visibleTo(PlanActivity a, Long organisationId) {
        return organisationId == null || !a.isLocal() || a.getOrganisationId() == null
                || a.getOrganisationId().longValue() == organisationId.longValue();
    }

    /** The project's consultants organise every activity, its evaluators their own kinds of activity. */
    boolean mayOrganise(PlanActivity activity) {
        long projectId = activity.getProjectId();
        return workspaceAccess.isConsultantOf(projectId)
                || activity.getKind().isEvaluationActivity() && workspaceAccess.isEvaluatorOf(projectId);
    }

    static boolean ownLocal(PlanActivity a, PortalUser me) {
        return me.role() == Role.PROJECT_LEADER && a.isLocal() && a.getOrganisationId() != null
                && a.getOrganisationId() == me.organisationId();
    }

    static boolean isProjectLeader(PortalUser me, ProjectScope scope) {
        return me.role() == Role.PROJECT_LEADER && scope.ownWorkspace() != null;
    }

    void requireEditable(PlanActivity activity, PortalUser me, boolean consultant) {
        if (!consultant && !ownLocal(activity, me)) {
            throw refuse(me, activity.getProjectId());
        }
    }

    ProjectScope requireScope(long projectId) {
        ProjectScope scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw refuse(currentUser.require(), projectId);
        }
        return scope;
    }

    static AccessRefusedException refuse(PortalUser me, long projectId) {
        log.warn("Refused planning in project {} to {}", projectId, me);
        return new AccessRefusedException("error.planRefused", me + " may not plan in project " + projectId);
    }
}
