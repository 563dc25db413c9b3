package dk.modningsportal.selfevaluation;

import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.live.Change;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceContentChanged;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    public enum State {
        SUBMITTED, DRAFT, MISSING, LATE
    }

    public record QuarterState(Quarter quarter, LocalDate due, State state, int revision, Instant submittedAt) {
    }

    public record ElementRow(long coreElementId, String name, ImplementationStatus status, String explanation) {
    }

    public record Form(long id, long version, Quarter quarter, LocalDate due, int revision,
            SelfEvaluation.Status status, boolean late, List<ElementRow> elements, String drivers, String barriers,
            String reflections, Integer expectedHours,
            boolean editable, boolean canSubmit, boolean canCorrect, String updatedByName, Instant updatedAt,
            String submittedByName, Instant submittedAt) {

        /** The stored value of one answer, as text ("" when empty). */
        public String value(AnswerKey key) {
            return switch (key) {
                case AnswerKey.Text text -> Objects.toString(switch (text) {
                    case DRIVERS -> drivers;
                    case BARRIERS -> barriers;
                    case REFLECTIONS -> reflections;
                }, "");
                case AnswerKey.Status status -> element(status.coreElementId())
                        .map(e -> e.status() == null ? "" : e.status().name()).orElse("");
                case AnswerKey.Explanation explanation -> element(explanation.coreElementId())
                        .map(e -> Objects.toString(e.explanation(), "")).orElse("");
            };
        }

        private Optional<ElementRow> element(long coreElementId) {
            return elements.stream().filter(e -> e.coreElementId() == coreElementId).findFirst();
        }
    }

    private final SelfEvaluationRepository evaluations;
    private final ProjectQueries projects;
    private final SelfEvaluationCalendar calendar;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;

    SelfEvaluationService(SelfEvaluationRepository evaluations, ProjectQueries projects, SelfEvaluationCalendar calendar,
            WorkspaceAccess workspaceAccess, InterventionCatalog catalog, UserDirectory userDirectory,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events, ActivityLog activity) {
        this.activity = activity;
        this.evaluations = evaluations;
        this.projects = projects;
        this.calendar = calendar;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The project's quarters up to now, newest first, with the state of this workspace's form. */
    @Transactional(readOnly = true)
    public List<QuarterState> quarters(long workspaceId) {
        ProjectFacts project = projects.project(workspaceAccess.requireReadable(workspaceId).projectId());
        Map<Quarter, SelfEvaluation> latest = calendar.latestByQuarter(evaluations.findByWorkspace(workspaceId));
        List<QuarterState> states = new ArrayList<>();
        for (Quarter q : calendar.quartersSoFar(project)) {
            SelfEvaluation form = latest.get(q);
            states.add(new QuarterState(q, calendar.due(project, q), calendar.state(project, q, form),
                    form == null ? 0 : form.getRevision(), form == null ? null : form.getSubmittedAt()));
        }
        return states.reversed();
    }

    /** The quarter's latest revision; a writer opening a quarter without a form starts its draft. */
    public Form open(long workspaceId, Quarter quarter) {
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        if (!calendar.quartersSoFar(projects.project(workspace.projectId())).contains(quarter)) {
            throw new NotFoundException("error.selfEvaluationRefused", "No quarter " + quarter + " in " + workspaceId);
        }
        Optional<SelfEvaluation> found = calendar.latestByQuarter(evaluations.findByWorkspace(workspaceId)).entrySet().stream()
                .filter(e -> e.getKey().equals(quarter)).map(Map.Entry::getValue).findFirst();
        PortalUser me = currentUser.require();
        if (found.isEmpty() && workspaceAccess.canWrite(me, workspace.ref())) {
            SelfEvaluation draft = evaluations.saveAndFlush(new SelfEvaluation(workspace.ref(), quarter, 1));
            return form(draft, me);
        }
        return found.map(e -> form(e, me)).orElseGet(() -> emptyForm(workspace, quarter));
    }

    /**
     * Saves one answer of a draft. The caller says what the answer was when they last saw it; if someone
     * else has changed it since, nothing is saved and they are told (their colleague's words are not lost).
     */
    public Form saveAnswer(long evaluationId, AnswerKey key, String seenValue, String newValue) {
        PortalUser me = currentUser.require();
        SelfEvaluation evaluation = writableDraft(evaluationId, me);
        Form before = form(evaluation, me);
        String stored = before.value(key);
        if (!stored.equals(Objects.toString(seenValue, ""))) {
            throw new FieldConflictException(key, stored,
                    Objects.requireNonNullElse(nameOf(evaluation.getChangedById()), "?"), evaluation.getChangedAt());
        }
        write(evaluation, key, newValue);
        evaluation.changedBy(me.id(), clock.instant());
        SelfEvaluation saved = evaluations.saveAndFlush(evaluation);
        events.publishEvent(Change.selfEvaluation(saved.getWorkspace().projectId(), saved.getWorkspace().id()));
        return form(saved, me);
    }

    /** The project leader hands in the form: complete, and from now on read-only. */
    public Form submit(long evaluationId, long expectedVersion) {
        PortalUser me = currentUser.require();
        SelfEvaluation evaluation = writableDraft(evaluationId, me);
        requireProjectLeader(me, evaluation);
        if (evaluation.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(evaluation);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (CoreElementRef element : catalog.currentCoreElements(evaluation.getWorkspace().id())) {
            ElementAnswer answer = evaluation.getElements().get(element.id());
            if (answer == null || answer.getStatus() == null) {
                errors.put(new AnswerKey.Status(element.id()).fieldName(), TextRules.REQUIRED);
            }
        }
        TextRules.check(errors, AnswerKey.Text.DRIVERS.fieldName(), evaluation.getDrivers(), true, SelfEvaluation.TEXT_MAX);
        TextRules.check(errors, AnswerKey.Text.BARRIERS.fieldName(), evaluation.getBarriers(), true, SelfEvaluation.TEXT_MAX);
        TextRules.throwIfAny(errors);
        evaluation.submit(me.id(), clock.instant());
        SelfEvaluation saved = evaluations.saveAndFlush(evaluation);
        Quarter quarter = saved.getQuarter();
        activity.record(saved.getWorkspace().id(), ActivityKind.SELF_EVALUATION_SUBMITTED, quarter.year() + " K" + quarter.quarter(),
                SelfEvaluationRoutes.selfEvaluation(saved.getWorkspace().id(), quarter.key()));
        events.publishEvent(WorkspaceContentChanged.of(evaluation.getWorkspace()));
        events.publishEvent(Change.selfEvaluation(saved.getWorkspace().projectId(), saved.getWorkspace().id()));
        log.info("{} submitted the self-evaluation {} of workspace {}", me, evaluation.getQuarter().key(),
                evaluation.getWorkspace().id());
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
        SelfEvaluation latest = calendar.latestByQuarter(evaluations.findByWorkspace(submitted.getWorkspace().id()))
                .get(submitted.getQuarter());
        if (submitted.getStatus() != SelfEvaluation.Status.SUBMITTED || latest.getId().longValue() != evaluationId) {
            throw new ValidationFailedException(Map.of("form", "selfEvaluation.notCorrectable"));
        }
        SelfEvaluation draft = submitted.correction();
        draft.changedBy(me.id(), clock.instant());
        return form(evaluations.saveAndFlush(draft), me);
    }













    private void write(SelfEvaluation evaluation, AnswerKey key, String newValue) {
        String value = TextRules.trimToNull(newValue);
        String field = key.fieldName();
        Map<String, String> errors = new LinkedHashMap<>();
        switch (key) {
            case AnswerKey.Text text -> {
                TextRules.check(errors, field, value, false, SelfEvaluation.TEXT_MAX);
                TextRules.throwIfAny(errors);
                switch (text) {
                    case DRIVERS -> evaluation.setDrivers(value);
                    case BARRIERS -> evaluation.setBarriers(value);
                    case REFLECTIONS -> evaluation.setReflections(value);
                }
            }
            case AnswerKey.Status status -> {
                long elementId = requireElement(evaluation, status.coreElementId(), field);
                ElementAnswer answer = evaluation.getElements().get(elementId);
                evaluation.answer(elementId, value == null ? null : ImplementationStatus.valueOf(value),
                        answer == null ? null : answer.getExplanation());
            }
            case AnswerKey.Explanation explanation -> {
                long elementId = requireElement(evaluation, explanation.coreElementId(), field);
                TextRules.check(errors, field, value, false, SelfEvaluation.EXPLANATION_MAX);
                TextRules.throwIfAny(errors);
                ElementAnswer answer = evaluation.getElements().get(elementId);
                evaluation.answer(elementId, answer == null ? null : answer.getStatus(), value);
            }
        }
    }

    private long requireElement(SelfEvaluation evaluation, long id, String field) {
        boolean ofThisWorkspace = catalog.currentCoreElements(evaluation.getWorkspace().id()).stream()
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
            workspaceAccess.requireReadable(evaluation.getWorkspace().id());
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
        if (me.role() != Role.PROJECT_LEADER || evaluation.getWorkspace().organisationId() != me.organisationId()) {
            log.warn("Refused submitting self-evaluation {} to {}", evaluation.getId(), me);
            throw new AccessRefusedException("error.selfEvaluationProjectLeader", me + " is not the project leader");
        }
    }

    private Form form(SelfEvaluation e, PortalUser me) {
        WorkspaceFacts workspace = projects.workspace(e.getWorkspace().id());
        boolean writable = workspaceAccess.canWrite(me, e.getWorkspace());
        boolean projectLeader = me.role() == Role.PROJECT_LEADER && workspace.organisationId() == me.organisationId();
        boolean draft = e.getStatus() == SelfEvaluation.Status.DRAFT;
        List<ElementRow> elements = catalog.currentCoreElements(workspace.id()).stream().map(element -> {
            ElementAnswer answer = e.getElements().get(element.id());
            return new ElementRow(element.id(), element.name(), answer == null ? null : answer.getStatus(),
                    answer == null ? null : answer.getExplanation());
        }).toList();
        Map<Quarter, SelfEvaluation> latest = calendar.latestByQuarter(evaluations.findByWorkspace(workspace.id()));
        ProjectFacts project = projects.project(workspace.projectId());
        return new Form(e.getId(), e.getVersion(), e.getQuarter(), calendar.due(project, e.getQuarter()), e.getRevision(),
                e.getStatus(), calendar.state(project, e.getQuarter(), e) == State.LATE, elements, e.getDrivers(),
                e.getBarriers(), e.getReflections(), projects.selfEvaluationTerms(workspace.projectId()).expectedHours()
                        .get(workspace.organisationKind()), writable && draft, projectLeader && draft,
                projectLeader && !draft && latest.get(e.getQuarter()).getId().equals(e.getId()), nameOf(e.getChangedById()),
                e.getChangedAt(), nameOf(e.getSubmittedById()),
                e.getSubmittedAt());
    }

    private String nameOf(Long accountId) {
        return accountId == null ? null : userDirectory.displayNameOf(accountId);
    }

    private Form emptyForm(WorkspaceFacts workspace, Quarter quarter) {
        List<ElementRow> elements = catalog.currentCoreElements(workspace.id()).stream()
                .map(element -> new ElementRow(element.id(), element.name(), null, null)).toList();
        ProjectFacts project = projects.project(workspace.projectId());
        return new Form(0, 0, quarter, calendar.due(project, quarter), 0, null,
                calendar.state(project, quarter, null) == State.LATE, elements, null, null, null,
                projects.selfEvaluationTerms(workspace.projectId()).expectedHours()
                        .get(workspace.organisationKind()), false,
                false, false, null, null, null, null);
    }


}
