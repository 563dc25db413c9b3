package dk.modningsportal.evaluation;

import dk.modningsportal.project.WorkspacePeople;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reports an organisation's data to the evaluation (counts, hours, deliveries): its project leader, and the team
 * members the project leader allows.
 */
@Service
@Transactional(readOnly = true)
public class Reporters {

    private final EntityManager em;

    private final WorkspacePeople workspacePeople;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;

    Reporters(EntityManager em, WorkspaceAccess workspaceAccess, CurrentUser currentUser, UserDirectory userDirectory,
            WorkspacePeople workspacePeople) {
        this.workspacePeople = workspacePeople;
        this.em = em;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
    }

    /** Whether the current user reports for the workspace: its project leader, or a team member they allowed. */
    public boolean mayReport(WorkspaceSummary workspace) {
        PortalUser user = currentUser.require();
        return workspace.writable() && (user.role() == Role.PROJECT_LEADER || allowed(workspace.workspaceId()).contains(user.id()));
    }

    /** The team members allowed to report, for the project leader to see and change. */
    public List<UserDirectory.Person> allowedTeam(long workspaceId) {
        Set<Long> allowed = Set.copyOf(allowed(workspaceId));
        return workspacePeople.team(workspaceId).stream().filter(p -> allowed.contains(p.id())).toList();
    }

    /** The team members the project leader may allow: the organisation's people who are not its project leaders. */
    public List<UserDirectory.Person> candidates(long workspaceId) {
        return workspacePeople.team(workspaceId).stream()
                .filter(p -> !userDirectory.projectLeadersOf(List.of(p.organisationId())).contains(p.id())).toList();
    }

    @Transactional
    public void allow(long workspaceId, Set<Long> userIds) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        PortalUser user = currentUser.require();
        if (!workspace.writable() || user.role() != Role.PROJECT_LEADER) {
            throw new AccessRefusedException("error.evaluationRefused", user + " may not choose reporters of " + workspaceId);
        }
        Set<Long> team = candidates(workspaceId).stream().map(UserDirectory.Person::id).collect(Collectors.toSet());
        if (!team.containsAll(userIds)) {
            throw new ValidationFailedException(Map.of("reporters", "validation.unknownChoice"));
        }
        em.createNativeQuery("delete from evaluation_reporter where workspace_id = ?1").setParameter(1, workspaceId)
                .executeUpdate();
        for (Long id : userIds) {
            em.createNativeQuery("insert into evaluation_reporter (workspace_id, user_id) values (?1, ?2)")
                    .setParameter(1, workspaceId).setParameter(2, id).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> allowed(long workspaceId) {
        return ((List<Number>) em.createNativeQuery("select user_id from evaluation_reporter where workspace_id = ?1")
                .setParameter(1, workspaceId).getResultList()).stream().map(Number::longValue).toList();
    }
}
