package dk.modningsportal.project;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read about projects and their workspaces. No access check here: the calling
 * service has already asked {@link WorkspaceAccess} for the person's right to the project or workspace.
 * What is returned is for reading; changes go through {@link ProjectAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

    /** When a quarter's self-evaluation is due and the hours each kind of organisation is expected to spend. */
    public record SelfEvaluationTerms(int dueDays, Map<OrganisationKind, Integer> expectedHours) {
    }

    /** A project by id and name. */
    public record ProjectName(long id, String name) {
    }

    private final ProjectRepository projects;
    private final WorkspaceRepository workspaces;
    private final EntityManager em;
    private final UserDirectory userDirectory;
    private final WorkspaceOrganisations workspaceOrganisations;

    ProjectQueries(ProjectRepository projects, WorkspaceRepository workspaces, EntityManager em,
            UserDirectory userDirectory, WorkspaceOrganisations workspaceOrganisations) {
        this.workspaceOrganisations = workspaceOrganisations;
        this.userDirectory = userDirectory;
        this.projects = projects;
        this.workspaces = workspaces;
        this.em = em;
    }

    public ProjectFacts project(long projectId) {
        return ProjectFacts.of(entity(projectId));
    }

    private Project entity(long projectId) {
        return projects.findById(projectId)
                .orElseThrow(() -> new NotFoundException("error.projectRefused", "No project " + projectId));
    }

    /** The project's name, for a line that names it (an audit entry, a notice). */
    public String nameOf(long projectId) {
        return entity(projectId).getName();
    }

    public WorkspaceFacts workspace(long workspaceId) {
        return workspaces.findWithDetails(workspaceId).map(workspaceOrganisations::facts)
                .orElseThrow(() -> new NotFoundException("error.workspaceRefused", "No workspace " + workspaceId));
    }

    /** The organisations taking part in the project, each with its workspace there, by organisation name. */
    public List<WorkspaceFacts> workspacesOf(long projectId) {
        return workspaceOrganisations.facts(workspaces.findByProjects(List.of(projectId)));
    }

    /** Every workspace: for the scheduled reminders. */
    public List<WorkspaceFacts> allWorkspaces() {
        return workspaceOrganisations.facts(workspaces.findAllWithDetails());
    }

    /**
     * The projects with a workspace served by the consultant, or of the organisation (null: any), by name.
     */
    public List<ProjectName> projectsOf(Long consultantId, Long organisationId) {
        TypedQuery<ProjectName> query = em.createQuery("select distinct new dk.modningsportal.project.ProjectQueries$ProjectName("
                + "pr.id, pr.name) from Workspace p join p.project pr where 1 = 1 "
                + (consultantId == null ? "" : "and p.consultantId = :consultantId ")
                + (organisationId == null ? "" : "and p.organisationId = :organisationId ") + "order by pr.name",
                ProjectName.class);
        if (consultantId != null) {
            query.setParameter("consultantId", consultantId);
        }
        if (organisationId != null) {
            query.setParameter("organisationId", organisationId);
        }
        return query.getResultList();
    }

    /**
     * Locks the workspace's row until the transaction ends: serialises work derived from one workspace's content
     * (the dashboard's tallies) across every node of the cluster. Returns the workspace's project.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lockWorkspace(long workspaceId) {
        return em.find(Workspace.class, workspaceId, LockModeType.PESSIMISTIC_WRITE).getProject().getId();
    }

    public Optional<Long> workspaceIdOf(long projectId, long organisationId) {
        return workspaces.findWorkspaceIdOf(projectId, organisationId);
    }

    public List<Long> organisationIdsOf(long projectId) {
        return workspaces.findOrganisationIdsOfProject(projectId);
    }

    /** The project's consultants who can still sign in, by name. */
    public List<UserDirectory.Reader> consultantsOf(long projectId) {
        return userDirectory.enabledReaders(entity(projectId).getConsultantIds());
    }

    public SelfEvaluationTerms selfEvaluationTerms(long projectId) {
        Map<OrganisationKind, Integer> hours = new EnumMap<>(OrganisationKind.class);
        List<?> rows = em.createNativeQuery("select organisation_kind, hours from project_expected_hours where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        rows.forEach(r -> {
            Object[] row = (Object[]) r;
            hours.put(OrganisationKind.valueOf((String) row[0]), ((Number) row[1]).intValue());
        });
        return new SelfEvaluationTerms(entity(projectId).getSelfEvaluationDueDays(), hours);
    }
}
