package dk.modningsportal.demo;

import dk.modningsportal.demo.DemoTexts.NoteText;
import dk.modningsportal.demo.DemoTexts.TrialActionText;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.note.NoteDraft;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.Participation;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.AdaptationDecider;
import dk.modningsportal.trialaction.AdaptationPlanning;
import dk.modningsportal.trialaction.FidelityConsistency;
import dk.modningsportal.trialaction.TrialActionDraft;
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

    private static final TrialActionStatus[] STATUS_MIX = {TrialActionStatus.EVALUATED, TrialActionStatus.EVALUATED,
            TrialActionStatus.COMPLETED, TrialActionStatus.IN_PROGRESS, TrialActionStatus.PLANNED};

    private final TrialActionService trialActions;
    private final NoteService notes;
    private final UserDetailsService users;
    private final EntityManager em;
    private int offset;

    DemoWriter(TrialActionService trialActions, NoteService notes, UserDetailsService users, EntityManager em) {
        this.trialActions = trialActions;
        this.notes = notes;
        this.users = users;
        this.em = em;
    }

    void fill(Participation workspace, List<UserAccount> team, List<CoreElement> elements,
            List<InterventionVersion> versions, List<TrialActionText> actionTexts, List<NoteText> noteTexts,
            LocalDate today, Instant now, Random random) {
        em.flush();
        long workspaceId = workspace.getId();
        VersionRef current = ref(versions.get(versions.size() - 1));
        VersionRef previous = versions.size() > 1 ? ref(versions.get(0)) : current;
        List<TrialActionRef> created = new ArrayList<>();
        try {
            for (int i = 0; i < STATUS_MIX.length; i++) {
                TrialActionText text = actionTexts.get((offset + i) % actionTexts.size());
                TrialActionStatus target = text.decision() == null && STATUS_MIX[i] != TrialActionStatus.PLANNED
                        ? TrialActionStatus.IN_PROGRESS : STATUS_MIX[i];
                UserAccount author = team.get((i + offset) % team.size());
                signIn(author);
                TrialActionDraft draft = trialActions.newDraft(workspaceId);
                draft.setTitle(text.title());
                draft.setGoal(text.goal());
                draft.setPlannedActivity(text.activity());
                draft.setResponsible(new Person(author.getId(), author.getDisplayName(), workspace.getOrganisation().getId()));
                int weeksAgo = target == TrialActionStatus.PLANNED ? -2 : 14 - i * 3;
                draft.setStartDate(today.minusWeeks(weeksAgo));
                draft.setEndDate(today.minusWeeks(weeksAgo - 6));
                draft.setCoreElements(Set.of(ref(elements.get(text.coreElement() % elements.size()))));
                draft.setInterventionVersion(i == 0 ? previous : current);
                draft.setStatus(target == TrialActionStatus.PLANNED ? TrialActionStatus.PLANNED : TrialActionStatus.IN_PROGRESS);
                draft = trialActions.create(workspaceId, draft);
                if (target.ordinal() >= TrialActionStatus.COMPLETED.ordinal()) {
                    draft.setStatus(TrialActionStatus.COMPLETED);
                    draft = trialActions.update(draft);
                }
                if (target == TrialActionStatus.EVALUATED) {
                    draft.setStatus(TrialActionStatus.EVALUATED);
                    draft.setOutcome(text.outcome());
                    draft.setLearning(text.learning());
                    draft.setDecision(text.decision());
                    draft.setNextStep(text.nextStep());
                    if (text.decision() == TrialDecision.ADJUST) {
                        draft.setAdaptationPlanning(AdaptationPlanning.PLANNED);
                        draft.setAdaptationDecidedBy(AdaptationDecider.IMPLEMENTATION_TEAM);
                        draft.setAdaptationWhat(text.nextStep());
                        draft.setAdaptationFidelity(FidelityConsistency.CONSISTENT);
                        draft.setAdaptationReason(text.learning());
                    }
                    draft = trialActions.update(draft);
                }
                created.add(new TrialActionRef(draft.getId(), draft.getTitle()));
                backdate("TrialAction", draft.getId(), now.minus(Duration.ofDays(weeksAgo * 7L + 3)),
                        now.minus(Duration.ofDays(Math.max(0, weeksAgo * 7L - 30 - random.nextInt(5)))));
            }
            for (int i = 0; i < 7; i++) {
                NoteText text = noteTexts.get((offset + i) % noteTexts.size());
                UserAccount author = team.get((i + offset + 1) % team.size());
                signIn(author);
                NoteDraft draft = notes.newDraft(workspaceId);
                draft.setSummary(text.summary());
                draft.setKind(text.kind());
                draft.setSource(text.source());
                draft.setCoreElement(ref(elements.get(text.coreElement() % elements.size())));
                draft.setInterventionVersion(i < 2 ? previous : current);
                if (i % 3 == 0) {
                    draft.setTrialAction(created.get(i % created.size()));
                }
                draft = notes.create(workspaceId, draft);
                Instant written = now.minus(Duration.ofDays(2 + i * 9L + random.nextInt(6)));
                backdate("ExperienceNote", draft.getId(), written, written);
            }
        } finally {
            SecurityContextHolder.clearContext();
            offset++;
        }
    }

    private void signIn(UserAccount account) {
        UserDetails user = users.loadUserByUsername(account.getUsername());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private void backdate(String entity, long id, Instant created, Instant updated) {
        em.createQuery("update " + entity + " e set e.createdAt = :created, e.updatedAt = :updated where e.id = :id")
                .setParameter("created", created)
                .setParameter("updated", updated.isBefore(created) ? created : updated)
                .setParameter("id", id)
                .executeUpdate();
    }

    private static CoreElementRef ref(CoreElement element) {
        return new CoreElementRef(element.getId(), element.getName(), element.getDescription());
    }

    private static VersionRef ref(InterventionVersion version) {
        return new VersionRef(version.getId(), version.getLabel(), version.getStatus());
    }
}
