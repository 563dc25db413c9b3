package dk.modningsportal.project;

import dk.modningsportal.base.PerRequest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting projects up and running them: title, period and phases, the consultants who serve it, the
 * participating organisations (each gets a workspace; a withdrawn one keeps it read-only), and closing.
 * Administrators do this for every project; a consultant creates projects and runs those they serve.
 */
@Service
@Transactional(readOnly = true)
public class ProjectAdministration {

    public record PhaseInput(String name, LocalDate start, LocalDate end) {
    }

    public record ProjectInput(String name, String description, LocalDate start, LocalDate end, List<PhaseInput> phases) {
    }

    public record ProjectRow(long id, long version, String name, String description, LocalDate start, LocalDate end,
            List<PhaseInput> phases, Instant closedAt, int organisations, Set<Long> consultantIds,
            List<String> consultants, Set<Long> evaluatorOrganisationIds) {

        public boolean closed() {
            return closedAt != null;
        }
    }

    private final ProjectRepository projects;
    private final WorkspaceRepository workspaces;
    private final OrganisationService organisations;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager em;

    ProjectAdministration(ProjectRepository projects, WorkspaceRepository workspaces,
            OrganisationService organisations, UserDirectory userDirectory, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, EntityManager em) {
        this.em = em;
        this.projects = projects;
        this.workspaces = workspaces;
        this.organisations = organisations;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current user may create projects (administrators and consultants). */
    public boolean mayCreate() {
        return currentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.CONSULTANT).orElse(false);
    }

    /** The projects the current user runs: every project for administrators, the served ones for a consultant. */
    public List<ProjectRow> projects() {
        PortalUser user = requireRunner();
        List<Project> list = user.role() == Role.ADMIN ? projects.findAllOrdered() : projects.findServedBy(user.id());
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = workspaces.findByProjects(list.stream().map(Project::getId).toList()).stream()
                .filter(p -> !p.isWithdrawn())
                .collect(Collectors.groupingBy(p -> p.getProject().getId(), Collectors.counting()));
        Map<Long, String> names = userDirectory.consultants().stream()
                .collect(Collectors.toMap(UserDirectory.Reader::id, UserDirectory.Reader::displayName));
        return list.stream().map(p -> row(p, counts.getOrDefault(p.getId(), 0L).intValue(), names)).toList();
    }

    public ProjectRow project(long projectId) {
        Project project = requireRunnable(projectId);
        Map<Long, String> names = userDirectory.consultants().stream()
                .collect(Collectors.toMap(UserDirectory.Reader::id, UserDirectory.Reader::displayName));
        return row(project, (int) workspaces.findByProjects(List.of(projectId)).stream().filter(p -> !p.isWithdrawn()).count(),
                names);
    }

    /** The consultants who may serve a project, and which of them serve this one. */
    public List<UserDirectory.Reader> consultantCandidates() {
        requireRunner();
        return userDirectory.consultants();
    }

    @Transactional
    public long create(ProjectInput input, Set<Long> consultantIds) {
        PerRequest.forget(); // the request's remembered access checks may no longer hold
        PortalUser user = currentUser.require();
        if (!mayCreate()) {
            throw refuse(user, "create a project");
        }
        validate(input, null);
        Project project = new Project(input.name().strip(), TextRules.trimToNull(input.description()), input.start(),
                input.end());
        layPhases(project, input.phases());
        Set<Long> serving = new java.util.HashSet<>(consultantIds);
        if (user.role() == Role.CONSULTANT) {
            serving.add(user.id());
        }
        requireConsultants(serving);
        serving.forEach(project::addConsultant);
        projects.save(project);
        events.publishEvent(Audited.of(AuditAction.PROJECT_CREATED, Audited.PROJECT, project.getId(), project.getName(),
                null).change(null, input.start() + " – " + input.end()));
        serving.forEach(id -> audit(AuditAction.CONSULTANT_ADDED, project, null, userDirectory.displayNameOf(id)));
        return project.getId();
    }

