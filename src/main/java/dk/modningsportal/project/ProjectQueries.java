package dk.modningsportal.project;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.security.UserAccount;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
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

    private final ProjectRepository projects;
    private final WorkspaceRepository workspaces;
    private final EntityManager em;

    ProjectQueries(ProjectRepository projects, WorkspaceRepository workspaces, EntityManager em) {
        this.projects = projects;
        this.workspaces = workspaces;
        this.em = em;
    }

    public Project project(long projectId) {
        return projects.findById(projectId)
                .orElseThrow(() -> new NotFoundException("error.projectRefused", "No project " + projectId));
    }

    public Workspace workspace(long workspaceId) {
        return workspaces.findWithDetails(workspaceId)
                .orElseThrow(() -> new NotFoundException("error.workspaceRefused", "No workspace " + workspaceId));
    }

    /** The project's workspaces with their organisations, by organisation name. */
    public List<Workspace> workspacesOf(long projectId) {
        return workspaces.findByProjects(List.of(projectId));
    }

    /** Every workspace with project and organisation: for the scheduled reminders. */
    public List<Workspace> allWorkspaces() {
        return workspaces.findAllWithDetails();
    }

    public Optional<Long> workspaceIdOf(long projectId, long organisationId) {
        return workspaces.findWorkspaceIdOf(projectId, organisationId);
    }

    public List<Long> organisationIdsOf(long projectId) {
        return workspaces.findOrganisationIdsOfProject(projectId);
    }

    public List<UserAccount> consultantsOf(long projectId) {
        return workspaces.findConsultantsOfProject(projectId);
    }

    public SelfEvaluationTerms selfEvaluationTerms(long projectId) {
        Map<OrganisationKind, Integer> hours = new EnumMap<>(OrganisationKind.class);
        List<?> rows = em.createNativeQuery("select organisation_kind, hours from project_expected_hours where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        rows.forEach(r -> {
            Object[] row = (Object[]) r;
            hours.put(OrganisationKind.valueOf((String) row[0]), ((Number) row[1]).intValue());
        });
        return new SelfEvaluationTerms(project(projectId).getSelfEvaluationDueDays(), hours);
    }
}
