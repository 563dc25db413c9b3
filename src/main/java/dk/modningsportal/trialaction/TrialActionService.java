package dk.modningsportal.trialaction;

import static dk.modningsportal.trialaction.TrialActionInput.*;

import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.Paging;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceRef;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceContentChanged;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.security.VersionedSaves;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trial actions of a workspace: every read and write checks the workspace's access rules first. */
@Service
@Transactional
public class TrialActionService {

    private static final Logger log = LoggerFactory.getLogger(TrialActionService.class);

    public record TrialActionRef(long id, String title) {
    }

    private final TrialActionRepository trialActions;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;
    private final VersionedSaves versionedSaves;
    private final OrganisationService organisations;

    TrialActionService(TrialActionRepository trialActions, WorkspaceAccess workspaceAccess,
            InterventionCatalog catalog, UserDirectory userDirectory, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events, ActivityLog activity, VersionedSaves versionedSaves,
            OrganisationService organisations) {
        this.organisations = organisations;
        this.versionedSaves = versionedSaves;
        this.events = events;
        this.activity = activity;
        this.trialActions = trialActions;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TrialActionRow> list(long workspaceId, TrialActionFilter filter, Pageable page) {
        long projectId = workspaceAccess.requireReadable(workspaceId).projectId();
        List<TrialAction> found = trialActions.findAll(filter.of(workspaceId, LocalDate.now(clock)),
                Paging.newestFirstUnlessSorted(page)).getContent();
        Map<Long, String> responsible = userDirectory.displayNamesOf(
                found.stream().map(TrialAction::getResponsibleId).collect(Collectors.toSet()));
        Vocabulary vocabulary = catalog.vocabulary(projectId);
        return found.stream().map(t -> TrialActionMapping.row(t, vocabulary,
                responsible.getOrDefault(t.getResponsibleId(), "?"))).toList();
    }

    @Transactional(readOnly = true)
    public int count(long workspaceId, TrialActionFilter filter) {
        workspaceAccess.requireReadable(workspaceId);
        return (int) trialActions.count(filter.of(workspaceId, LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public Map<TrialActionStatus, Long> countByStatus(long workspaceId) {
        workspaceAccess.requireReadable(workspaceId);
        Map<TrialActionStatus, Long> counts = new EnumMap<>(TrialActionStatus.class);
        for (TrialActionStatus status : TrialActionStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : trialActions.countByStatus(workspaceId)) {
            counts.put((TrialActionStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Titles of a workspace's trial actions, newest first, for linking a note to one. */
    @Transactional(readOnly = true)
    public List<TrialActionRef> references(long workspaceId) {
        workspaceAccess.requireReadable(workspaceId);
        return trialActions.findTitles(workspaceId).stream()
                .map(r -> new TrialActionRef((Long) r[0], (String) r[1]))
                .toList();
    }

    /** The trial action, for another capability that links to it by id within the same workspace. */
    @Transactional(readOnly = true)
    public TrialActionRef requireInWorkspace(long workspaceId, long trialActionId) {
        TrialAction action = trialActions.findById(trialActionId)
                .filter(t -> t.getWorkspace().id() == workspaceId)
                .orElseThrow(() -> new NotFoundException("error.trialActionRefused",
                        "Trial action " + trialActionId + " is not in workspace " + workspaceId));
        workspaceAccess.requireReadable(workspaceId);
        return new TrialActionRef(action.getId(), action.getTitle());
    }

    /** A blank trial action for the workspace, trying the version in trial, with the current user responsible. */
    @Transactional(readOnly = true)
    public TrialActionInput emptyInput(long workspaceId) {
        WorkspaceFacts workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        TrialActionInput input = new TrialActionInput();
        input.setWorkspaceId(workspace.id());
        input.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        input.setStartDate(LocalDate.now(clock));
        if (user.organisationId() == workspace.organisationId()) {
            input.setResponsible(new Person(user.id(), user.displayName(), user.organisationId()));
        }
        return input;
    }

    @Transactional(readOnly = true)
    public TrialActionInput load(long trialActionId) {
        TrialAction action = findReadable(trialActionId);
        return toInput(action);
    }

    /** Whether the current user may change this trial action (the form is read-only otherwise). */
    @Transactional(readOnly = true)
    public boolean canEdit(long workspaceId) {
        try {
            workspaceAccess.requireWritable(workspaceId);
            return true;
        } catch (AccessRefusedException refused) {
            return false;
        }
    }

    public TrialActionInput create(long workspaceId, TrialActionInput input) {
        WorkspaceFacts workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        TrialActionRules.check(input, null, workspace.organisationId(), userDirectory::organisationOf);
        Instant now = clock.instant();
        TrialAction action = new TrialAction(workspace.ref(), user.id(), now);
        apply(workspace.ref(), input, action);
        TrialAction saved = trialActions.saveAndFlush(action);
        activity.record(workspaceId, ActivityKind.TRIAL_ACTION_ADDED, saved.getTitle(),
                TrialActionRoutes.trialAction(saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace.ref()));
        log.info("{} created trial action {} in workspace {}", user, saved.getId(), workspaceId);
        return toInput(saved);
    }

    public TrialActionInput update(TrialActionInput input) {
        PortalUser user = currentUser.require();
        TrialAction action = findWritable(input.getId());
        WorkspaceRef workspace = action.getWorkspace();
        versionedSaves.requireUnchanged(action, input.getVersion());
        TrialActionStatus before = action.getStatus();
        TrialActionRules.check(input, before, workspace.organisationId(), userDirectory::organisationOf);
        apply(workspace, input, action);
        action.changedBy(user.id(), clock.instant());
        TrialAction saved = versionedSaves.saveAndFlush(trialActions, action,
                () -> new NotFoundException("error.trialActionRefused", "Deleted " + input.getId()));
        activity.record(workspace.id(), saved.getStatus() == before ? ActivityKind.TRIAL_ACTION_CHANGED
                : movedTo(saved.getStatus()), saved.getTitle(), TrialActionRoutes.trialAction(saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        return toInput(saved);
    }

    public void delete(long trialActionId, long expectedVersion) {
        TrialAction action = findWritable(trialActionId);
        versionedSaves.requireUnchanged(action, expectedVersion);
        trialActions.delete(action);
        trialActions.flush();
        activity.record(action.getWorkspace().id(), ActivityKind.TRIAL_ACTION_DELETED, action.getTitle(), null);
        events.publishEvent(Audited.of(AuditAction.DELETED, "TRIAL_ACTION", action.getId(), action.getTitle(),
                action.getWorkspace().organisationId()));
        events.publishEvent(WorkspaceContentChanged.of(action.getWorkspace()));
        log.info("{} deleted trial action {}", currentUser.require(), trialActionId);
    }

    /** Whether the trial action is shared with the project's other organisations, by whom and when. */
    @Transactional(readOnly = true)
    public SharedWithProject.State sharing(long trialActionId) {
        return userDirectory.stateOf(findReadable(trialActionId).getSharing());
    }

    /** Shares the trial action with the project's other organisations, or withdraws it: for its writers. */
    public SharedWithProject.State share(long trialActionId, boolean share) {
        PortalUser user = currentUser.require();
        TrialAction action = findWritable(trialActionId);
        action.getSharing().set(share, user.id(), clock.instant());
        trialActions.saveAndFlush(action);
        WorkspaceRef workspace = action.getWorkspace();
        events.publishEvent(new SharedWithProject.Changed("TRIAL_ACTION", trialActionId, action.getTitle(),
                workspace.id(), workspace.organisationId(), share, TrialActionRoutes.trialAction(trialActionId)));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        log.info("{} {} trial action {}", user, share ? "shared" : "withdrew", trialActionId);
        return userDirectory.stateOf(action.getSharing());
    }

    /**
     * A trial action as the project's other organisations read it once it is shared: for the person who takes
     * part in the project (or may read its workspace anyway); unshared, it is refused as if unknown.
     */
    @Transactional(readOnly = true)
    public SharedTrialAction shared(long trialActionId) {
        TrialAction action = findAny(trialActionId);
        WorkspaceRef workspace = action.getWorkspace();
        boolean own = workspaceAccess.readsOwnOrShared(workspace.id(), action.getSharing()).orElseThrow(() -> {
            log.warn("Refused unshared trial action {} to {}", trialActionId, currentUser.get().orElse(null));
            return new NotFoundException("error.trialActionRefused", "Trial action " + trialActionId + " is not shared");
        });
        Vocabulary vocabulary = catalog.vocabulary(workspace.projectId());
        return new SharedTrialAction(action.getId(), workspace.projectId(), workspace.id(),
                organisations.nameOf(workspace.organisationId()), action.getTitle(), action.getStatus(),
                action.getStartDate(), action.getEndDate(), vocabulary.versionLabel(action.getInterventionVersionId()),
                vocabulary.inOrder(action.getCoreElementIds()).stream().map(CoreElementRef::name).toList(),
                action.getGoal(), action.getPlannedActivity(), action.getOutcome(), action.getLearning(),
                action.getDecision(), action.getNextStep(), userDirectory.stateOf(action.getSharing()), own);
    }

    private TrialActionInput toInput(TrialAction action) {
        Map<Long, String> names = userDirectory.displayNamesOf(
                new HashSet<>(List.of(action.getResponsibleId(), action.getCreatedById(), action.getChangedById())));
        return TrialActionMapping.toInput(action, catalog.vocabulary(action.getWorkspace().projectId()), names);
    }

    private static ActivityKind movedTo(TrialActionStatus status) {
        return switch (status) {
            case PLANNED -> ActivityKind.TRIAL_ACTION_PLANNED;
            case IN_PROGRESS -> ActivityKind.TRIAL_ACTION_STARTED;
            case COMPLETED -> ActivityKind.TRIAL_ACTION_COMPLETED;
            case EVALUATED -> ActivityKind.TRIAL_ACTION_EVALUATED;
        };
    }

    private TrialAction findReadable(long trialActionId) {
        TrialAction action = findAny(trialActionId);
        try {
            workspaceAccess.requireReadable(action.getWorkspace().id());
        } catch (AccessRefusedException refused) {
            throw refusedTrialAction(trialActionId);
        }
        return action;
    }

    private TrialAction findWritable(long trialActionId) {
        TrialAction action = findAny(trialActionId);
        try {
            workspaceAccess.requireWritable(action.getWorkspace().id());
        } catch (AccessRefusedException refused) {
            throw refusedTrialAction(trialActionId);
        }
        return action;
    }

    private TrialAction findAny(long trialActionId) {
        return trialActions.findById(trialActionId).orElseThrow(() -> {
            log.warn("Refused unknown trial action {} to {}", trialActionId, currentUser.get().orElse(null));
            return new NotFoundException("error.trialActionRefused", "No trial action " + trialActionId);
        });
    }

    private AccessRefusedException refusedTrialAction(long trialActionId) {
        log.warn("Refused trial action {} to {}", trialActionId, currentUser.get().orElse(null));
        return new AccessRefusedException("error.trialActionRefused", "Trial action " + trialActionId);
    }

    private void apply(WorkspaceRef workspace, TrialActionInput input, TrialAction action) {
        long projectId = workspace.projectId();
        action.describe(input.getTitle().strip(), input.getGoal().strip(), input.getPlannedActivity().strip(),
                input.getResponsible().id(), TextRules.trimToNull(input.getInvolved()), input.getStartDate(), input.getEndDate());
        long version = catalog.trialledVersionOfProject(projectId, input.getInterventionVersion().id(),
                INTERVENTION_VERSION).id();
        List<Long> elements = catalog.coreElementsOfProject(projectId,
                input.getCoreElements().stream().map(CoreElementRef::id).toList(), CORE_ELEMENTS).stream()
                .map(CoreElementRef::id).toList();
        action.tries(version, elements);
        action.moveTo(input.getStatus());
        Adaptation adaptation = input.getDecision() == TrialDecision.ADJUST
                ? new Adaptation(input.getAdaptationPlanning(), input.getAdaptationDecidedBy(),
                        TextRules.trimToNull(input.getAdaptationWhat()), input.getAdaptationFidelity(),
                        TextRules.trimToNull(input.getAdaptationReason()))
                : null;
        action.evaluate(TextRules.trimToNull(input.getOutcome()), TextRules.trimToNull(input.getLearning()),
                input.getDecision(), TextRules.trimToNull(input.getNextStep()), adaptation);
    }
}
