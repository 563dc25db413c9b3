package dk.modningsportal.plan;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectAdministration.PhaseInput;
import dk.modningsportal.project.ProjectPhases;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's plan. Everyone in the project reads it (an organisation sees the shared activities and its
 * own local ones, not other organisations'); the project's consultants plan every activity; an
 * organisation's project leader plans and ticks off the local activities of their own organisation.
 */
@Service
@Transactional
public class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    public record ProjectRef(long id, String name) {
    }

    public record OrganisationRef(long id, String name) {
    }

    public record PhaseRow(String name, LocalDate start, LocalDate end) {
    }

    public record CriterionRow(long id, String text, boolean met, String metBy, Instant metAt) {
    }

    public record ActivityRow(long id, long version, PlanActivityKind kind, String title, boolean local,
            Long organisationId, String organisationName, LocalDate startsOn, LocalDate endsBy, Timing timing,
            String duration, Venue venue, String location, Set<ParticipantGroup> participants, String purpose,
            String phaseName, List<CriterionRow> criteria, boolean editable) {
    }

    /** What a form sends to create (id null) or change an activity. */
    public record ActivityInput(Long id, long version, PlanActivityKind kind, String title, boolean local,
            Long organisationId, LocalDate startsOn, Timing timing, String duration, Venue venue, String location,
            Set<ParticipantGroup> participants, String purpose, List<String> criteria) {
    }

    public record Plan(long projectId, String projectName, LocalDate start, LocalDate end, List<PhaseRow> phases,
            List<ActivityRow> activities, boolean consultant, boolean canAddLocal, List<OrganisationRef> organisations,
            boolean evaluator) {
    }

    private final PlanRepository activities;
    private final PlanAccess access;
    private final ProjectQueries projects;
    private final ProjectPhases projectPhases;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(PlanRepository activities, PlanAccess access, ProjectQueries projects, ProjectPhases projectPhases,
            WorkspaceAccess workspaceAccess,
            CurrentUser currentUser, UserDirectory userDirectory, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.activities = activities;
        this.access = access;
        this.projects = projects;
        this.projectPhases = projectPhases;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.clock = clock;
    }

    /** The projects whose plan the current user may read. */
    @Transactional(readOnly = true)
    public List<ProjectRef> projects() {
        Map<Long, String> projects = new LinkedHashMap<>();
        workspaceAccess.readableWorkspaces().forEach(w -> projects.putIfAbsent(w.projectId(), w.projectName()));
        return projects.entrySet().stream().map(e -> new ProjectRef(e.getKey(), e.getValue())).toList();
    }

    @Transactional(readOnly = true)
    public Plan plan(long projectId) {
        ProjectScope scope = access.requireScope(projectId);
        PortalUser me = currentUser.require();
        ProjectFacts project = projects.project(projectId);
        Long ownOrganisation = scope.allWorkspaces() ? null : me.organisationId();
        boolean consultant = workspaceAccess.isConsultantOf(projectId);
        boolean evaluator = workspaceAccess.isEvaluatorOf(projectId);
        Names names = names(projectId);
        List<ActivityRow> rows = activities.findByProject(projectId).stream()
                .filter(a -> PlanAccess.visibleTo(a, ownOrganisation))
                .map(a -> row(a, names, me, consultant, evaluator)).toList();
        List<OrganisationRef> organisations = consultant || evaluator
                ? projects.workspacesOf(projectId).stream()
                        .map(p -> new OrganisationRef(p.organisationId(), p.organisationName()))
                        .sorted(java.util.Comparator.comparing(OrganisationRef::name)).toList()
                : List.of();
        return new Plan(projectId, project.name(), project.startDate(), project.endDate(),
                project.phases().stream().map(p -> new PhaseRow(p.name(), p.startDate(), p.endDate()))
                        .toList(),
                rows, consultant, !consultant && PlanAccess.isProjectLeader(me, scope), organisations, evaluator);
    }

    /** Fills an empty plan from a template starting on the given day; the template's phases replace the project's. */
    public Plan applyTemplate(long projectId, PlanTemplate template, LocalDate start) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        if (activities.existsByProjectId(projectId)) {
            throw new ValidationFailedException(Map.of("template", "plan.notEmpty"));
        }
        if (start == null) {
            throw new ValidationFailedException(Map.of("start", TextRules.REQUIRED));
        }
        List<ProjectFacts.Phase> phases = projectPhases.replacePhases(projectId, template.phases().stream()
                .map(p -> new PhaseInput(p.name(), p.start(start), p.end(start))).toList());
        for (PlanTemplate.ActivitySpec spec : template.activities()) {
            PlanActivity activity = new PlanActivity(projectId);
            LocalDate on = spec.startsOn(start);
            Long phase = phases.stream().filter(p -> !on.isBefore(p.startDate()) && !on.isAfter(p.endDate()))
                    .findFirst().map(ProjectFacts.Phase::id).orElse(null);
            activity.describe(phase, spec.kind(), spec.title(), spec.local(), null, on, spec.timing(), spec.duration(),
                    spec.venue(), null, spec.participants(), spec.purpose());
            activity.setCriteria(spec.criteria());
            activities.save(activity);
        }
        log.info("{} filled the plan of project {} from {} starting {}", currentUser.require(), projectId, template, start);
        return plan(projectId);
    }

    /** How long after the closing meeting a project follows up on the continued work (seed 003). */
    public static final int FOLLOW_UP_MONTHS = 3;

    /**
     * When the project's follow-up is due, {@link #FOLLOW_UP_MONTHS} after its (last) closing meeting, if the plan has
     * a closing meeting and no follow-up after it: what the plan offers its consultants to add.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> followUpDue(long projectId) {
        Plan plan = plan(projectId);
        if (!plan.consultant()) {
            return java.util.Optional.empty();
        }
        return plan.activities().stream().filter(a -> a.kind() == PlanActivityKind.CLOSING_WORKSHOP)
                .map(ActivityRow::startsOn).max(LocalDate::compareTo)
                .filter(closing -> plan.activities().stream().noneMatch(a -> a.kind() == PlanActivityKind.FOLLOW_UP_MEETING
                        && a.startsOn().isAfter(closing)))
                .map(closing -> closing.plusMonths(FOLLOW_UP_MONTHS));
    }

    /** Adds the offered follow-up to the plan: a short virtual meeting with the project's leaders, in its month. */
    public ActivityRow addFollowUp(long projectId, String title, String purpose) {
        LocalDate due = followUpDue(projectId)
                .orElseThrow(() -> new ValidationFailedException(Map.of("plan", "plan.noFollowUpDue")));
        return save(projectId, new ActivityInput(null, 0, PlanActivityKind.FOLLOW_UP_MEETING, title, false, null, due,
                Timing.MONTH, null, Venue.VIRTUAL, null, java.util.EnumSet.of(ParticipantGroup.PROJECT_LEADERS), purpose,
                List.of()));
    }

    public ActivityRow save(long projectId, ActivityInput input) {
        ProjectScope scope = access.requireScope(projectId);
        workspaceAccess.requireOpenProject(projectId);
        PortalUser me = currentUser.require();
        boolean consultant = workspaceAccess.isConsultantOf(projectId);
        // A project's evaluators organise their own case visits, interviews and local experience workshops.
        boolean evaluatorsOwn = workspaceAccess.isEvaluatorOf(projectId) && input.kind() != null
                && input.kind().isEvaluationActivity();
        PlanActivityRules.check(input);
        ProjectFacts project = projects.project(projectId);
        PlanActivity activity;
        if (input.id() == null) {
            activity = new PlanActivity(projectId);
        } else {
            activity = find(input.id());
            if (activity.getProjectId() != projectId) {
                throw new NotFoundException("error.planRefused", "Activity " + input.id() + " is not of " + projectId);
            }
            access.requireEditable(activity, me, consultant || evaluatorsOwn && activity.getKind().isEvaluationActivity());
            if (activity.getVersion() != input.version()) {
                throw userDirectory.conflictWith(activity);
            }
        }
        Long organisation = input.local() ? input.organisationId() : null;
        if (!consultant && !evaluatorsOwn) {
            // A project leader plans local activities of their own organisation only.
            if (!PlanAccess.isProjectLeader(me, scope) || !input.local()) {
                throw PlanAccess.refuse(me, projectId);
            }
            organisation = me.organisationId();
        }
        if (organisation != null && projects.workspaceIdOf(projectId, organisation).isEmpty()) {
            throw new ValidationFailedException(Map.of("organisation", "plan.notParticipating"));
        }
        LocalDate on = input.startsOn();
        Long phase = project.phaseOn(on).map(ProjectFacts.Phase::id).orElse(null);
        activity.describe(phase, input.kind(), input.title().strip(), input.local(), organisation, on, input.timing(),
                TextRules.trimToNull(input.duration()), input.venue(), TextRules.trimToNull(input.location()),
                input.participants(), TextRules.trimToNull(input.purpose()));
        activity.setCriteria(input.criteria().stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
        activity.changedBy(me.id(), clock.instant());
        PlanActivity saved = activities.saveAndFlush(activity);
        if (input.id() != null) {
            events.publishEvent(new PlanActivityChanged(saved.getId(), saved.getTitle(), saved.getStartsOn()));
        }
        return row(saved, names(projectId), me, consultant, evaluatorsOwn);
    }

    public void delete(long activityId, long expectedVersion) {
        PlanActivity activity = find(activityId);
        PortalUser me = currentUser.require();
        access.requireScope(activity.getProjectId());
        workspaceAccess.requireOpenProject(activity.getProjectId());
        access.requireEditable(activity, me, access.mayOrganise(activity));
        if (activity.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(activity);
        }
        activities.delete(activity);
    }

    /** Ticks a success criterion off (or on again), by those who plan the activity. */
    public CriterionRow tick(long criterionId, boolean met) {
        PlanCriterion criterion = activities.findCriterion(criterionId).orElseThrow(
                () -> new NotFoundException("error.planRefused", "No criterion " + criterionId));
        PortalUser me = currentUser.require();
        PlanActivity activity = criterion.getActivity();
        access.requireScope(activity.getProjectId());
        workspaceAccess.requireOpenProject(activity.getProjectId());
        access.requireEditable(activity, me, access.mayOrganise(activity));
        criterion.tick(met, me.displayName(), clock.instant());
        return new CriterionRow(criterion.getId(), criterion.getText(), criterion.isMet(), criterion.getMetBy(),
                criterion.getMetAt());
    }

    /** What is next for one workspace's organisation: the coming shared and own local activities. */
    @Transactional(readOnly = true)
    public List<ActivityRow> upcoming(long workspaceId, int max) {
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        PortalUser me = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        long organisationId = workspace.organisationId();
        return activities.findByProject(workspace.projectId()).stream()
                .filter(a -> PlanAccess.visibleTo(a, organisationId) && !a.endsBy().isBefore(today))
                .limit(max).map(a -> row(a, names(workspace.projectId()), me, false, false)).toList();
    }

    /** The names of the organisations and phases a project's plan rows show, read once per list. */
    private record Names(Map<Long, String> organisations, Map<Long, String> phases) {

        String organisation(Long id) {
            return id == null ? null : organisations.get(id);
        }

        String phase(Long id) {
            return id == null ? null : phases.get(id);
        }
    }

    private Names names(long projectId) {
        return new Names(projects.workspacesOf(projectId).stream()
                        .collect(Collectors.toMap(WorkspaceFacts::organisationId, WorkspaceFacts::organisationName)),
                projects.project(projectId).phases().stream()
                        .collect(Collectors.toMap(ProjectFacts.Phase::id, ProjectFacts.Phase::name)));
    }

    private ActivityRow row(PlanActivity a, Names names, PortalUser me, boolean consultant, boolean evaluator) {
        return new ActivityRow(a.getId(), a.getVersion(), a.getKind(), a.getTitle(), a.isLocal(),
                a.getOrganisationId(), names.organisation(a.getOrganisationId()), a.getStartsOn(), a.endsBy(),
                a.getTiming(), a.getDuration(), a.getVenue(), a.getLocation(), a.getParticipants(), a.getPurpose(),
                names.phase(a.getPhaseId()),
                a.getCriteria().stream().map(c -> new CriterionRow(c.getId(), c.getText(), c.isMet(), c.getMetBy(),
                        c.getMetAt())).toList(),
                consultant || PlanAccess.ownLocal(a, me) || evaluator && a.getKind().isEvaluationActivity());
    }

    private PlanActivity find(long activityId) {
        return activities.findWithProject(activityId).orElseThrow(
                () -> new NotFoundException("error.planRefused", "No activity " + activityId));
    }
}
