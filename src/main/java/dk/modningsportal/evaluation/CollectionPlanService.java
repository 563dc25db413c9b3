package dk.modningsportal.evaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.CollectionItem.Occurrence;
import dk.modningsportal.plan.PlanActivities;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-collection plan: a project's evaluation questions and what is collected when and from whom. Each
 * organisation sees what is due from it (due, late, done); the evaluator sees organisation × item at a glance.
 * Registrations, cost estimates and self-evaluations are seen as delivered from the portal's own data; documents,
 * interviews, case visits and questionnaires are marked delivered by the organisation's project leader or the
 * evaluator.
 */
@Service
@Transactional(readOnly = true)
public class CollectionPlanService {

    private static final Logger log = LoggerFactory.getLogger(CollectionPlanService.class);
    /** How far ahead an organisation sees what is coming. */
    static final int AHEAD_DAYS = 31;

    public enum Status {
        DONE, LATE, DUE, UPCOMING
    }

    public record QuestionRow(long id, String text) {
    }

    public record ItemInput(CollectionKind kind, String title, String fromWhom, Rhythm rhythm, LocalDate firstDay,
            Integer daysAfter, Long planActivityId) {
    }

    public record ItemRow(long id, CollectionKind kind, String title, String fromWhom, Rhythm rhythm, LocalDate firstDay,
            int daysAfter, Long planActivityId, String planActivityTitle) {

        /** Whether the portal sees the delivery for itself, or a person marks it. */
        public boolean seenInPortal() {
            return kind == CollectionKind.REGISTRATIONS || kind == CollectionKind.COST_ESTIMATE
                    || kind == CollectionKind.SELF_EVALUATION;
        }
    }

    /** One occurrence of an item for one organisation: its period, due day and state. */
    public record Due(ItemRow item, LocalDate periodStart, LocalDate periodUntil, LocalDate dueOn, Status status,
            String deliveredBy, Instant deliveredAt, boolean markable) {
    }

    /** An organisation's line of the evaluator's overview: per item, the state of its latest occurrence due so far. */
    public record MatrixRow(long workspaceId, String organisation, Map<Long, Status> byItem, int late) {
    }

    private final CollectionPlanRepository items;
    private final RegistrationService registrations;
    private final Measures measures;
    private final TimeAndCostService time;
    private final List<DeliveryCheck> checks;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final PlanActivities planActivities;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final EntityManager em;
    private final Clock clock;
    private final Reporters reporters;

    CollectionPlanService(CollectionPlanRepository items, RegistrationService registrations, Measures measures, TimeAndCostService time,
            List<DeliveryCheck> checks, WorkspaceAccess workspaceAccess, ProjectQueries projects, PlanActivities planActivities,
            CurrentUser currentUser, UserDirectory userDirectory, EntityManager em, Clock clock, Reporters reporters) {
        this.reporters = reporters;
        this.items = items;
        this.registrations = registrations;
        this.measures = measures;
        this.time = time;
        this.checks = checks;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.planActivities = planActivities;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.em = em;
        this.clock = clock;
    }

    public List<QuestionRow> questions(long projectId) {
        requireReader(projectId);
        return items.findQuestions(projectId).stream().map(q -> new QuestionRow(q.getId(), q.getText())).toList();
    }

    @Transactional
    public void addQuestion(long projectId, String text) {
        requireDefiner(projectId);
        String question = TextRules.trimToNull(text);
        if (question == null) {
            throw new ValidationFailedException(Map.of("question", "validation.required"));
        }
        if (question.length() > EvaluationQuestion.TEXT_MAX) {
            throw new ValidationFailedException(Map.of("question", "validation.tooLong"));
        }
        em.persist(new EvaluationQuestion(projectId, items.findQuestions(projectId).size() + 1, question));
    }

    @Transactional
    public void removeQuestion(long questionId) {
        EvaluationQuestion question = em.find(EvaluationQuestion.class, questionId);
        if (question == null) {
            throw new NotFoundException("error.evaluationRefused", "No question " + questionId);
        }
        requireDefiner(question.getProjectId());
        em.remove(question);
    }

    public List<ItemRow> items(long projectId) {
        requireReader(projectId);
        return rows(items.findByProject(projectId));
    }

