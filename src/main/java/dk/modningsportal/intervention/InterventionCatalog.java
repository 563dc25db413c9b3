package dk.modningsportal.intervention;

import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to a project's intervention for the workspaces: its core elements and versions.
 * The published intervention is shared by all participants of a project, so reading it requires
 * access to a workspace of that project; drafts of the next version are the consultants' alone.
 */
@Service
@Transactional(readOnly = true)
public class InterventionCatalog {

    public record CoreElementRef(long id, String name, String description) {
    }

    public record VersionRef(long id, String label, VersionStatus status, boolean finalVersion) {

        public VersionRef(long id, String label, VersionStatus status) {
            this(id, label, status, false);
        }
    }

    /** A version with its texts, as shown on the intervention page. */
    public record VersionContent(VersionRef version, String description, String targetGroup, String theoryOfChange,
            List<ElementText> elements, java.time.Instant publishedAt) {
    }

    public record ElementText(long coreElementId, String name, String text) {
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

    /** Every core element the intervention has had, for filters and existing items. */
    public List<CoreElementRef> coreElements(long workspaceId) {
        return interventions.findCoreElements(projectOf(workspaceId)).stream().map(InterventionCatalog::ref).toList();
    }

    /** The core elements of the version in trial: what new trial actions and notes can be tied to. */
    public List<CoreElementRef> currentCoreElements(long workspaceId) {
        long projectId = projectOf(workspaceId);
        return interventions.findVersions(projectId).stream()
                .filter(v -> v.getStatus() == VersionStatus.IN_TRIAL)
                .findFirst()
                .map(v -> interventions.findCoreElementsOfVersion(v.getId()).stream().map(InterventionCatalog::ref).toList())
                .orElseGet(() -> coreElements(workspaceId));
    }

    /** The versions a workspace may refer to: those in trial or closed (drafts are not yet the teams'). */
    public List<VersionRef> versions(long workspaceId) {
        return interventions.findVersions(projectOf(workspaceId)).stream()
                .filter(v -> v.getStatus() != VersionStatus.DRAFT)
                .map(InterventionCatalog::ref)
                .toList();
    }

    /** Versions shown on the intervention page: drafts too for the project's consultants. */
    public List<VersionRef> comparableVersions(long workspaceId) {
        long projectId = projectOf(workspaceId);
        boolean consultant = workspaceAccess.isConsultantOf(projectId);
        return interventions.findVersions(projectId).stream()
                .filter(v -> consultant || v.getStatus() != VersionStatus.DRAFT)
                .map(InterventionCatalog::ref)
                .toList();
    }

    /** The version in trial now, which new trial actions and notes default to. */
    public Optional<VersionRef> currentVersion(long workspaceId) {
        return versions(workspaceId).stream().filter(v -> v.status() == VersionStatus.IN_TRIAL).findFirst();
    }

    /** A version's content, if the current user may see that version through this workspace. */
    public VersionContent content(long workspaceId, long versionId) {
        InterventionVersion version = visibleVersion(workspaceId, versionId);
        List<ElementText> texts = version.getTexts().stream()
                .sorted(java.util.Comparator.comparingInt(t -> t.getCoreElement().getSortOrder()))
                .map(t -> new ElementText(t.getCoreElement().getId(), t.getCoreElement().getName(), t.getText()))
                .toList();
        return new VersionContent(ref(version), version.getDescription(), version.getTargetGroup(),
                version.getTheoryOfChange(), texts,
                version.getPublishedAt());
    }

    /** The version, refusing one of another project and a draft to anyone but the project's consultants. */
    InterventionVersion visibleVersion(long workspaceId, long versionId) {
        long projectId = projectOf(workspaceId);
        InterventionVersion version = versionEntityOfProject(projectId, versionId, "version");
        if (version.getStatus() == VersionStatus.DRAFT) {
            workspaceAccess.requireConsultantOf(projectId);
        }
        return version;
    }

    /** The core elements with these ids, refusing any that belong to another project's intervention. */
    public List<CoreElementRef> coreElementsOfProject(long projectId, List<Long> ids, String field) {
        return ids.stream()
                .map(id -> interventions.findCoreElement(id)
                        .filter(c -> c.getIntervention().getProjectId() == projectId)
                        .map(InterventionCatalog::ref)
                        .orElseThrow(() -> new ValidationFailedException(Map.of(field, "validation.unknownChoice"))))
                .toList();
    }

