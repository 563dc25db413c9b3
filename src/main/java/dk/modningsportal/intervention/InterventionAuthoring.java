package dk.modningsportal.intervention;

import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectAdministration;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing an intervention's version 1.0 before the first trial round: name, purpose, target group, theory
 * of change, core elements with their texts and order; or starting from another project's intervention.
 * Starting the trial puts 1.0 in trial; from then on changes go through the maturation loop. Those who
 * run the project (administrators, its consultants) write it.
 */
@Service
@Transactional(readOnly = true)
public class InterventionAuthoring {

    public record Texts(String name, String purpose, String targetGroup, String theoryOfChange) {
    }

    public record ElementText(long id, String name, String text) {
    }

    /** The intervention as authored so far; {@code editable} until version 1.0 goes into trial. */
    public record Authoring(long projectId, String projectName, Long interventionId, long version, Texts texts,
            List<ElementText> elements, VersionStatus firstVersionStatus, boolean editable) {
    }

    public record Source(long projectId, String projectName, String interventionName) {
    }

    private final InterventionRepository interventions;
    private final MaterialService materials;
    private final ProjectAdministration projects;
    private final ProjectQueries projectQueries;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InterventionAuthoring(InterventionRepository interventions, MaterialService materials, ProjectAdministration projects,
            ProjectQueries projectQueries, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.interventions = interventions;
        this.materials = materials;
        this.projects = projects;
        this.projectQueries = projectQueries;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public Authoring authoring(long projectId) {
        ProjectFacts project = projects.requireRunnableProject(projectId);
        Optional<Intervention> found = interventions.findByProject(projectId);
        if (found.isEmpty()) {
            return new Authoring(projectId, project.name(), null, 0, new Texts("", "", "", ""), List.of(), null,
                    !project.closed());
        }
        Intervention intervention = found.get();
        InterventionVersion first = firstVersion(intervention);
        List<ElementText> elements = intervention.getCoreElements().stream()
                .sorted(Comparator.comparingInt(CoreElement::getSortOrder))
                .map(e -> new ElementText(e.getId(), e.getName(), first.textOf(e).orElse(e.getDescription())))
                .toList();
        return new Authoring(projectId, project.name(), intervention.getId(), intervention.getVersion(),
                new Texts(intervention.getName(), nullToEmpty(intervention.getDescription()),
                        nullToEmpty(intervention.getTargetGroup()), nullToEmpty(intervention.getTheoryOfChange())),
                elements, first.getStatus(), first.getStatus() == VersionStatus.DRAFT && !project.closed());
    }

    /** Interventions of other projects that a new one can start from (their latest published version). */
    public List<Source> sources(long projectId) {
        projects.requireRunnableProject(projectId);
        return interventions.findAll().stream()
                .filter(i -> i.getProjectId() != projectId)
                .filter(i -> i.getVersions().stream().anyMatch(v -> v.getStatus() != VersionStatus.DRAFT))
                .map(i -> new Source(i.getProjectId(), projectQueries.nameOf(i.getProjectId()), i.getName()))
                .sorted(Comparator.comparing(Source::interventionName))
                .toList();
    }

    /** Saves the texts; the first save creates the intervention with its draft version 1.0. */
    @Transactional
    public void saveTexts(long projectId, long expectedVersion, Texts texts) {
        ProjectFacts project = projects.requireRunnableOpen(projectId);
        validate(texts);
        Intervention intervention = interventions.findByProject(projectId).orElse(null);
        if (intervention == null) {
            intervention = new Intervention(projectId, texts.name().strip(), null, null);
            intervention.addVersion("1.0", VersionStatus.DRAFT, project.startDate(), null);
            interventions.save(intervention);
        } else {
            requireDraft(intervention);
            if (intervention.getVersion() != expectedVersion) {
                throw new ValidationFailedException(Map.of("form", "validation.staleEdit"));
            }
        }
        intervention.describe(texts.name().strip(), TextRules.trimToNull(texts.purpose()),
                TextRules.trimToNull(texts.targetGroup()), TextRules.trimToNull(texts.theoryOfChange()));
        InterventionVersion first = firstVersion(intervention);
        first.describe(intervention.getDescription(), intervention.getTheoryOfChange());
        first.setTargetGroup(intervention.getTargetGroup());
        audit(projectId, "tekster");
    }

    /** Copies another project's intervention (its latest published version) as this project's version 1.0. */
    @Transactional
    public void startFrom(long projectId, long sourceProjectId) {
        ProjectFacts project = projects.requireRunnableOpen(projectId);
        if (interventions.findByProject(projectId).isPresent()) {
            throw new ValidationFailedException(Map.of("source", "validation.interventionExists"));
        }
        Intervention source = interventions.findByProject(sourceProjectId)
                .orElseThrow(() -> new ValidationFailedException(Map.of("source", "validation.unknownChoice")));
        InterventionVersion published = source.getVersions().stream()
                .filter(v -> v.getStatus() != VersionStatus.DRAFT)
                .max(Comparator.comparingInt(InterventionVersion::getSortOrder))
                .orElseThrow(() -> new ValidationFailedException(Map.of("source", "validation.unknownChoice")));
        Intervention copy = new Intervention(projectId, source.getName(), null, null);
        copy.describe(source.getName(), published.getDescription(), published.getTargetGroup(),
                published.getTheoryOfChange());
        published.getTexts().stream()
                .sorted(Comparator.comparingInt(t -> t.getCoreElement().getSortOrder()))
                .forEach(t -> copy.addCoreElement(t.getCoreElement().getName(), t.getText()));
        copy.addVersion("1.0", VersionStatus.DRAFT, project.startDate(), null);
        interventions.save(copy);
        audit(projectId, "kopieret fra " + source.getName() + " " + published.getLabel());
    }

    @Transactional
    public void addElement(long projectId, String name, String text) {
        Intervention intervention = draftOf(projectId);
        validateElement(name, text);
        CoreElement element = intervention.addCoreElement(name.strip(), text.strip());
        firstVersion(intervention).putText(element, text.strip());
        audit(projectId, "kerneelement " + name.strip());
    }

    @Transactional
    public void updateElement(long projectId, long elementId, String name, String text) {
        Intervention intervention = draftOf(projectId);
        validateElement(name, text);
        CoreElement element = elementOf(intervention, elementId);
        element.rename(name.strip(), text.strip());
        firstVersion(intervention).putText(element, text.strip());
        audit(projectId, "kerneelement " + name.strip());
    }

    @Transactional
    public void moveElement(long projectId, long elementId, int step) {
        Intervention intervention = draftOf(projectId);
        intervention.move(elementOf(intervention, elementId), step < 0 ? -1 : 1);
    }

    @Transactional
    public void removeElement(long projectId, long elementId) {
        Intervention intervention = draftOf(projectId);
        CoreElement element = elementOf(intervention, elementId);
        intervention.removeCoreElement(element);
        audit(projectId, "kerneelement fjernet: " + element.getName());
    }

    /** Files that come with version 1.0 (guides, templates), checked like every material. */
    @Transactional
    public MaterialService.MaterialRow addMaterial(long projectId, String fileName, byte[] data) {
        Intervention intervention = draftOf(projectId);
        return materials.store(firstVersion(intervention), fileName, data);
    }

    public List<MaterialService.MaterialRow> materials(long projectId) {
        projects.requireRunnableProject(projectId);
        return interventions.findByProject(projectId).map(i -> materials.rowsOf(firstVersion(i).getId())).orElse(List.of());
    }

    /** Puts version 1.0 into trial from today: teams can now tie trial actions and notes to it. */
    @Transactional
    public void startTrial(long projectId) {
        Intervention intervention = draftOf(projectId);
        Map<String, String> errors = new HashMap<>();
        if (intervention.getDescription() == null) {
            errors.put("purpose", TextRules.REQUIRED);
        }
        if (intervention.getCoreElements().isEmpty()) {
            errors.put("elements", "validation.coreElementRequired");
        }
        TextRules.throwIfAny(errors);
        InterventionVersion first = firstVersion(intervention);
        first.publish(currentUser.require().id(), clock.instant(), LocalDate.now(clock), false);
        events.publishEvent(Audited.of(AuditAction.VERSION_PUBLISHED, Audited.PROJECT,
                projectId, projectQueries.nameOf(projectId), null)
                .change(null, intervention.getName() + " " + first.getLabel()));
    }

    private Intervention draftOf(long projectId) {
        projects.requireRunnableOpen(projectId);
        Intervention intervention = interventions.findByProject(projectId)
                .orElseThrow(() -> new ValidationFailedException(Map.of("form", "validation.interventionMissing")));
        requireDraft(intervention);
        return intervention;
    }

    private static void requireDraft(Intervention intervention) {
        if (firstVersion(intervention).getStatus() != VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of("form", "validation.interventionInTrial"));
        }
    }