    @Transactional
    public long addItem(long projectId, ItemInput input) {
        requireDefiner(projectId);
        ProjectFacts project = projects.project(projectId);
        String title = TextRules.trimToNull(input.title());
        String fromWhom = TextRules.trimToNull(input.fromWhom());
        int daysAfter = input.daysAfter() == null ? 0 : input.daysAfter();
        CollectionItemRules.check(input, project, activityId -> planActivities.activity(activityId)
                .filter(a -> a.projectId() == projectId).isPresent());
        PortalUser user = currentUser.require();
        CollectionItem item = items.save(new CollectionItem(projectId, input.kind(), title, fromWhom, input.rhythm(),
                input.firstDay(), input.rhythm() == Rhythm.ONCE ? 0 : daysAfter, input.planActivityId(), user.id(),
                clock.instant()));
        log.info("{} added data-collection item {} to project {}", user, item.getId(), projectId);
        return item.getId();
    }

    @Transactional
    public void removeItem(long itemId) {
        CollectionItem item = find(itemId);
        requireDefiner(item.getProjectId());
        items.delete(item);
    }

    /**
     * What is due from one organisation: what is late, what is due within a month, and what was delivered, for every
     * period that has begun and every one-off within a month.
     */
    public List<Due> dueFrom(long workspaceId) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        return dueOf(workspaceId, load(workspace.projectId()), mayMark(workspace));
    }

    /** A project's plan, read once for all its organisations: its lines, their rows, deliveries and the project's end. */
    record LoadedPlan(long projectId, LocalDate end, List<CollectionItem> items, List<ItemRow> rows,
            Map<String, Delivery> delivered) {
    }

    LoadedPlan load(long projectId) {
        List<CollectionItem> plan = items.findByProject(projectId);
        Map<String, Delivery> delivered = plan.isEmpty() ? Map.of()
                : items.findDeliveries(plan.stream().map(CollectionItem::getId).toList()).stream()
                        .collect(Collectors.toMap(d -> key(d.getItemId(), d.getWorkspaceId(), d.getPeriodStart()), d -> d));
        return new LoadedPlan(projectId, plan.isEmpty() ? null : projects.project(projectId).endDate(), plan, rows(plan),
                delivered);
    }

    /** The occurrences of one workspace, without an access check (the callers have made theirs, or are the reminders). */
    List<Due> dueOf(long workspaceId, LoadedPlan loaded, boolean markable) {
        if (loaded.items().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        // The workspace's missing registrations, read once and only if a line needs them.
        List<RegistrationService.Missing>[] missing = new List[1];
        java.util.function.Supplier<List<RegistrationService.Missing>> gaps = () -> missing[0] != null ? missing[0]
                : (missing[0] = registrations.missingOf(workspaceId, loaded.projectId()));
        List<Due> due = new ArrayList<>();
        for (int i = 0; i < loaded.items().size(); i++) {
            CollectionItem item = loaded.items().get(i);
            ItemRow row = loaded.rows().get(i);
            for (Occurrence o : item.occurrences(loaded.end())) {
                // What has begun, and a one-off within a month; later periods are not shown yet.
                if (o.start().isAfter(item.getRhythm() == Rhythm.ONCE ? today.plusDays(AHEAD_DAYS) : today)) {
                    break;
                }
                Delivery d = loaded.delivered().get(key(item.getId(), workspaceId, o.start()));
                boolean done = d != null || (row.seenInPortal() && seen(row.kind(), workspaceId, o, today, gaps));
                Status status = done ? Status.DONE : o.due().isBefore(today) ? Status.LATE
                        : o.due().isAfter(today.plusDays(AHEAD_DAYS)) ? Status.UPCOMING : Status.DUE;
                due.add(new Due(row, o.start(), o.until(), o.due(), status,
                        d == null ? null : userDirectory.displayNameOf(d.getDeliveredById()), d == null ? null : d.getDeliveredAt(),
                        markable && !row.seenInPortal()));
            }
        }
        due.sort(Comparator.comparing((Due d) -> d.status() == Status.DONE ? 1 : 0).thenComparing(Due::dueOn));
        return due;
    }

    /** Marks one occurrence delivered (or not after all), by the organisation's project leader or the evaluator. */
    @Transactional
    public void markDelivered(long itemId, long workspaceId, LocalDate periodStart, boolean delivered) {
        CollectionItem item = find(itemId);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        if (workspace.projectId() != item.getProjectId() || !mayMark(workspace)) {
            throw refuse("mark deliveries of workspace " + workspaceId);
        }
        if (rows(List.of(item)).get(0).seenInPortal()) {
            throw new ValidationFailedException(Map.of("item", "evaluation.seenInPortal"));
        }
        boolean occurs = item.occurrences(projects.project(item.getProjectId()).endDate()).stream()
                .anyMatch(o -> o.start().equals(periodStart));
        if (!occurs) {
            throw new ValidationFailedException(Map.of("item", "validation.unknownChoice"));
        }
        var stored = items.findDelivery(itemId, workspaceId, periodStart);
        if (delivered && stored.isEmpty()) {
            em.persist(new Delivery(itemId, workspaceId, periodStart, currentUser.require().id(), clock.instant()));
        } else if (!delivered) {
            stored.ifPresent(em::remove);
        }
    }

    /** Organisation × item: the state of each item's latest occurrence due so far (or the next, if none is yet). */
    public List<MatrixRow> matrix(long projectId) {
        var scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw refuse("read the data-collection plan of project " + projectId);
        }
        List<MatrixRow> rows = new ArrayList<>();
        LoadedPlan loaded = load(projectId);
        for (WorkspaceFacts w : projects.workspacesOf(projectId)) {
            if (!scope.allWorkspaces() && !Objects.equals(scope.ownWorkspace(), w.id())) {
                continue;
            }
            LocalDate today = LocalDate.now(clock);
            Map<Long, Status> latest = new LinkedHashMap<>();
            int late = 0;
            for (Due d : dueOf(w.id(), loaded, false)) {
                late += d.status() == Status.LATE ? 1 : 0;
                Status shown = latest.get(d.item().id());
                if (shown == null || !d.dueOn().isAfter(today)) {
                    latest.merge(d.item().id(), d.status(), (before, now) -> worse(before, now));
                }
            }
            rows.add(new MatrixRow(w.id(), w.organisationName(), latest, late));
        }
        return rows;
    }

    private static Status worse(Status before, Status now) {
        return now == Status.LATE || before == Status.LATE ? Status.LATE : now;
    }

    private boolean seen(CollectionKind kind, long workspaceId, Occurrence o, LocalDate today,
            java.util.function.Supplier<List<RegistrationService.Missing>> missing) {
        return switch (kind) {
            case REGISTRATIONS -> !o.until().isAfter(today) && missing.get().stream()
                    .noneMatch(m -> !m.periodStart().isBefore(o.start()) && m.periodStart().isBefore(o.until()));
            case COST_ESTIMATE -> time.sheetsEntered(workspaceId, o.start(), o.until());
            default -> checks.stream().filter(c -> c.kind() == kind).anyMatch(c -> c.delivered(workspaceId, o.start(), o.until()));
        };
    }

    private boolean mayMark(WorkspaceSummary workspace) {
        return reporters.mayReport(workspace) || workspaceAccess.isEvaluatorOf(workspace.projectId());
    }


    private List<ItemRow> rows(List<CollectionItem> list) {
        Map<Long, String> titles = new HashMap<>();
        planActivities.activities(list.stream().map(CollectionItem::getPlanActivityId).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet())).forEach((id, a) -> titles.put(id, a.title()));
        return list.stream().map(i -> new ItemRow(i.getId(), i.getKind(), i.getTitle(), i.getFromWhom(), i.getRhythm(),
                i.getFirstDay(), i.getDaysAfter(), i.getPlanActivityId(), titles.get(i.getPlanActivityId()))).toList();
    }

    private CollectionItem find(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new NotFoundException("error.evaluationRefused", "No item " + itemId));
    }

    private void requireReader(long projectId) {
        if (!workspaceAccess.canReadProject(projectId)) {
            throw refuse("read the data-collection plan of project " + projectId);
        }
    }

    private void requireDefiner(long projectId) {
        if (!measures.mayDefine(projectId)) {
            throw refuse("change the data-collection plan of project " + projectId);
        }
        workspaceAccess.requireOpenProject(projectId);
    }

    private AccessRefusedException refuse(String what) {
        PortalUser user = currentUser.require();
        log.warn("Refused to {}: {}", what, user);
        return new AccessRefusedException("error.evaluationRefused", user + " may not " + what);
    }

    private static String key(long itemId, long workspaceId, LocalDate periodStart) {
        return itemId + "@" + workspaceId + "@" + periodStart;
    }
}
