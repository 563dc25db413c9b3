package dk.modningsportal.intervention;

import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.WorkspaceAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to a project's intervention for the workspaces: its core elements and versions.
 * The intervention description is shared by all participants of a project, so reading it only
 * requires access to a workspace of that project.
 */
@Service
@Transactional(readOnly = true)
public class InterventionCatalog {

    public record CoreElementRef(long id, String name, String description) {
    }

    public record VersionRef(long id, String label, VersionStatus status) {
    }

    private final InterventionRepository interventions;
    private final WorkspaceAccess workspaceAccess;

    InterventionCatalog(InterventionRepository interventions, WorkspaceAccess workspaceAccess) {
        this.interventions = interventions;
        this.workspaceAccess = workspaceAccess;
    }

    public Optional<String> interventionName(long workspaceId) {
        long projectId = projectOf(workspaceId);
        return interventions.findByProject(projectId).map(Intervention::getName);
    }

    public List<CoreElementRef> coreElements(long workspaceId) {
        return interventions.findCoreElements(projectOf(workspaceId)).stream()
                .map(c -> new CoreElementRef(c.getId(), c.getName(), c.getDescription()))
                .toList();
    }

    public List<VersionRef> versions(long workspaceId) {
        return interventions.findVersions(projectOf(workspaceId)).stream()
                .map(v -> new VersionRef(v.getId(), v.getLabel(), v.getStatus()))
                .toList();
    }

    /** The version in trial now, which new trial actions and notes default to. */
    public Optional<VersionRef> currentVersion(long workspaceId) {
        return versions(workspaceId).stream().filter(v -> v.status() == VersionStatus.IN_TRIAL).findFirst();
    }

    /** The core elements with these ids, refusing any that belong to another project's intervention. */
    public List<CoreElement> coreElementsOfProject(long projectId, List<Long> ids, String field) {
        return ids.stream()
                .map(id -> interventions.findCoreElement(id)
                        .filter(c -> c.getIntervention().getProject().getId() == projectId)
                        .orElseThrow(() -> new ValidationFailedException(Map.of(field, "validation.unknownChoice"))))
                .toList();
    }

    /** The version with this id, refusing one of another project's intervention. */
    public InterventionVersion versionOfProject(long projectId, long versionId, String field) {
        return interventions.findVersion(versionId)
                .filter(v -> v.getIntervention().getProject().getId() == projectId)
                .orElseThrow(() -> new ValidationFailedException(Map.of(field, "validation.unknownChoice")));
    }

    private long projectOf(long workspaceId) {
        return workspaceAccess.requireReadable(workspaceId).getProject().getId();
    }
}
