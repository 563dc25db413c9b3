package dk.modningsportal.intervention;

import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.WorkspaceAccess;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
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
    private final WorkspaceAccess workspaceAccess;
    private final Clock clock;
    private final EntityManager em;

    VersionDrafts(InterventionRepository interventions, WorkspaceAccess workspaceAccess, Clock clock, EntityManager em) {
        this.em = em;
        this.interventions = interventions;
        this.workspaceAccess = workspaceAccess;
        this.clock = clock;
    }

    /** The version that came out of a round: the next one after it, draft or published (none yet: empty). */
    public static java.util.Optional<InterventionVersion> successorOf(InterventionVersion round) {
        return round.getIntervention().getVersions().stream().filter(v -> v.getSortOrder() > round.getSortOrder())
                .min(Comparator.comparingInt(InterventionVersion::getSortOrder));
    }

    /**
     * The draft that follows a round, started from the round's content when there is none yet. A round whose
     * next version is already published has matured: nothing more is drafted from it.
     */
    public InterventionVersion draftAfter(long projectId, InterventionVersion round) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        Intervention intervention = ofProject(projectId, round);
        java.util.Optional<InterventionVersion> next = successorOf(round);
        if (next.isPresent() && next.get().getStatus() != VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of("round", "maturation.roundMatured"));
        }
        return next.orElseGet(() -> {
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
                });
    }

    public void rewriteElement(long projectId, InterventionVersion draft, CoreElement element, String text) {
        requireDraft(projectId, draft).putText(element, text);
    }

    public void dropElement(long projectId, InterventionVersion draft, CoreElement element) {
        requireDraft(projectId, draft).removeText(element);
    }

    /** A new core element of the intervention, described in the draft only. */
    public CoreElement addElement(long projectId, InterventionVersion draft, String name, String text) {
        requireDraft(projectId, draft);
        CoreElement element = draft.getIntervention().addCoreElement(name, text);
        em.persist(element);
        draft.putText(element, text);
        return element;
    }

    public void rewriteTheory(long projectId, InterventionVersion draft, String text) {
        requireDraft(projectId, draft).describe(draft.getDescription(), text);
    }

    /** The draft goes into trial from today; the version in trial so far ends yesterday. */
    public void publish(long projectId, InterventionVersion draft, long publisherId, boolean asFinal) {
        requireDraft(projectId, draft);
        LocalDate today = LocalDate.now(clock);
        draft.getIntervention().getVersions().stream()
                .filter(v -> v.getStatus() == VersionStatus.IN_TRIAL)
                .forEach(v -> v.close(today.minusDays(1)));
        draft.publish(publisherId, clock.instant(), today, asFinal);
        interventions.flush();
    }

    private InterventionVersion requireDraft(long projectId, InterventionVersion draft) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        ofProject(projectId, draft);
        if (draft.getStatus() != VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of("version", "maturation.notADraft"));
        }
        return draft;
    }

    private static Intervention ofProject(long projectId, InterventionVersion version) {
        if (version.getIntervention().getProjectId() != projectId) {
            throw new ValidationFailedException(Map.of("version", "validation.unknownChoice"));
        }
        return version.getIntervention();
    }
}
