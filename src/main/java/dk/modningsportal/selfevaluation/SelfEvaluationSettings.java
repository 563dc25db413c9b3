package dk.modningsportal.selfevaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.project.ProjectAdministration;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's terms for self-evaluations: when forms are due and the hours each kind of organisation is
 * expected to spend. The project keeps them; its consultants set them here.
 */
@Service
@Transactional
public class SelfEvaluationSettings {

    private static final Logger log = LoggerFactory.getLogger(SelfEvaluationSettings.class);

    /** When forms are due, and the time each kind of organisation is expected to spend on the project. */
    public record ProjectSettings(int dueDays, Map<OrganisationKind, Integer> expectedHours, boolean editable) {
    }

    private final ProjectQueries projects;
    private final ProjectAdministration projectAdministration;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;

    SelfEvaluationSettings(ProjectQueries projects, ProjectAdministration projectAdministration,
            WorkspaceAccess workspaceAccess, CurrentUser currentUser) {
        this.projects = projects;
        this.projectAdministration = projectAdministration;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public ProjectSettings projectSettings(long projectId) {
        requireProjectReader(projectId);
        ProjectQueries.SelfEvaluationTerms terms = projects.selfEvaluationTerms(projectId);
        return new ProjectSettings(terms.dueDays(), terms.expectedHours(), workspaceAccess.isConsultantOf(projectId));
    }

    /** The project's consultants set when forms are due and the expected hours (an empty value: none expected). */
    public ProjectSettings saveProjectSettings(long projectId, Integer dueDays, Map<OrganisationKind, Integer> expectedHours) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (dueDays == null || dueDays < 0 || dueDays > 120) {
            errors.put("dueDays", "selfEvaluation.dueDaysRange");
        }
        expectedHours.forEach((kind, hours) -> {
            if (hours != null && (hours < 0 || hours > 10_000)) {
                errors.put("hours:" + kind.name(), "selfEvaluation.expectedHoursRange");
            }
        });
        TextRules.throwIfAny(errors);
        projectAdministration.setSelfEvaluationTerms(projectId, dueDays, expectedHours);
        log.info("{} set self-evaluations of project {} due {} days after the quarter, expected hours {}",
                currentUser.require(), projectId, dueDays, expectedHours);
        return projectSettings(projectId);
    }

    /** Anyone who reads some workspace of the project: its dates and states are no organisation's content. */
    private void requireProjectReader(long projectId) {
        if (!workspaceAccess.projectScope(projectId).any()) {
            log.warn("Refused the self-evaluation dates of project {} to {}", projectId, currentUser.get().orElse(null));
            throw new AccessRefusedException("error.accessRefused", "Self-evaluations of project " + projectId);
        }
    }
}
