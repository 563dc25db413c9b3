package dk.modningsportal.selfevaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.live.Change;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.Project;
import dk.modningsportal.project.WorkspaceRepository;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceContentChanged;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly self-evaluation. Whoever reads a workspace reads its forms; its team writes the draft,
 * answer by answer as they type (an answer someone else changed meanwhile is not overwritten); only the
 * organisation's project leader submits, after which the form is read-only and a correction is a new
 * revision. A quarter's form is due some days after the quarter ends; after that, without a submitted
 * form, the organisation is late.
 */
@Service
@Transactional
public class SelfEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(SelfEvaluationService.class);
    public static final String DRIVERS = "drivers";
    public static final String BARRIERS = "barriers";
    public static final String REFLECTIONS = "reflections";
    public static final String STATUS = "status:";
    public static final String EXPLANATION = "explanation:";
    public static final String HOURS = "hours:";
    private static final BigDecimal MAX_HOURS = new BigDecimal("2000");

    public enum State {
        SUBMITTED, DRAFT, MISSING, LATE
    }

    public record QuarterState(Quarter quarter, LocalDate due, State state, int revision, Instant submittedAt) {
    }

    public record ElementRow(long coreElementId, String name, ImplementationStatus status, String explanation) {
    }

    public record Form(long id, long version, Quarter quarter, LocalDate due, int revision,
            SelfEvaluation.Status status, boolean late, List<ElementRow> elements, String drivers, String barriers,
            String reflections, Map<TimeCategory, BigDecimal> hours, BigDecimal hoursBefore, Integer expectedHours,
            boolean editable, boolean canSubmit, boolean canCorrect, String updatedByName, Instant updatedAt,
            String submittedByName, Instant submittedAt) {

        /** The stored value of one answer, by its field name, as text ("" when empty). */
        public String value(String field) {
            if (field.equals(DRIVERS)) {
                return Objects.toString(drivers, "");
            } else if (field.equals(BARRIERS)) {
                return Objects.toString(barriers, "");
            } else if (field.equals(REFLECTIONS)) {
                return Objects.toString(reflections, "");
            } else if (field.startsWith(STATUS) || field.startsWith(EXPLANATION)) {
                long id = Long.parseLong(field.substring(field.indexOf(':') + 1));
                return elements.stream().filter(e -> e.coreElementId() == id).findFirst()
                        .map(e -> field.startsWith(STATUS) ? (e.status() == null ? "" : e.status().name())
                                : Objects.toString(e.explanation(), ""))
                        .orElse("");
            } else if (field.startsWith(HOURS)) {
                BigDecimal spent = hours.get(TimeCategory.valueOf(field.substring(HOURS.length())));
                return spent == null ? "" : spent.toPlainString();
            }
            throw new IllegalArgumentException("No field " + field);
        }
    }

    /** One organisation in the consultants' overview of a quarter. */
    public record OverviewRow(long workspaceId, String organisation, State state, Instant submittedAt,
            Map<Long, ImplementationStatus> statusByElement) {
    }

    public record Overview(Quarter quarter, LocalDate due, List<CoreElementRef> elements, List<OverviewRow> rows) {
    }

    /** When forms are due, and the time each kind of organisation is expected to spend on the project. */
    public record ProjectSettings(int dueDays, Map<OrganisationKind, Integer> expectedHours, boolean editable) {
    }

    /** For the dashboard: the newest submitted quarter and whether a due form is missing. */
    public record Latest(Quarter quarter, boolean late) {
    }

    private final SelfEvaluationRepository evaluations;
    private final WorkspaceRepository workspaces;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;

    SelfEvaluationService(SelfEvaluationRepository evaluations, WorkspaceRepository workspaces,
            WorkspaceAccess workspaceAccess, InterventionCatalog catalog, UserDirectory userDirectory,
            CurrentUser currentUser, EntityManager em, Clock clock, ApplicationEventPublisher events, ActivityLog activity) {
        this.activity = activity;
        this.evaluations = evaluations;
        this.workspaces = workspaces;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        this.events = events;
    }

    /** The project's quarters up to now, newest first, with the state of this workspace's form. */
    @Transactional(readOnly = true)
    public List<QuarterState> quarters(long workspaceId) {
        Workspace workspace = workspaceAccess.requireReadable(workspaceId);
        Map<Quarter, SelfEvaluation> latest = latestByQuarter(evaluations.findByWorkspace(workspaceId));
        List<QuarterState> states = new ArrayList<>();
        for (Quarter q : quartersSoFar(workspace)) {
            SelfEvaluation form = latest.get(q);
            states.add(new QuarterState(q, due(workspace, q), state(workspace, q, form),
                    form == null ? 0 : form.getRevision(), form == null ? null : form.getSubmittedAt()));
        }
        return states.reversed();
    }

    /** The quarter's latest revision; a writer opening a quarter without a form starts its draft. */
    public Form open(long workspaceId, Quarter quarter) {
        Workspace workspace = workspaceAccess.requireReadable(workspaceId);
        if (!quartersSoFar(workspace).contains(quarter)) {
            throw new NotFoundException("error.selfEvaluationRefused", "No quarter " + quarter + " in " + workspaceId);
        }
        Optional<SelfEvaluation> found = latestByQuarter(evaluations.findByWorkspace(workspaceId)).entrySet().stream()
                .filter(e -> e.getKey().equals(quarter)).map(Map.Entry::getValue).findFirst();
        PortalUser me = currentUser.require();
        if (found.isEmpty() && workspaceAccess.canWrite(me, workspace)) {
            SelfEvaluation draft = evaluations.saveAndFlush(new SelfEvaluation(workspace, quarter, 1));
            return form(draft, me);
        }
        return found.map(e -> form(e, me)).orElseGet(() -> emptyForm(workspace, quarter));
    }

    /**
     * Saves one answer of a draft. The caller says what the answer was when they last saw it; if someone
     * else has changed it since, nothing is saved and they are told (their colleague's words are not lost).
     */
    public Form saveAnswer(long evaluationId, String field, String seenValue, String newValue) {
        PortalUser me = currentUser.require();
        SelfEvaluation evaluation = writableDraft(evaluationId, me);
        Form before = form(evaluation, me);
        String stored = before.value(field);
        if (!stored.equals(Objects.toString(seenValue, ""))) {
            throw new FieldConflictException(field, stored,
                    evaluation.getUpdatedBy() == null ? "?" : evaluation.getUpdatedBy().getDisplayName(),
                    evaluation.getUpdatedAt());
        }
        write(evaluation, field, newValue);
        evaluation.touch(userDirectory.reference(me.id()), clock.instant());
        SelfEvaluation saved = evaluations.saveAndFlush(evaluation);
        events.publishEvent(Change.selfEvaluation(saved.getWorkspace().getProject().getId(), saved.getWorkspace().getId()));
        return form(saved, me);
    }

    /** The project leader hands in the form: complete, and from now on read-only. */
    public Form submit(long evaluationId, long expectedVersion) {
        PortalUser me = currentUser.require();
        SelfEvaluation evaluation = writableDraft(evaluationId, me);
        requireProjectLeader(me, evaluation);
        if (evaluation.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(evaluation.getUpdatedBy() == null ? "?"
                    : evaluation.getUpdatedBy().getDisplayName(), evaluation.getUpdatedAt(), evaluation.getVersion());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (CoreElementRef element : catalog.currentCoreElements(evaluation.getWorkspace().getId())) {
            ElementAnswer answer = evaluation.getElements().get(element.id());
            if (answer == null || answer.getStatus() == null) {
                errors.put(STATUS + element.id(), TextRules.REQUIRED);
            }
        }
        TextRules.check(errors, DRIVERS, evaluation.getDrivers(), true, SelfEvaluation.TEXT_MAX);
        TextRules.check(errors, BARRIERS, evaluation.getBarriers(), true, SelfEvaluation.TEXT_MAX);
        TextRules.throwIfAny(errors);
        evaluation.submit(userDirectory.reference(me.id()), clock.instant());
        SelfEvaluation saved = evaluations.saveAndFlush(evaluation);
        Quarter quarter = saved.getQuarter();
        activity.record(saved.getWorkspace(), ActivityKind.SELF_EVALUATION_SUBMITTED, quarter.year() + " K" + quarter.quarter(),
                WorkspaceRoutes.selfEvaluation(saved.getWorkspace().getId(), quarter.key()));
        events.publishEvent(WorkspaceContentChanged.of(evaluation.getWorkspace()));
        events.publishEvent(Change.selfEvaluation(saved.getWorkspace().getProject().getId(), saved.getWorkspace().getId()));
        log.info("{} submitted the self-evaluation {} of workspace {}", me, evaluation.getQuarter().key(),
                evaluation.getWorkspace().getId());
        return form(saved, me);
    }

    /** A submitted form stays as it was; a correction starts a new draft revision from it. */
    public Form correct(long evaluationId) {
        PortalUser me = currentUser.require();
        SelfEvaluation submitted = find(evaluationId);
        requireProjectLeader(me, submitted);
        if (!workspaceAccess.canWrite(me, submitted.getWorkspace())) {
            throw new AccessRefusedException("error.selfEvaluationRefused", me + " may not correct " + evaluationId);
        }
        SelfEvaluation latest = latestByQuarter(evaluations.findByWorkspace(submitted.getWorkspace().getId()))
                .get(submitted.getQuarter());
        if (submitted.getStatus() != SelfEvaluation.Status.SUBMITTED || latest.getId().longValue() != evaluationId) {
            throw new ValidationFailedException(Map.of("form", "selfEvaluation.notCorrectable"));
        }
        SelfEvaluation draft = submitted.correction();
        draft.touch(userDirectory.reference(me.id()), clock.instant());
        return form(evaluations.saveAndFlush(draft), me);
    }

    /** Every organisation's state and status per core element for one quarter, for those who follow the project. */
    @Transactional(readOnly = true)
    public Overview overview(long projectId, Quarter quarter) {
        ProjectScope scope = workspaceAccess.projectScope(projectId);
        if (!scope.allWorkspaces()) {
            log.warn("Refused the self-evaluation overview of project {} to {}", projectId, currentUser.get().orElse(null));
            throw new AccessRefusedException("error.accessRefused", "Self-evaluation overview of " + projectId);
        }
        List<Workspace> inProject = workspaces.findByProjects(List.of(projectId));
        List<SelfEvaluation> all = inProject.isEmpty() ? List.of()
                : evaluations.findByWorkspaces(inProject.stream().map(Workspace::getId).toList());
        List<CoreElementRef> elements = inProject.isEmpty() ? List.of()
                : catalog.currentCoreElements(inProject.get(0).getId());
        List<OverviewRow> rows = new ArrayList<>();
        for (Workspace workspace : inProject) {
            List<SelfEvaluation> own = all.stream().filter(e -> e.getWorkspace().getId().equals(workspace.getId()))
                    .toList();
            SelfEvaluation latest = latestByQuarter(own).get(quarter);
            Optional<SelfEvaluation> submitted = own.stream()
                    .filter(e -> e.getQuarter().equals(quarter) && e.getStatus() == SelfEvaluation.Status.SUBMITTED)
                    .findFirst();
            Map<Long, ImplementationStatus> statuses = new LinkedHashMap<>();
            submitted.ifPresent(e -> e.getElements().forEach((id, answer) -> statuses.put(id, answer.getStatus())));
            rows.add(new OverviewRow(workspace.getId(), workspace.getOrganisation().getName(),
                    state(workspace, quarter, latest), submitted.map(SelfEvaluation::getSubmittedAt).orElse(null),
                    statuses));
        }
        rows.sort(Comparator.comparing(OverviewRow::organisation));
        return new Overview(quarter, inProject.isEmpty() ? null : due(inProject.get(0), quarter), elements, rows);
    }

    @Transactional(readOnly = true)
    public ProjectSettings projectSettings(long projectId) {
        requireProjectReader(projectId);
        Project project = em.find(Project.class, projectId);
        Map<OrganisationKind, Integer> hours = new EnumMap<>(OrganisationKind.class);
        List<?> rows = em.createNativeQuery("select organisation_kind, hours from project_expected_hours where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        rows.forEach(r -> {
            Object[] row = (Object[]) r;
            hours.put(OrganisationKind.valueOf((String) row[0]), ((Number) row[1]).intValue());
        });
        return new ProjectSettings(project.getSelfEvaluationDueDays(), hours, workspaceAccess.isConsultantOf(projectId));
    }

    /** The project's consultants set when forms are due and the expected hours (an empty value: none expected). */
    public ProjectSettings saveProjectSettings(long projectId, Integer dueDays, Map<OrganisationKind, Integer> expectedHours) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (dueDays == null || dueDays < 0 || dueDays > 120) {
            errors.put("dueDays", "selfEvaluation.dueDaysRange");
        }
        expectedHours.forEach((kind, hours) -> {
            if (hours != null && (hours < 0 || hours > 10_000)) {
                errors.put("hours:" + kind.name(), "selfEvaluation.expectedHoursRange");
            }
        });
        TextRules.throwIfAny(errors);
        em.find(Project.class, projectId).setSelfEvaluationDueDays(dueDays);
        em.createNativeQuery("delete from project_expected_hours where project_id = ?1").setParameter(1, projectId)
                .executeUpdate();
        expectedHours.forEach((kind, hours) -> {
            if (hours != null) {
                em.createNativeQuery("insert into project_expected_hours (project_id, organisation_kind, hours) "
                        + "values (?1, ?2, ?3)").setParameter(1, projectId).setParameter(2, kind.name())
                        .setParameter(3, hours).executeUpdate();
            }
        });
        log.info("{} set self-evaluations of project {} due {} days after the quarter, expected hours {}",
                currentUser.require(), projectId, dueDays, expectedHours);
        return projectSettings(projectId);
    }

    /** The newest quarter of the project whose forms are due: what a consultant looks at first. */
    @Transactional(readOnly = true)
    public Optional<Quarter> lastDueQuarterOf(long projectId) {
        requireProjectReader(projectId);
        List<Workspace> inProject = workspaces.findByProjects(List.of(projectId));
        return inProject.isEmpty() ? Optional.empty() : lastDueQuarter(inProject.get(0));
    }

    /** The quarters of a project so far that the overview can show, newest first. */
    @Transactional(readOnly = true)
    public List<Quarter> projectQuarters(long projectId) {
        requireProjectReader(projectId);
        List<Workspace> inProject = workspaces.findByProjects(List.of(projectId));
        return inProject.isEmpty() ? List.of() : quartersSoFar(inProject.get(0)).reversed();
    }

    /**
     * Per workspace of the project: the newest submitted quarter and whether the last due quarter is
     * missing. Reads one row per submitted form of the project (a few per organisation and year).
     */
    @Transactional(readOnly = true)
    public Map<Long, Latest> latest(long projectId, List<Long> workspaceIds) {
        requireProjectReader(projectId);
        if (workspaceIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> submitted = em.createQuery("select e.workspace.id, max(e.year * 4 + e.quarter - 1) "
                        + "from SelfEvaluation e where e.workspace.id in :ids and e.status = :submitted "
                        + "group by e.workspace.id", Object[].class)
                .setParameter("ids", workspaceIds).setParameter("submitted", SelfEvaluation.Status.SUBMITTED)
                .getResultList();
        Map<Long, Quarter> newest = new LinkedHashMap<>();
        submitted.forEach(r -> {
            int index = ((Number) r[1]).intValue();
            newest.put((Long) r[0], new Quarter(index / 4, index % 4 + 1));
        });
        Workspace any = em.find(Workspace.class, workspaceIds.get(0));
        Optional<Quarter> lastDue = lastDueQuarter(any);
        Map<Long, Latest> result = new LinkedHashMap<>();
        for (long id : workspaceIds) {
            Quarter q = newest.get(id);
            boolean late = lastDue.isPresent() && (q == null || q.compareTo(lastDue.get()) < 0);
            result.put(id, new Latest(q, late));
        }
        return result;
    }

    /** Anyone who reads some workspace of the project: its dates and states are no organisation's content. */
    private void requireProjectReader(long projectId) {
        if (!workspaceAccess.projectScope(projectId).any()) {
            log.warn("Refused the self-evaluation dates of project {} to {}", projectId, currentUser.get().orElse(null));
            throw new AccessRefusedException("error.accessRefused", "Self-evaluations of project " + projectId);
        }
    }

    /** The newest quarter whose form is already due, if any. */
    Optional<Quarter> lastDueQuarter(Workspace workspace) {
        LocalDate today = LocalDate.now(clock);
        return quartersSoFar(workspace).stream().filter(q -> due(workspace, q).isBefore(today))
                .max(Comparator.naturalOrder());
    }

    List<Quarter> quartersSoFar(Workspace workspace) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = workspace.getProject().getEndDate().isBefore(today) ? workspace.getProject().getEndDate() : today;
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(workspace.getProject().getStartDate()); q.compareTo(Quarter.of(end)) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    static LocalDate due(Workspace workspace, Quarter quarter) {
        return quarter.lastDay().plusDays(workspace.getProject().getSelfEvaluationDueDays());
    }

    /**
     * Submitted while the newest revision is, or while an earlier one is and a correction is drafted (a
     * correction never makes a quarter late); otherwise late once due.
     */
    private State state(Workspace workspace, Quarter quarter, SelfEvaluation latest) {
        if (latest != null && latest.getStatus() == SelfEvaluation.Status.SUBMITTED) {
            return State.SUBMITTED;
        }
        if (latest != null && latest.getRevision() > 1) {
            return State.DRAFT;
        }
        if (due(workspace, quarter).isBefore(LocalDate.now(clock))) {
            return State.LATE;
        }
        return latest == null ? State.MISSING : State.DRAFT;
    }

    /** The newest revision per quarter (the list comes newest first). */
    private static Map<Quarter, SelfEvaluation> latestByQuarter(List<SelfEvaluation> newestFirst) {
        Map<Quarter, SelfEvaluation> latest = new LinkedHashMap<>();
        newestFirst.forEach(e -> latest.putIfAbsent(e.getQuarter(), e));
        return latest;
    }

    private void write(SelfEvaluation evaluation, String field, String newValue) {
        String value = TextRules.trimToNull(newValue);
        Map<String, String> errors = new LinkedHashMap<>();
        if (field.equals(DRIVERS) || field.equals(BARRIERS) || field.equals(REFLECTIONS)) {
            TextRules.check(errors, field, value, false, SelfEvaluation.TEXT_MAX);
            TextRules.throwIfAny(errors);
            switch (field) {
                case DRIVERS -> evaluation.setDrivers(value);
                case BARRIERS -> evaluation.setBarriers(value);
                default -> evaluation.setReflections(value);
            }
        } else if (field.startsWith(STATUS) || field.startsWith(EXPLANATION)) {
            long elementId = elementOf(evaluation, field);
            ElementAnswer answer = evaluation.getElements().get(elementId);
            ImplementationStatus status = answer == null ? null : answer.getStatus();
            String explanation = answer == null ? null : answer.getExplanation();
            if (field.startsWith(STATUS)) {
                status = value == null ? null : ImplementationStatus.valueOf(value);
            } else {
                TextRules.check(errors, field, value, false, SelfEvaluation.EXPLANATION_MAX);
                TextRules.throwIfAny(errors);
                explanation = value;
            }
            evaluation.answer(elementId, status, explanation);
        } else if (field.startsWith(HOURS)) {
            TimeCategory category = TimeCategory.valueOf(field.substring(HOURS.length()));
            BigDecimal hours = parseHours(field, value);
            evaluation.spend(category, hours);
        } else {
            throw new ValidationFailedException(Map.of(field, "validation.unknownField"));
        }
    }

    private static BigDecimal parseHours(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal hours = new BigDecimal(value.replace(',', '.')).setScale(1, java.math.RoundingMode.HALF_UP);
            if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
                throw new ValidationFailedException(Map.of(field, "selfEvaluation.hoursRange"));
            }
            return hours;
        } catch (NumberFormatException notANumber) {
            throw new ValidationFailedException(Map.of(field, "selfEvaluation.hoursRange"));
        }
    }

    private long elementOf(SelfEvaluation evaluation, String field) {
        long id;
        try {
            id = Long.parseLong(field.substring(field.indexOf(':') + 1));
        } catch (NumberFormatException notAnId) {
            throw new ValidationFailedException(Map.of(field, "validation.unknownField"));
        }
        boolean ofThisWorkspace = catalog.currentCoreElements(evaluation.getWorkspace().getId()).stream()
                .anyMatch(e -> e.id() == id);
        if (!ofThisWorkspace) {
            throw new ValidationFailedException(Map.of(field, "validation.unknownField"));
        }
        return id;
    }

    private SelfEvaluation find(long evaluationId) {
        SelfEvaluation evaluation = evaluations.findById(evaluationId).orElseThrow(
                () -> new NotFoundException("error.selfEvaluationRefused", "No self-evaluation " + evaluationId));
        try {
            workspaceAccess.requireReadable(evaluation.getWorkspace().getId());
        } catch (AccessRefusedException refused) {
            throw new AccessRefusedException("error.selfEvaluationRefused", "Self-evaluation " + evaluationId);
        }
        return evaluation;
    }

    private SelfEvaluation writableDraft(long evaluationId, PortalUser me) {
        SelfEvaluation evaluation = find(evaluationId);
        if (!workspaceAccess.canWrite(me, evaluation.getWorkspace())) {
            log.warn("Refused writing self-evaluation {} to {}", evaluationId, me);
            throw new AccessRefusedException("error.selfEvaluationRefused", me + " may not write " + evaluationId);
        }
        if (evaluation.getStatus() != SelfEvaluation.Status.DRAFT) {
            throw new ValidationFailedException(Map.of("form", "selfEvaluation.submittedReadOnly"));
        }
        return evaluation;
    }

    private static void requireProjectLeader(PortalUser me, SelfEvaluation evaluation) {
        if (me.role() != Role.PROJECT_LEADER || evaluation.getWorkspace().getOrganisation().getId() != me.organisationId()) {
            log.warn("Refused submitting self-evaluation {} to {}", evaluation.getId(), me);
            throw new AccessRefusedException("error.selfEvaluationProjectLeader", me + " is not the project leader");
        }
    }

    private Form form(SelfEvaluation e, PortalUser me) {
        Workspace workspace = e.getWorkspace();
        boolean writable = workspaceAccess.canWrite(me, workspace);
        boolean projectLeader = me.role() == Role.PROJECT_LEADER && workspace.getOrganisation().getId() == me.organisationId();
        boolean draft = e.getStatus() == SelfEvaluation.Status.DRAFT;
        List<ElementRow> elements = catalog.currentCoreElements(workspace.getId()).stream().map(element -> {
            ElementAnswer answer = e.getElements().get(element.id());
            return new ElementRow(element.id(), element.name(), answer == null ? null : answer.getStatus(),
                    answer == null ? null : answer.getExplanation());
        }).toList();
        Map<TimeCategory, BigDecimal> hours = new EnumMap<>(TimeCategory.class);
        hours.putAll(e.getHours());
        Map<Quarter, SelfEvaluation> latest = latestByQuarter(evaluations.findByWorkspace(workspace.getId()));
        return new Form(e.getId(), e.getVersion(), e.getQuarter(), due(workspace, e.getQuarter()), e.getRevision(),
                e.getStatus(), state(workspace, e.getQuarter(), e) == State.LATE, elements, e.getDrivers(),
                e.getBarriers(), e.getReflections(), hours, hoursBefore(latest, e.getQuarter()),
                expectedHours(workspace), writable && draft, projectLeader && draft,
                projectLeader && !draft && latest.get(e.getQuarter()).getId().equals(e.getId()), e.getUpdatedBy() == null ? null : e.getUpdatedBy().getDisplayName(),
                e.getUpdatedAt(), e.getSubmittedBy() == null ? null : e.getSubmittedBy().getDisplayName(),
                e.getSubmittedAt());
    }

    private Form emptyForm(Workspace workspace, Quarter quarter) {
        List<ElementRow> elements = catalog.currentCoreElements(workspace.getId()).stream()
                .map(element -> new ElementRow(element.id(), element.name(), null, null)).toList();
        return new Form(0, 0, quarter, due(workspace, quarter), 0, null,
                state(workspace, quarter, null) == State.LATE, elements, null, null, null,
                new EnumMap<>(TimeCategory.class),
                hoursBefore(latestByQuarter(evaluations.findByWorkspace(workspace.getId())), quarter),
                expectedHours(workspace), false,
                false, false, null, null, null, null);
    }

    /** The hours reported in the submitted forms of earlier quarters (the latest revision of each). */
    private static BigDecimal hoursBefore(Map<Quarter, SelfEvaluation> latest, Quarter quarter) {
        return latest.values().stream()
                .filter(e -> e.getQuarter().compareTo(quarter) < 0 && e.getStatus() == SelfEvaluation.Status.SUBMITTED)
                .flatMap(e -> e.getHours().values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Integer expectedHours(Workspace workspace) {
        List<?> found = em.createNativeQuery("select hours from project_expected_hours where project_id = ?1 "
                        + "and organisation_kind = ?2")
                .setParameter(1, workspace.getProject().getId())
                .setParameter(2, workspace.getOrganisation().getKind().name()).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).intValue();
    }
}
