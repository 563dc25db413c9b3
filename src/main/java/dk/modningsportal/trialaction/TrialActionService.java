package dk.modningsportal.trialaction;

import static dk.modningsportal.trialaction.TrialActionInput.*;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.Paging;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.WorkspaceContentChanged;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.security.VersionedSaves;
import dk.modningsportal.security.UserDirectory.Person;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.context.ApplicationEventPublisher;
import dk.modningsportal.base.AuditAction;
import dk.modningsportal.base.Audited;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.project.WorkspaceRoutes;

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

    TrialActionService(TrialActionRepository trialActions, WorkspaceAccess workspaceAccess,
            InterventionCatalog catalog, UserDirectory userDirectory, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events, ActivityLog activity, VersionedSaves versionedSaves) {
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
        workspaceAccess.requireReadable(workspaceId);
        return trialActions.findAll(matching(workspaceId, filter, LocalDate.now(clock)), Paging.newestFirstUnlessSorted(page)).stream().map(TrialActionService::row).toList();
    }

    @Transactional(readOnly = true)
    public int count(long workspaceId, TrialActionFilter filter) {
        workspaceAccess.requireReadable(workspaceId);
        return (int) trialActions.count(matching(workspaceId, filter, LocalDate.now(clock)));
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

    /** The trial action as an entity, for another capability that links to it within the same workspace. */
    @Transactional(readOnly = true)
    public TrialAction requireInWorkspace(long workspaceId, long trialActionId) {
        TrialAction action = trialActions.findWithDetails(trialActionId)
                .filter(t -> t.getWorkspace().getId() == workspaceId)
                .orElseThrow(() -> new NotFoundException("error.trialActionRefused",
                        "Trial action " + trialActionId + " is not in workspace " + workspaceId));
        workspaceAccess.requireReadable(workspaceId);
        return action;
    }

    /** A blank trial action for the workspace, trying the version in trial, with the current user responsible. */
    @Transactional(readOnly = true)
    public TrialActionInput emptyInput(long workspaceId) {
        Workspace workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        TrialActionInput input = new TrialActionInput();
        input.setWorkspaceId(workspace.getId());
        input.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        input.setStartDate(LocalDate.now(clock));
        if (user.organisationId() == workspace.getOrganisation().getId()) {
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
        Workspace workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        validate(workspace, input, null);
        Instant now = clock.instant();
        TrialAction action = new TrialAction(workspace, userDirectory.reference(user.id()), now);
        apply(workspace, input, action);
        TrialAction saved = trialActions.saveAndFlush(action);
        activity.record(workspace, ActivityKind.TRIAL_ACTION_ADDED, saved.getTitle(),
                WorkspaceRoutes.trialAction(saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        log.info("{} created trial action {} in workspace {}", user, saved.getId(), workspaceId);
        return toInput(saved);
    }

    public TrialActionInput update(TrialActionInput input) {
        PortalUser user = currentUser.require();
        TrialAction action = findWritable(input.getId());
        Workspace workspace = action.getWorkspace();
        versionedSaves.requireUnchanged(action, input.getVersion());
        TrialActionStatus before = action.getStatus();
        validate(workspace, input, before);
        apply(workspace, input, action);
        action.touch(userDirectory.reference(user.id()), clock.instant());
        TrialAction saved = versionedSaves.saveAndFlush(trialActions, action,
                () -> new NotFoundException("error.trialActionRefused", "Deleted " + input.getId()));
        activity.record(workspace, saved.getStatus() == before ? ActivityKind.TRIAL_ACTION_CHANGED
                : movedTo(saved.getStatus()), saved.getTitle(), WorkspaceRoutes.trialAction(saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        return toInput(saved);
    }

    public void delete(long trialActionId, long expectedVersion) {
        TrialAction action = findWritable(trialActionId);
        versionedSaves.requireUnchanged(action, expectedVersion);
        trialActions.delete(action);
        trialActions.flush();
        activity.record(action.getWorkspace(), ActivityKind.TRIAL_ACTION_DELETED, action.getTitle(), null);
        events.publishEvent(Audited.of(AuditAction.DELETED, "TRIAL_ACTION", action.getId(), action.getTitle(),
                action.getWorkspace().getOrganisation().getId()));
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
        Workspace workspace = action.getWorkspace();
        events.publishEvent(new SharedWithProject.Changed("TRIAL_ACTION", trialActionId, action.getTitle(),
                workspace.getId(), workspace.getOrganisationId(), share, WorkspaceRoutes.trialAction(trialActionId)));
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
        Workspace workspace = action.getWorkspace();
        boolean own = workspaceAccess.readsOwnOrShared(workspace, action.getSharing()).orElseThrow(() -> {
            log.warn("Refused unshared trial action {} to {}", trialActionId, currentUser.get().orElse(null));
            return new NotFoundException("error.trialActionRefused", "Trial action " + trialActionId + " is not shared");
        });
        return new SharedTrialAction(action.getId(), workspace.getProject().getId(), workspace.getId(),
                workspace.getOrganisation().getName(), action.getTitle(), action.getStatus(),
                action.getStartDate(), action.getEndDate(), action.getInterventionVersion().getLabel(),
                action.getCoreElements().stream().sorted(Comparator.comparingInt(CoreElement::getSortOrder))
                        .map(CoreElement::getName).toList(),
                action.getGoal(), action.getPlannedActivity(), action.getOutcome(), action.getLearning(),
                action.getDecision(), action.getNextStep(), userDirectory.stateOf(action.getSharing()), own);
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
            workspaceAccess.requireReadable(action.getWorkspace().getId());
        } catch (AccessRefusedException refused) {
            throw refusedTrialAction(trialActionId);
        }
        return action;
    }

    private TrialAction findWritable(long trialActionId) {
        TrialAction action = findAny(trialActionId);
        try {
            workspaceAccess.requireWritable(action.getWorkspace().getId());
        } catch (AccessRefusedException refused) {
            throw refusedTrialAction(trialActionId);
        }
        return action;
    }

    private TrialAction findAny(long trialActionId) {
        return trialActions.findWithDetails(trialActionId).orElseThrow(() -> {
            log.warn("Refused unknown trial action {} to {}", trialActionId, currentUser.get().orElse(null));
            return new NotFoundException("error.trialActionRefused", "No trial action " + trialActionId);
        });
    }

    private AccessRefusedException refusedTrialAction(long trialActionId) {
        log.warn("Refused trial action {} to {}", trialActionId, currentUser.get().orElse(null));
        return new AccessRefusedException("error.trialActionRefused", "Trial action " + trialActionId);
    }

    private void validate(Workspace workspace, TrialActionInput input, TrialActionStatus storedStatus) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, TITLE, input.getTitle(), true, TrialAction.TITLE_MAX);
        TextRules.check(errors, GOAL, input.getGoal(), true, TrialAction.GOAL_MAX);
        TextRules.check(errors, PLANNED_ACTIVITY, input.getPlannedActivity(), true, TrialAction.ACTIVITY_MAX);
        TextRules.check(errors, INVOLVED, input.getInvolved(), false, TrialAction.INVOLVED_MAX);
        if (input.getResponsible() == null) {
            errors.put(RESPONSIBLE, TextRules.REQUIRED);
        } else if (userDirectory.organisationOf(input.getResponsible().id()) != workspace.getOrganisation().getId()) {
            errors.put(RESPONSIBLE, "validation.responsibleOutsideTeam");
        }
        TextRules.checkDate(errors, START_DATE, input.getStartDate(), true);
        TextRules.checkDate(errors, END_DATE, input.getEndDate(), true);
        if (!errors.containsKey(END_DATE) && input.getStartDate() != null && input.getEndDate().isBefore(input.getStartDate())) {
            errors.put(END_DATE, "validation.endBeforeStart");
        }
        if (input.getCoreElements().isEmpty()) {
            errors.put(CORE_ELEMENTS, "validation.coreElementRequired");
        }
        if (input.getInterventionVersion() == null) {
            errors.put(INTERVENTION_VERSION, TextRules.REQUIRED);
        }
        TrialActionStatus status = input.getStatus();
        if (status == null) {
            errors.put(STATUS, TextRules.REQUIRED);
        } else if (storedStatus == null
                ? !(status == TrialActionStatus.PLANNED || status == TrialActionStatus.IN_PROGRESS)
                : !storedStatus.reachable().contains(status)) {
            errors.put(STATUS, "validation.statusStep");
        }
        boolean evaluated = status == TrialActionStatus.EVALUATED;
        TextRules.check(errors, OUTCOME, input.getOutcome(), evaluated, TrialAction.EVALUATION_MAX);
        TextRules.check(errors, LEARNING, input.getLearning(), evaluated, TrialAction.EVALUATION_MAX);
        TextRules.check(errors, NEXT_STEP, input.getNextStep(), evaluated, TrialAction.NEXT_STEP_MAX);
        if (evaluated && input.getDecision() == null) {
            errors.put(DECISION, TextRules.REQUIRED);
        }
        boolean adjusted = evaluated && input.getDecision() == TrialDecision.ADJUST;
        if (adjusted && input.getAdaptationPlanning() == null) {
            errors.put(ADAPTATION_PLANNING, TextRules.REQUIRED);
        }
        if (adjusted && input.getAdaptationDecidedBy() == null) {
            errors.put(ADAPTATION_DECIDED_BY, TextRules.REQUIRED);
        }
        if (adjusted && input.getAdaptationFidelity() == null) {
            errors.put(ADAPTATION_FIDELITY, TextRules.REQUIRED);
        }
        TextRules.check(errors, ADAPTATION_WHAT, input.getAdaptationWhat(), adjusted, Adaptation.TEXT_MAX);
        TextRules.check(errors, ADAPTATION_REASON, input.getAdaptationReason(), adjusted, Adaptation.TEXT_MAX);
        TextRules.throwIfAny(errors);
    }

    private void apply(Workspace workspace, TrialActionInput input, TrialAction action) {
        long projectId = workspace.getProject().getId();
        UserAccount responsible = userDirectory.reference(input.getResponsible().id());
        action.describe(input.getTitle().strip(), input.getGoal().strip(), input.getPlannedActivity().strip(),
                responsible, TextRules.trimToNull(input.getInvolved()), input.getStartDate(), input.getEndDate());
        InterventionVersion version = catalog.trialledVersionOfProject(projectId, input.getInterventionVersion().id(),
                INTERVENTION_VERSION);
        List<CoreElement> elements = catalog.coreElementsOfProject(projectId,
                input.getCoreElements().stream().map(CoreElementRef::id).toList(), CORE_ELEMENTS);
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

    private static TrialActionInput toInput(TrialAction action) {
        TrialActionInput input = new TrialActionInput();
        input.setId(action.getId());
        input.setVersion(action.getVersion());
        input.setWorkspaceId(action.getWorkspace().getId());
        input.setStoredStatus(action.getStatus());
        input.setTitle(action.getTitle());
        input.setGoal(action.getGoal());
        input.setPlannedActivity(action.getPlannedActivity());
        UserAccount responsible = action.getResponsible();
        input.setResponsible(new Person(responsible.getId(), responsible.getDisplayName(),
                action.getWorkspace().getOrganisation().getId()));
        input.setInvolved(action.getInvolved());
        input.setStartDate(action.getStartDate());
        input.setEndDate(action.getEndDate());
        InterventionVersion version = action.getInterventionVersion();
        input.setInterventionVersion(new VersionRef(version.getId(), version.getLabel(), version.getStatus()));
        input.setCoreElements(action.getCoreElements().stream()
                .sorted(Comparator.comparingInt(CoreElement::getSortOrder))
                .map(c -> new CoreElementRef(c.getId(), c.getName(), c.getDescription()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        input.setStatus(action.getStatus());
        input.setOutcome(action.getOutcome());
        input.setLearning(action.getLearning());
        input.setDecision(action.getDecision());
        input.setNextStep(action.getNextStep());
        Adaptation adaptation = action.getAdaptation();
        if (adaptation != null) {
            input.setAdaptationPlanning(adaptation.getPlanning());
            input.setAdaptationDecidedBy(adaptation.getDecidedBy());
            input.setAdaptationWhat(adaptation.getWhatChanged());
            input.setAdaptationFidelity(adaptation.getFidelity());
            input.setAdaptationReason(adaptation.getReason());
        }
        input.setCreatedByName(action.getCreatedBy().getDisplayName());
        input.setUpdatedByName(action.getUpdatedBy().getDisplayName());
        input.setUpdatedAt(action.getUpdatedAt());
        return input;
    }

    private static TrialActionRow row(TrialAction t) {
        String elements = t.getCoreElements().stream()
                .sorted(Comparator.comparingInt(CoreElement::getSortOrder))
                .map(CoreElement::getName)
                .collect(Collectors.joining(", "));
        return new TrialActionRow(t.getId(), t.getTitle(), t.getStatus(), t.getResponsible().getDisplayName(),
                t.getStartDate(), t.getEndDate(), t.getInterventionVersion().getLabel(), elements, t.getDecision(),
                t.getUpdatedAt(), t.getSharing().isShared());
    }

    private static Specification<TrialAction> matching(long workspaceId, TrialActionFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            predicates.add(cb.equal(root.get("workspace").get("id"), workspaceId));
            if (filter.overdueOnly()) {
                predicates.add(root.get("status").in(TrialActionStatus.PLANNED, TrialActionStatus.IN_PROGRESS));
                predicates.add(cb.lessThan(root.get("endDate"), today));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.versionId() != null) {
                predicates.add(cb.equal(root.get("interventionVersion").get("id"), filter.versionId()));
            }
            if (filter.responsibleId() != null) {
                predicates.add(cb.equal(root.get("responsible").get("id"), filter.responsibleId()));
            }
            if (filter.coreElementId() != null) {
                var subquery = query.subquery(Long.class);
                var sub = subquery.from(TrialAction.class);
                var element = sub.join("coreElements", JoinType.INNER);
                subquery.select(sub.get("id")).where(cb.equal(element.get("id"), filter.coreElementId()));
                predicates.add(root.get("id").in(subquery));
            }
            String search = TextRules.likePattern(filter.search());
            if (search != null) {
                predicates.add(cb.or(cb.like(cb.lower(root.get("title")), search, TextRules.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("goal")), search, TextRules.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("plannedActivity")), search, TextRules.LIKE_ESCAPE)));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
