package dk.modningsportal.project;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.PerRequest;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import java.time.Clock;
import java.time.LocalDate;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access rules of the workspaces, in one place:
 * <ul>
 * <li>team members, project leaders and an organisation's own leader read and write their own
 * organisation's workspaces;</li>
 * <li>a consultant reads every workspace of the projects they serve;</li>
 * <li>an evaluator reads every workspace of the projects their organisation evaluates, and nothing else;</li>
 * <li>Socialstyrelsen's management reads every workspace;</li>
 * <li>administrators manage accounts and read no workspace content.</li>
 * </ul>
 * A refusal is logged with who asked for what.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceAccess {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceAccess.class);

    private final WorkspaceRepository workspaces;
    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final WorkspaceOrganisations organisations;

    WorkspaceAccess(WorkspaceRepository workspaces, ProjectRepository projects, CurrentUser currentUser,
            Clock clock, WorkspaceOrganisations organisations) {
        this.organisations = organisations;
        this.workspaces = workspaces;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The workspace, if the current user may read it; otherwise a logged refusal. */
    public WorkspaceFacts requireReadable(long workspaceId) {
        return PerRequest.remember("readable-workspace:" + currentUser.require().id() + ":" + workspaceId,
                () -> organisations.facts(readable(workspaceId)));
    }

    private Workspace readable(long workspaceId) {
        PortalUser user = currentUser.require();
        Workspace workspace = find(user, workspaceId, "read");
        if (!canRead(user, workspace)) {
            throw refuse(user, "read", workspaceId);
        }
        return workspace;
    }

    /** The workspace, if the current user may change its content; otherwise a logged refusal. */
    public WorkspaceFacts requireWritable(long workspaceId) {
        return organisations.facts(writable(workspaceId));
    }

    private Workspace writable(long workspaceId) {
        PortalUser user = currentUser.require();
        Workspace workspace = find(user, workspaceId, "write");
        if (!canWrite(user, workspace)) {
            throw refuse(user, "write", workspaceId);
        }
        return workspace;
    }

    /** Whether the current user may change the workspace's content: to offer it, without a refusal in the log. */
    public boolean mayWrite(long workspaceId) {
        PortalUser user = currentUser.require();
        return workspaces.findById(workspaceId).map(w -> canWrite(user, w)).orElse(false);
    }

    /**
     * Who writes a workspace's content (trial actions, notes, self-evaluation answers): its implementation
     * team and project leader. The organisation's leader reads, comments and follows up, but does not write.
     */
    public boolean canWrite(PortalUser user, WorkspaceRef workspace) {
        return canWrite(user, load(workspace));
    }

    private boolean canWrite(PortalUser user, Workspace workspace) {
        return workspace.isOpen() && switch (user.role()) {
            case TEAM_MEMBER, PROJECT_LEADER -> ownOrganisation(user, workspace);
            case LEADER, CONSULTANT, EVALUATOR, ADMIN -> false;
        };
    }

    /** Who comments in an open workspace: its own people, its leader, and the project's consultants. */
    public boolean canComment(PortalUser user, WorkspaceRef workspace) {
        return canComment(user, load(workspace));
    }

    private boolean canComment(PortalUser user, Workspace workspace) {
        return workspace.isOpen() && switch (user.role()) {
            case TEAM_MEMBER, PROJECT_LEADER -> ownOrganisation(user, workspace);
            case LEADER -> !user.isNationalAgency() && ownOrganisation(user, workspace);
            case CONSULTANT -> workspaces.findProjectIdsServedBy(user.id()).contains(workspace.getProject().getId());
            case EVALUATOR, ADMIN -> false;
        };
    }

    public boolean canRead(PortalUser user, WorkspaceRef workspace) {
        return canRead(user, load(workspace));
    }

    private boolean canRead(PortalUser user, Workspace workspace) {
        return switch (user.role()) {
            case TEAM_MEMBER, PROJECT_LEADER -> ownOrganisation(user, workspace);
            case LEADER -> user.isNationalAgency() || ownOrganisation(user, workspace);
            case CONSULTANT -> workspaces.findProjectIdsServedBy(user.id()).contains(workspace.getProject().getId());
            case EVALUATOR -> workspaces.findProjectIdsEvaluatedBy(user.organisationId())
                    .contains(workspace.getProject().getId());
            case ADMIN -> false;
        };
    }

    /** Every workspace the current user may read, ordered by project and organisation. */
    public List<WorkspaceSummary> readableWorkspaces() {
        PortalUser user = currentUser.require();
        List<Workspace> visible = switch (user.role()) {
            case TEAM_MEMBER, PROJECT_LEADER -> workspaces.findByOrganisation(user.organisationId());
            case LEADER -> user.isNationalAgency()
                    ? workspaces.findAllWithDetails()
                    : workspaces.findByOrganisation(user.organisationId());
            case CONSULTANT -> {
                List<Long> served = workspaces.findProjectIdsServedBy(user.id());
                yield served.isEmpty() ? List.of() : workspaces.findByProjects(served);
            }
            case EVALUATOR -> {
                List<Long> evaluated = workspaces.findProjectIdsEvaluatedBy(user.organisationId());
                yield evaluated.isEmpty() ? List.of() : workspaces.findByProjects(evaluated);
            }
            case ADMIN -> List.of();
        };
        Map<Long, OrganisationRef> named = organisations.of(visible);
        Map<Long, String> consultants = organisations.consultantsOf(visible);
        return WorkspaceOrganisations.sorted(visible, named).stream()
                .map(p -> summarise(user, p, named.get(p.getOrganisationId()),
                        p.getConsultantId() == null ? null : consultants.get(p.getConsultantId())))
                .toList();
    }

    /** What the current user may read, as a filter for queries over many workspaces at once (search). */
    public ReadScope readScope() {
        PortalUser user = currentUser.require();
        return switch (user.role()) {
            case TEAM_MEMBER, PROJECT_LEADER -> ownOrganisationScope(user);
            case LEADER -> user.isNationalAgency() ? ReadScope.EVERYTHING : ownOrganisationScope(user);
            case CONSULTANT -> new ReadScope(false, null, workspaces.findProjectIdsServedBy(user.id()), true, true, false);
            case EVALUATOR -> new ReadScope(false, null, workspaces.findProjectIdsEvaluatedBy(user.organisationId()),
                    true, false, false);
            case ADMIN -> ReadScope.NOTHING;
        };
    }

    private ReadScope ownOrganisationScope(PortalUser user) {
        List<Long> projectIds = workspaces.findByOrganisation(user.organisationId()).stream()
                .map(w -> w.getProject().getId()).distinct().toList();
        return new ReadScope(false, user.organisationId(), projectIds, false, false,
                user.role() == dk.modningsportal.security.Role.PROJECT_LEADER);
    }

    /** Whether the current user is a consultant serving this project: they prepare workshops and publish versions. */
    public boolean isConsultantOf(long projectId) {
        PortalUser user = currentUser.require();
        return user.role() == dk.modningsportal.security.Role.CONSULTANT
                && workspaces.findProjectIdsServedBy(user.id()).contains(projectId);
    }

    public void requireConsultantOf(long projectId) {
        if (!isConsultantOf(projectId)) {
            PortalUser user = currentUser.require();
            log.warn("Refused maturation work in project {} to {}", projectId, user);
            throw new AccessRefusedException("error.consultantsOnly", user + " is no consultant of project " + projectId);
        }
    }

    /** Whether the current user is an evaluator of an organisation that evaluates this project. */
    public boolean isEvaluatorOf(long projectId) {
        return isEvaluatorOf(currentUser.require(), projectId);
    }

    private boolean isEvaluatorOf(PortalUser user, long projectId) {
        return user.role() == dk.modningsportal.security.Role.EVALUATOR
                && workspaces.existsByProjectIdAndEvaluatorOrganisationId(projectId, user.organisationId());
    }

    /** The projects the current user evaluates (none unless an evaluator). */
    public List<Long> evaluatedProjectIds() {
        PortalUser user = currentUser.require();
        return user.role() == dk.modningsportal.security.Role.EVALUATOR
                ? workspaces.findProjectIdsEvaluatedBy(user.organisationId()) : List.of();
    }

    /** Refuses a change in a closed project: everything in it is read-only (dashboards and exports stay). */
    public void requireOpenProject(long projectId) {
        if (projects.findById(projectId).map(Project::isClosed).orElse(true)) {
            throw new AccessRefusedException("error.projectClosed", "Project " + projectId + " is closed");
        }
    }

    /** As {@link #requireConsultantOf}, for changes: a closed project is read-only, for its consultants too. */
    public void requireConsultantOfOpen(long projectId) {
        requireConsultantOf(projectId);
        requireOpenProject(projectId);
    }

    /** Whether the current user may read some workspace of the project (and so its published intervention). */
    public boolean canReadProject(long projectId) {
        return projectScope(projectId).any();
    }

    /**
     * Whether the person takes part in the project (their organisation has a workspace in it), serves or evaluates
     * it, or is national management: who may read what a team has shared with the project.
     */
    public boolean canReadShared(PortalUser user, long projectId) {
        return projectScope(user, projectId).any();
    }

    /**
     * How the current user reads an item of a workspace: as one who may read the workspace anyway ({@code true}:
     * its team, the project's consultants), or as one taking part in the project while the item is shared
     * ({@code false}). Neither: an empty answer, which the item's service refuses as if the item were unknown.
     */
    public java.util.Optional<Boolean> readsOwnOrShared(long workspaceId,
            dk.modningsportal.base.SharedWithProject sharing) {
        PortalUser user = currentUser.require();
        Workspace workspace = find(user, workspaceId, "read");
        if (canRead(user, workspace)) {
            return java.util.Optional.of(true);
        }
        return sharing.isShared() && canReadShared(user, workspace.getProject().getId())
                ? java.util.Optional.of(false) : java.util.Optional.empty();
    }

    /**
     * Who comments on an item shared with the project: the people of its organisations and its consultants, while
     * the item's own workspace is open. (Evaluators and national management read, as in workspaces.)
     */
    public boolean canCommentOnShared(PortalUser user, WorkspaceRef itemWorkspace) {
        return canCommentOnShared(user, load(itemWorkspace));
    }

    private boolean canCommentOnShared(PortalUser user, Workspace itemWorkspace) {
        return itemWorkspace.isOpen() && switch (user.role()) {
            case TEAM_MEMBER, PROJECT_LEADER -> projectScope(user, itemWorkspace.getProject().getId()).any();
            case LEADER -> !user.isNationalAgency() && projectScope(user, itemWorkspace.getProject().getId()).any();
            case CONSULTANT -> projectScope(user, itemWorkspace.getProject().getId()).any();
            case EVALUATOR, ADMIN -> false;
        };
    }

    /**
     * Which of a project's workspaces the current user may read, decided with one small query instead of
     * loading every readable workspace: the same rules as {@link #canRead}.
     */
    public ProjectScope projectScope(long projectId) {
        return projectScope(currentUser.require(), projectId);
    }

    private ProjectScope projectScope(PortalUser user, long projectId) {
        return switch (user.role()) {
            case TEAM_MEMBER, PROJECT_LEADER -> ownScope(user, projectId);
            case LEADER -> user.isNationalAgency()
                    ? (workspaces.existsByProjectId(projectId) ? ProjectScope.ALL : ProjectScope.NONE)
                    : ownScope(user, projectId);
            case CONSULTANT -> workspaces.existsByProjectIdAndConsultantId(projectId, user.id())
                    ? ProjectScope.ALL : ProjectScope.NONE;
            case EVALUATOR -> isEvaluatorOf(user, projectId) ? ProjectScope.ALL : ProjectScope.NONE;
            case ADMIN -> ProjectScope.NONE;
        };
    }

    private ProjectScope ownScope(PortalUser user, long projectId) {
        return workspaces.findWorkspaceIdOf(projectId, user.organisationId()).map(ProjectScope::own)
                .orElse(ProjectScope.NONE);
    }

    /** Label and rights of one readable workspace. */
    public WorkspaceSummary summary(long workspaceId) {
        PortalUser user = currentUser.require();
        Workspace workspace = readable(workspaceId);
        Long consultant = workspace.getConsultantId();
        return summarise(user, workspace, organisations.of(workspace),
                consultant == null ? null : organisations.consultantsOf(List.of(workspace)).get(consultant));
    }

    private WorkspaceSummary summarise(PortalUser user, Workspace p, OrganisationRef organisation, String consultant) {
        LocalDate today = LocalDate.now(clock);
        String phase = p.getProject().phaseOn(today).map(ProjectPhase::getName).orElse(null);
        return new WorkspaceSummary(p.getId(), p.getProject().getId(), p.getProject().getName(),
                p.getOrganisationId(), organisation.name(), organisation.kind(),
                consultant, phase, canWrite(user, p));
    }

    private Workspace find(PortalUser user, long workspaceId, String action) {
        return workspaces.findWithDetails(workspaceId).orElseThrow(() -> {
            log.warn("Refused {} of unknown workspace {} to {}", action, workspaceId, user);
            return new NotFoundException("error.workspaceRefused", "No workspace " + workspaceId);
        });
    }

    /** The workspace a row of another module names (in the persistence context after the first of a request's checks). */
    private Workspace load(WorkspaceRef workspace) {
        return workspaces.findById(workspace.id()).orElseThrow();
    }

    private static boolean ownOrganisation(PortalUser user, Workspace workspace) {
        return workspace.getOrganisationId() == user.organisationId();
    }

    static AccessRefusedException refuse(PortalUser user, String action, long workspaceId) {
        log.warn("Refused {} of workspace {} to {}", action, workspaceId, user);
        return new AccessRefusedException("error.workspaceRefused", user + " may not " + action + " workspace " + workspaceId);
    }
}
