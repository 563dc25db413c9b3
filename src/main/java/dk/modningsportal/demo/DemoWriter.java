package dk.modningsportal.demo;

import dk.modningsportal.demo.DemoTexts.NoteText;
import dk.modningsportal.demo.DemoTexts.TrialActionText;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.AdaptationDecider;
import dk.modningsportal.trialaction.AdaptationPlanning;
import dk.modningsportal.trialaction.FidelityConsistency;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;
import dk.modningsportal.trialaction.TrialActionStatus;
import dk.modningsportal.trialaction.TrialDecision;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Writes a workspace's demo trial actions and notes through the real services, signed in as the
 * team's members, so demo content obeys every rule real content does; then spreads their dates.
 */
@Component
class DemoWriter {

    private final TrialActionService trialActions;
    private final NoteService notes;
    private final UserDetailsService users;
    private final EntityManager em;
    private int offset;

    private final java.time.Clock clock;

    DemoWriter(TrialActionService trialActions, NoteService notes, UserDetailsService users, EntityManager em,
            java.time.Clock clock) {
        this.trialActions = trialActions;
        this.notes = notes;
        this.users = users;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Writes one trial round of a workspace: trial actions ending in the given statuses and a number of
     * notes, all in the round's version, dated between {@code oldestDaysAgo} and {@code newestDaysAgo}.
     */
    List<TrialActionRef> fill(Workspace workspace, List<UserAccount> team, List<CoreElement> elements,
            InterventionVersion version, List<TrialActionText> actionTexts, List<NoteText> noteTexts,
            List<TrialActionStatus> statuses, int noteCount, int oldestDaysAgo, int newestDaysAgo, Random random) {
        em.flush();
        long workspaceId = workspace.getId();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        VersionRef round = ref(version);
        List<TrialActionRef> created = new ArrayList<>();
        int span = Math.max(1, oldestDaysAgo - newestDaysAgo);
        try {
            for (int i = 0; i < statuses.size(); i++) {
                TrialActionText text = actionTexts.get((offset + i) % actionTexts.size());
                TrialActionStatus target = text.decision() == null && statuses.get(i) == TrialActionStatus.EVALUATED
                        ? TrialActionStatus.COMPLETED : statuses.get(i);
                UserAccount author = team.get((i + offset) % team.size());
                signIn(author);
                int daysAgo = target == TrialActionStatus.PLANNED ? -14
                        : oldestDaysAgo - (span * i / Math.max(1, statuses.size()));
                TrialActionInput input = trialActions.emptyInput(workspaceId);
                input.setTitle(text.title());
                input.setGoal(text.goal());
                input.setPlannedActivity(text.activity());
                input.setResponsible(new Person(author.getId(), author.getDisplayName(), workspace.getOrganisationId()));
                input.setStartDate(today.minusDays(daysAgo));
                input.setEndDate(today.minusDays(daysAgo - 42L));
                input.setCoreElements(Set.of(ref(elements.get(text.coreElement() % elements.size()))));
                input.setInterventionVersion(round);
                input.setStatus(target == TrialActionStatus.PLANNED ? TrialActionStatus.PLANNED : TrialActionStatus.IN_PROGRESS);
                input = trialActions.create(workspaceId, input);
                if (target.ordinal() >= TrialActionStatus.COMPLETED.ordinal()) {
                    input.setStatus(TrialActionStatus.COMPLETED);
                    input = trialActions.update(input);
                }
                if (target == TrialActionStatus.EVALUATED) {
                    input.setStatus(TrialActionStatus.EVALUATED);
                    input.setOutcome(text.outcome());
                    input.setLearning(text.learning());
                    input.setDecision(text.decision());
                    input.setNextStep(text.nextStep());
                    if (text.decision() == TrialDecision.ADJUST) {
                        input.setAdaptationPlanning(AdaptationPlanning.PLANNED);
                        input.setAdaptationDecidedBy(AdaptationDecider.IMPLEMENTATION_TEAM);
                        input.setAdaptationWhat(text.nextStep());
                        input.setAdaptationFidelity(FidelityConsistency.CONSISTENT);
                        input.setAdaptationReason(text.learning());
                    }
                    input = trialActions.update(input);
                }
                // Half the evaluated ones are shared with the project: what the others may learn from.
                if (target == TrialActionStatus.EVALUATED && i % 2 == 0) {
                    trialActions.share(input.getId(), true);
                }
                created.add(new TrialActionRef(input.getId(), input.getTitle()));
                Instant start = now.minus(Duration.ofDays(Math.max(0, daysAgo) + 3L));
                backdate("TrialAction", input.getId(), start,
                        now.minus(Duration.ofDays(Math.max(newestDaysAgo, daysAgo - 40L - random.nextInt(5)))));
            }
            for (int i = 0; i < noteCount; i++) {
                NoteText text = noteTexts.get((offset + i) % noteTexts.size());
                UserAccount author = team.get((i + offset + 1) % team.size());
                signIn(author);
                NoteInput input = notes.emptyInput(workspaceId);
                input.setSummary(text.summary());
                input.setKind(text.kind());
                input.setSource(text.source());
                input.setCoreElement(ref(elements.get(text.coreElement() % elements.size())));
                input.setInterventionVersion(round);
                if (i % 3 == 0 && !created.isEmpty()) {
                    input.setTrialAction(created.get(i % created.size()));
                }
                input = notes.create(workspaceId, input);
                if (i % 4 == 1) {
                    notes.share(input.getId(), true);
                }
                Instant written = now.minus(Duration.ofDays(newestDaysAgo + random.nextInt(span)));
                backdate("ExperienceNote", input.getId(), written, written);
            }
        } finally {
            SecurityContextHolder.clearContext();
            offset++;
        }
        return created;
    }

    void signIn(UserAccount account) {
        UserDetails user = users.loadUserByUsername(account.getUsername());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    void backdate(String entity, long id, Instant created, Instant updated) {
        em.createQuery("update " + entity + " e set e.createdAt = :created, e.changedAt = :updated where e.id = :id")
                .setParameter("created", created)
                .setParameter("updated", updated.isBefore(created) ? created : updated)
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("update " + entity + " e set e.sharing.sharedAt = :updated where e.id = :id "
                        + "and e.sharing.sharedAt is not null")
                .setParameter("updated", updated.isBefore(created) ? created : updated).setParameter("id", id)
                .executeUpdate();
        // The workspace's activity feed follows: added when created, the rest when last changed.
        String link = entity.equals("TrialAction") ? "trial-actions/" + id : "%?note=" + id;
        em.createNativeQuery("update activity set occurred_at = ?1 where link like ?2 and kind like '%ADDED'")
                .setParameter(1, created).setParameter(2, link).executeUpdate();
        em.createNativeQuery("update activity set occurred_at = ?1 where link like ?2 and kind not like '%ADDED'")
                .setParameter(1, updated.isBefore(created) ? created : updated).setParameter(2, link).executeUpdate();
    }

    static CoreElementRef ref(CoreElement element) {
        return new CoreElementRef(element.getId(), element.getName(), element.getDescription());
    }

    private static VersionRef ref(InterventionVersion version) {
        return new VersionRef(version.getId(), version.getLabel(), version.getStatus());
    }
}