    @Transactional
    public void update(long projectId, long expectedVersion, ProjectInput input) {
        PerRequest.forget();
        Project project = requireOpen(projectId);
        if (project.getVersion() != expectedVersion) {
            throw new ValidationFailedException(Map.of("form", "validation.staleEdit"));
        }
        validate(input, projectId);
        String before = project.getName() + ", " + project.getStartDate() + " – " + project.getEndDate();
        project.describe(input.name().strip(), TextRules.trimToNull(input.description()), input.start(), input.end());
        if (input.phases() != null) {
            project.clearPhases();
            layPhases(project, input.phases());
        }
        audit(AuditAction.PROJECT_UPDATED, project, before,
                project.getName() + ", " + project.getStartDate() + " – " + project.getEndDate());
    }

    @Transactional
    public void setConsultants(long projectId, Set<Long> consultantIds) {
        PerRequest.forget();
        Project project = requireOpen(projectId);
        PortalUser user = currentUser.require();
        if (consultantIds.isEmpty()) {
            throw new ValidationFailedException(Map.of("consultants", "validation.consultantRequired"));
        }
        if (user.role() == Role.CONSULTANT && !consultantIds.contains(user.id())) {
            // A consultant cannot leave the project they run without an administrator: they would lock themselves out.
            throw new ValidationFailedException(Map.of("consultants", "validation.consultantSelf"));
        }
        requireConsultants(consultantIds);
        Set<Long> before = project.getConsultantIds();
        consultantIds.stream().filter(id -> !before.contains(id)).forEach(id -> {
            project.addConsultant(id);
            audit(AuditAction.CONSULTANT_ADDED, project, null, userDirectory.displayNameOf(id));
        });
        before.stream().filter(id -> !consultantIds.contains(id)).forEach(id -> {
            project.removeConsultant(id);
            workspaces.findByProjects(List.of(projectId)).stream()
                    .filter(p -> p.getConsultantId() != null && p.getConsultantId() == id)
                    .forEach(p -> p.assign(null));
            audit(AuditAction.CONSULTANT_REMOVED, project, userDirectory.displayNameOf(id), null);
        });
    }

    /** The organisations that may evaluate a project: evaluating organisations, and Socialstyrelsen's evaluation unit. */
    public List<OrganisationService.OrganisationRef> evaluatorCandidates() {
        requireRunner();
        return organisations.active().stream().filter(o -> o.kind() == OrganisationKind.EVALUATOR
                || o.kind() == OrganisationKind.NATIONAL_AGENCY).toList();
    }

    /** Which organisations evaluate the project: their evaluators read it (and no project they do not evaluate). */
    @Transactional
    public void setEvaluators(long projectId, Set<Long> organisationIds) {
        PerRequest.forget();
        Project project = requireOpen(projectId);
        Set<Long> allowed = evaluatorCandidates().stream().map(OrganisationService.OrganisationRef::id)
                .collect(Collectors.toSet());
        if (!allowed.containsAll(organisationIds)) {
            throw new ValidationFailedException(Map.of("evaluators", "validation.unknownChoice"));
        }
        Set<Long> before = project.getEvaluatorOrganisationIds();
        project.setEvaluatorOrganisations(organisationIds);
        organisationIds.stream().filter(id -> !before.contains(id)).forEach(id ->
                audit(AuditAction.EVALUATOR_ADDED, project, null, organisations.nameOf(id)));
        before.stream().filter(id -> !organisationIds.contains(id)).forEach(id ->
                audit(AuditAction.EVALUATOR_REMOVED, project, organisations.nameOf(id), null));
    }

    /** Everything in the project becomes read-only; dashboards and exports stay. */
    @Transactional
    public void close(long projectId) {
        PerRequest.forget();
        Project project = requireOpen(projectId);
        project.close(clock.instant());
        audit(AuditAction.PROJECT_CLOSED, project, null, null);
    }

    /**
     * When a quarter's self-evaluation is due (days after the quarter) and the hours each kind of
     * organisation is expected to spend (none: not expected). For the people who run the open project.
     */
    @Transactional
    public void setSelfEvaluationTerms(long projectId, int dueDays, Map<OrganisationKind, Integer> expectedHours) {
        PerRequest.forget();
        Project project = requireOpen(projectId);
        project.setSelfEvaluationDueDays(dueDays);
        em.createNativeQuery("delete from project_expected_hours where project_id = ?1").setParameter(1, projectId)
                .executeUpdate();
        expectedHours.forEach((kind, hours) -> {
            if (hours != null) {
                em.createNativeQuery("insert into project_expected_hours (project_id, organisation_kind, hours) "
                        + "values (?1, ?2, ?3)").setParameter(1, projectId).setParameter(2, kind.name())
                        .setParameter(3, hours).executeUpdate();
            }
        });
    }