    private static InterventionVersion firstVersion(Intervention intervention) {
        return intervention.getVersions().stream().min(Comparator.comparingInt(InterventionVersion::getSortOrder))
                .orElseThrow();
    }

    private static CoreElement elementOf(Intervention intervention, long elementId) {
        return intervention.getCoreElements().stream().filter(e -> e.getId() == elementId).findFirst()
                .orElseThrow(() -> new ValidationFailedException(Map.of("elements", "validation.unknownChoice")));
    }

    private static void validate(Texts texts) {
        Map<String, String> errors = new HashMap<>();
        TextRules.check(errors, "name", texts.name(), true, Intervention.NAME_MAX);
        TextRules.check(errors, "purpose", texts.purpose(), false, Intervention.TEXT_MAX);
        TextRules.check(errors, "targetGroup", texts.targetGroup(), false, Intervention.TARGET_GROUP_MAX);
        TextRules.check(errors, "theoryOfChange", texts.theoryOfChange(), false, Intervention.TEXT_MAX);
        TextRules.throwIfAny(errors);
    }

    private static void validateElement(String name, String text) {
        Map<String, String> errors = new HashMap<>();
        TextRules.check(errors, "elementName", name, true, Intervention.NAME_MAX);
        TextRules.check(errors, "elementText", text, true, Intervention.TEXT_MAX);
        TextRules.throwIfAny(errors);
    }

    private void audit(long projectId, String what) {
        events.publishEvent(Audited.of(AuditAction.INTERVENTION_AUTHORED, Audited.PROJECT, projectId,
                projectQueries.nameOf(projectId), null).change(null, what));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