    /** A version trial actions and notes may refer to: of this project, and in trial or closed (not a draft). */
    public VersionRef trialledVersionOfProject(long projectId, long versionId, String field) {
        VersionRef version = versionOfProject(projectId, versionId, field);
        if (version.status() == VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of(field, "validation.unknownChoice"));
        }
        return version;
    }

    /** The version with this id, refusing one of another project's intervention. */
    public VersionRef versionOfProject(long projectId, long versionId, String field) {
        return ref(versionEntityOfProject(projectId, versionId, field));
    }

    /** The project's intervention's name, if it has one yet (the caller has checked the reader). */
    public Optional<String> interventionNameOfProject(long projectId) {
        return interventions.findByProject(projectId).map(Intervention::getName);
    }

    InterventionVersion versionEntityOfProject(long projectId, long versionId, String field) {
        return interventions.findVersion(versionId)
                .filter(v -> v.getIntervention().getProjectId() == projectId)
                .orElseThrow(() -> new ValidationFailedException(Map.of(field, "validation.unknownChoice")));
    }

    /** Every core element of the project's intervention, for one who may read the project (filters across it). */
    public List<CoreElementRef> coreElementsOfProject(long projectId) {
        requireReadableProject(projectId);
        return interventions.findCoreElements(projectId).stream().map(InterventionCatalog::ref).toList();
    }

    /** The project's versions in trial or closed, for one who may read the project. */
    public List<VersionRef> versionsOfProject(long projectId) {
        requireReadableProject(projectId);
        return interventions.findVersions(projectId).stream().filter(v -> v.getStatus() != VersionStatus.DRAFT)
                .map(InterventionCatalog::ref).toList();
    }

    /**
     * The core elements and versions (each in their order) of a project's intervention by id, read once for the rows a
     * module shows that refer to them by id (notes, trial actions).
     */
    public record Vocabulary(Map<Long, CoreElementRef> elements, Map<Long, VersionRef> versions) {

        public CoreElementRef element(Long id) {
            return id == null ? null : elements.get(id);
        }

        public String elementName(Long id) {
            CoreElementRef element = element(id);
            return element == null ? null : element.name();
        }

        /** These core elements in the intervention's order. */
        public List<CoreElementRef> inOrder(Collection<Long> ids) {
            return elements.values().stream().filter(e -> ids.contains(e.id())).toList();
        }

        public VersionRef version(long id) {
            return versions.get(id);
        }

        public List<CoreElementRef> elementsInOrder() {
            return List.copyOf(elements.values());
        }

        /** Every version in order, drafts too. */
        public List<VersionRef> versionsInOrder() {
            return List.copyOf(versions.values());
        }

        /** The versions in trial or closed, in order (drafts are not yet the teams'). */
        public List<VersionRef> trialledVersions() {
            return versions.values().stream().filter(v -> v.status() != VersionStatus.DRAFT).toList();
        }

        /** The version that came out of a round: the next one after it, draft or published (none yet: empty). */
        public Optional<VersionRef> successorOf(long versionId) {
            boolean seen = false;
            for (VersionRef v : versions.values()) {
                if (seen) {
                    return Optional.of(v);
                }
                seen = v.id() == versionId;
            }
            return Optional.empty();
        }

        public String versionLabel(long id) {
            VersionRef version = versions.get(id);
            return version == null ? null : version.label();
        }
    }

    /**
     * The project's vocabulary, for a module whose rows refer to its core elements and versions by id (the caller
     * has checked the reader; the intervention is the whole project's).
     */
    public Vocabulary vocabulary(long projectId) {
        Map<Long, CoreElementRef> elements = new LinkedHashMap<>();
        interventions.findCoreElements(projectId).forEach(c -> elements.put(c.getId(), ref(c)));
        Map<Long, VersionRef> versions = new LinkedHashMap<>();
        interventions.findVersions(projectId).forEach(v -> versions.put(v.getId(), ref(v)));
        return new Vocabulary(elements, versions);
    }

    private void requireReadableProject(long projectId) {
        if (!workspaceAccess.canReadProject(projectId)) {
            throw new dk.modningsportal.base.AccessRefusedException("error.accessRefused", "Project " + projectId);
        }
    }

    private long projectOf(long workspaceId) {
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        return workspace.projectId();
    }

    static CoreElementRef ref(CoreElement c) {
        return new CoreElementRef(c.getId(), c.getName(), c.getDescription());
    }

    static VersionRef ref(InterventionVersion v) {
        return new VersionRef(v.getId(), v.getLabel(), v.getStatus(), v.isFinalVersion());
    }
}