    /**
     * The project, for a capability that sets up what belongs to it (its intervention), if the current
     * user runs it and it is open.
     */
    public ProjectFacts requireRunnableOpen(long projectId) {
        return ProjectFacts.of(requireOpen(projectId));
    }

    /** The project, if the current user runs it (open or closed), for reading what belongs to it. */
    public ProjectFacts requireRunnableProject(long projectId) {
        return ProjectFacts.of(requireRunnable(projectId));
    }

    private void audit(AuditAction action, Project project, String before, String after) {
        events.publishEvent(Audited.of(action, Audited.PROJECT, project.getId(), project.getName(), null)
                .change(before, after));
    }

    static void layPhases(Project project, List<PhaseInput> phases) {
        if (phases == null) {
            return;
        }
        phases.stream().sorted(Comparator.comparing(PhaseInput::start))
                .forEach(p -> project.addPhase(p.name().strip(), p.start(), p.end()));
    }

    private void validate(ProjectInput input, Long projectId) {
        Map<String, String> errors = new HashMap<>();
        TextRules.check(errors, "name", input.name(), true, Project.NAME_MAX);
        TextRules.check(errors, "description", input.description(), false, Project.DESCRIPTION_MAX);
        TextRules.checkDate(errors, "start", input.start(), true);
        TextRules.checkDate(errors, "end", input.end(), true);
        if (!errors.containsKey("end") && input.start() != null && input.end().isBefore(input.start())) {
            errors.put("end", "validation.endBeforeStart");
        }
        String name = TextRules.trimToNull(input.name());
        if (name != null && !errors.containsKey("name") && (projectId == null ? projects.existsByNameIgnoreCase(name)
                : projects.existsByNameIgnoreCaseAndIdNot(name, projectId))) {
            errors.put("name", "validation.projectNameTaken");
        }
        if (input.phases() != null) {
            for (PhaseInput phase : input.phases()) {
                if (TextRules.trimToNull(phase.name()) == null || phase.start() == null || phase.end() == null
                        || phase.end().isBefore(phase.start()) || phase.name().length() > 100) {
                    errors.put("phases", "validation.phases");
                }
            }
        }
        TextRules.throwIfAny(errors);
    }

    private void requireConsultants(Set<Long> ids) {
        for (long id : ids) {
            if (!userDirectory.isConsultant(id)) {
                throw new ValidationFailedException(Map.of("consultants", "validation.unknownChoice"));
            }
        }
    }

    Project requireOpen(long projectId) {
        Project project = requireRunnable(projectId);
        if (project.isClosed()) {
            throw new ValidationFailedException(Map.of("form", "validation.projectClosed"));
        }
        return project;
    }

    private Project requireRunnable(long projectId) {
        PortalUser user = requireRunner();
        Project project = projects.findById(projectId)
                .orElseThrow(() -> new NotFoundException("error.projectRefused", "No project " + projectId));
        if (user.role() == Role.CONSULTANT && !project.getConsultantIds().contains(user.id())) {
            throw refuse(user, "run project " + projectId);
        }
        return project;
    }

    private PortalUser requireRunner() {
        PortalUser user = currentUser.require();
        if (user.role() != Role.ADMIN && user.role() != Role.CONSULTANT) {
            throw refuse(user, "run projects");
        }
        return user;
    }

    private static AccessRefusedException refuse(PortalUser user, String what) {
        return new AccessRefusedException("error.projectRefused", user + " may not " + what);
    }

    private static ProjectRow row(Project p, int organisations, Map<Long, String> consultantNames) {
        List<PhaseInput> phases = p.getPhases().stream()
                .map(ph -> new PhaseInput(ph.getName(), ph.getStartDate(), ph.getEndDate())).toList();
        List<String> consultants = p.getConsultantIds().stream().map(id -> consultantNames.getOrDefault(id, "–"))
                .sorted().toList();
        return new ProjectRow(p.getId(), p.getVersion(), p.getName(), p.getDescription(), p.getStartDate(),
                p.getEndDate(), phases, p.getClosedAt(), organisations, p.getConsultantIds(), consultants,
                p.getEvaluatorOrganisationIds());
    }
}
