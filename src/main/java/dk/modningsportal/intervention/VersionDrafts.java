package dk.modningsportal.intervention;

import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.WorkspaceAccess;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft of an intervention's next version as a maturation workshop writes it, and putting it into
 * trial. Maturation decides; this module changes the intervention. Every act is for the consultants of
 * the open project.
 */
@Service
@Transactional
public class VersionDrafts {

    private final InterventionRepository interventions;
    private final InterventionCatalog catalog;
    private final WorkspaceAccess workspaceAccess;
    private final Clock clock;
    private final EntityManager em;

    VersionDrafts(InterventionRepository interventions, InterventionCatalog catalog, WorkspaceAccess workspaceAccess,
            Clock clock, EntityManager em) {
        this.em = em;
        this.catalog = catalog;
        this.interventions = interventions;
        this.workspaceAccess = workspaceAccess;
        this.clock = clock;
    }

    private static Optional<InterventionVersion> successorOf(InterventionVersion round) {
        return round.getIntervention().getVersions().stream().filter(v -> v.getSortOrder() > round.getSortOrder())
                .min(Comparator.comparingInt(InterventionVersion::getSortOrder));
    }

    /**
     * The draft that follows a round, started from the round's content when there is none yet. A round whose
     * next version is already published has matured: nothing more is drafted from it.
     */
    public VersionRef draftAfter(long projectId, long roundId) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        InterventionVersion round = catalog.versionEntityOfProject(projectId, roundId, "round");
        Intervention intervention = round.getIntervention();
        Optional<InterventionVersion> next = successorOf(round);
        if (next.isPresent() && next.get().getStatus() != VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of("round", "maturation.roundMatured"));
        }
        return InterventionCatalog.ref(next.orElseGet(() -> {
                    int lastMajor = intervention.getVersions().stream()
                            .mapToInt(v -> Integer.parseInt(v.getLabel().split("\\.")[0])).max().orElse(0);
                    InterventionVersion draft = intervention.addVersion((lastMajor + 1) + ".0", VersionStatus.DRAFT,
                            null, null);
                    draft.describe(round.getDescription(), round.getTheoryOfChange());
                    draft.setTargetGroup(round.getTargetGroup());
                    intervention.getCoreElements().forEach(draft::removeText);
                    round.getTexts().forEach(t -> draft.putText(t.getCoreElement(), t.getText()));
                    em.persist(draft);
                    return draft;
                }));
    }

    public void rewriteElement(long projectId, long draftId, long elementId, String text) {
        InterventionVersion draft = requireDraft(projectId, draftId);
        draft.putText(elementOf(draft, elementId), text);
    }

    public void dropElement(long projectId, long draftId, long elementId) {
        InterventionVersion draft = requireDraft(projectId, draftId);
        draft.removeText(elementOf(draft, elementId));
    }

    /** A new core element of the intervention, described in the draft only. */
    public CoreElementRef addElement(long projectId, long draftId, String name, String text) {
        InterventionVersion draft = requireDraft(projectId, draftId);
        CoreElement element = draft.getIntervention().addCoreElement(name, text);
        em.persist(element);
        draft.putText(element, text);
        return InterventionCatalog.ref(element);
    }

    public void rewriteTheory(long projectId, long draftId, String text) {
        InterventionVersion draft = requireDraft(projectId, draftId);
        draft.describe(draft.getDescription(), text);
    }

    /** The draft goes into trial from today; the version in trial so far ends yesterday. */
    public VersionRef publish(long projectId, long draftId, long publisherId, boolean asFinal) {
        InterventionVersion draft = requireDraft(projectId, draftId);
        LocalDate today = LocalDate.now(clock);
        draft.getIntervention().getVersions().stream()
                .filter(v -> v.getStatus() == VersionStatus.IN_TRIAL)
                .forEach(v -> v.close(today.minusDays(1)));
        draft.publish(publisherId, clock.instant(), today, asFinal);
        interventions.flush();
        return InterventionCatalog.ref(draft);
    }

    private static CoreElement elementOf(InterventionVersion draft, long elementId) {
        return draft.getIntervention().getCoreElements().stream().filter(c -> c.getId() == elementId).findFirst()
                .orElseThrow(() -> new ValidationFailedException(Map.of("coreElement", "validation.unknownChoice")));
    }

    private InterventionVersion requireDraft(long projectId, long draftId) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        InterventionVersion draft = catalog.versionEntityOfProject(projectId, draftId, "version");
        if (draft.getStatus() != VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of("version", "maturation.notADraft"));
        }
        return draft;
    }
}
