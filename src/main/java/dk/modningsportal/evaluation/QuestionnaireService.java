package dk.modningsportal.evaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.SmallNumbers.Shown;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's questionnaires: the evaluator registers each (title, who answers, its address in their survey
 * tool, when it is open), the organisations pass it on with the link and a QR code, and the evaluator enters how
 * many were asked and answered per organisation. Project leaders and consultants see the response rates.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireService {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireService.class);

    public record QuestionnaireInput(String title, Respondents respondents, String address, LocalDate opensOn,
            LocalDate closesOn) {
    }

    public enum State {
        UPCOMING, OPEN, CLOSED
    }

    public record QuestionnaireRow(long id, String title, Respondents respondents, String address, LocalDate opensOn,
            LocalDate closesOn, State state) {
    }

    /** One organisation's counts of one questionnaire, as the viewer may see them. */
    public record ResponseRow(long questionnaireId, long workspaceId, String organisation, Integer invited,
            Shown responses, Long version) {

        /** The share who answered, in per cent; none when not known or when the count is hidden. */
        public Integer ratePercent() {
            return invited == null || invited == 0 || responses.plotted() == null ? null
                    : Math.round(100f * responses.plotted() / invited);
        }
    }

    private final QuestionnaireRepository questionnaires;
    private final ResponseCountRepository counts;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final Measures registrations;
    private final Clock clock;

    QuestionnaireService(QuestionnaireRepository questionnaires, ResponseCountRepository counts,
            WorkspaceAccess workspaceAccess, ProjectQueries projects, CurrentUser currentUser, UserDirectory userDirectory,
            Measures registrations, Clock clock) {
        this.questionnaires = questionnaires;
        this.counts = counts;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.registrations = registrations;
        this.clock = clock;
    }

    public List<QuestionnaireRow> questionnaires(long projectId) {
        if (!workspaceAccess.canReadProject(projectId)) {
            throw refuse("read questionnaires of project " + projectId);
        }
        return questionnaires.findByProject(projectId).stream().map(this::row).toList();
    }

    /** What a workspace passes on now or soon: the questionnaires not yet closed. */
    public List<QuestionnaireRow> toPassOn(long workspaceId) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        return questionnaires.findByProject(workspace.projectId()).stream().map(this::row)
                .filter(q -> q.state() != State.CLOSED).toList();
    }

    /** A questionnaire's address, for its QR code, to anyone who reads its project. */
    public String address(long questionnaireId) {
        Questionnaire questionnaire = find(questionnaireId);
        if (!workspaceAccess.canReadProject(questionnaire.getProjectId())) {
            throw refuse("read questionnaire " + questionnaireId);
        }
        return questionnaire.getAddress();
    }

    @Transactional
    public long define(long projectId, QuestionnaireInput input) {
        if (!registrations.mayDefine(projectId)) {
            throw refuse("define questionnaires of project " + projectId);
        }
        workspaceAccess.requireOpenProject(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = TextRules.trimToNull(input.title());
        String address = TextRules.trimToNull(input.address());
        if (title == null) {
            errors.put("title", "validation.required");
        } else if (title.length() > Questionnaire.TITLE_MAX) {
            errors.put("title", "validation.tooLong");
        }
        if (input.respondents() == null) {
            errors.put("respondents", "validation.required");
        }
        if (address == null) {
            errors.put("address", "validation.required");
        } else if (address.length() > Questionnaire.ADDRESS_MAX || !isWebAddress(address)) {
            errors.put("address", "evaluation.addressInvalid");
        }
        if (input.opensOn() == null) {
            errors.put("opensOn", "validation.required");
        }
        if (input.closesOn() == null) {
            errors.put("closesOn", "validation.required");
        } else if (input.opensOn() != null && input.closesOn().isBefore(input.opensOn())) {
            errors.put("closesOn", "validation.endBeforeStart");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PortalUser user = currentUser.require();
        Questionnaire saved = questionnaires.save(new Questionnaire(projectId, title, input.respondents(), address,
                input.opensOn(), input.closesOn(), user.id(), clock.instant()));
        log.info("{} registered questionnaire {} in project {}", user, saved.getId(), projectId);
        return saved.getId();
    }

    /** Every organisation's counts of the project's questionnaires, for its evaluators, consultants and leaders. */
    public List<ResponseRow> responses(long projectId) {
        ProjectScope scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw refuse("read response counts of project " + projectId);
        }
        boolean evaluator = workspaceAccess.isEvaluatorOf(projectId);
        PortalUser user = currentUser.require();
        Map<String, ResponseCount> byKey = questionnaires.findCountsOfProject(projectId).stream()
                .collect(Collectors.toMap(c -> c.getQuestionnaireId() + "@" + c.getWorkspaceId(), c -> c));
        List<ResponseRow> rows = new ArrayList<>();
        List<WorkspaceFacts> workspaces = projects.workspacesOf(projectId).stream()
                .filter(w -> scope.allWorkspaces() || Objects.equals(scope.ownWorkspace(), w.id())).toList();
        for (Questionnaire q : questionnaires.findByProject(projectId)) {
            for (WorkspaceFacts w : workspaces) {
                ResponseCount c = byKey.get(q.getId() + "@" + w.id());
                boolean full = evaluator || w.organisationId() == user.organisationId();
                rows.add(new ResponseRow(q.getId(), w.id(), w.organisationName(),
                        c == null ? null : c.getInvited(), SmallNumbers.show(c == null ? null : c.getResponses(), full),
                        c == null ? null : c.getVersion()));
            }
        }
        return rows;
    }

    /** The evaluator's counts for one organisation: how many were asked (if known) and how many answered. */
    @Transactional
    public void recordResponses(long questionnaireId, long workspaceId, Integer invited, Integer responses,
            Long expectedVersion) {
        Questionnaire questionnaire = find(questionnaireId);
        if (!workspaceAccess.isEvaluatorOf(questionnaire.getProjectId())) {
            throw refuse("enter responses to questionnaire " + questionnaireId);
        }
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        if (workspace.projectId() != questionnaire.getProjectId()) {
            throw new NotFoundException("error.evaluationRefused", "Workspace " + workspaceId + " not in the project");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (responses == null) {
            errors.put("responses", "validation.required");
        } else if (responses < 0 || responses > RegistrationService.MAX_COUNT) {
            errors.put("responses", "evaluation.countNegative");
        }
        if (invited != null && (invited < 0 || invited > RegistrationService.MAX_COUNT)) {
            errors.put("invited", "evaluation.countNegative");
        } else if (invited != null && responses != null && responses > invited) {
            errors.put("responses", "evaluation.moreAnswersThanAsked");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        ResponseCount count = counts.findCount(questionnaireId, workspaceId)
                .orElseGet(() -> new ResponseCount(questionnaireId, workspaceId));
        if (count.getId() != null && !Objects.equals(count.getVersion(), expectedVersion)) {
            throw userDirectory.conflictWith(count);
        }
        count.count(invited, responses);
        count.changedBy(currentUser.require().id(), clock.instant());
        counts.save(count);
    }

    void exportRows(long projectId, boolean full, Consumer<List<Object>> sink) {
        Map<Long, Questionnaire> byId = questionnaires.findByProject(projectId).stream()
                .collect(Collectors.toMap(Questionnaire::getId, q -> q));
        for (ResponseRow r : responses(projectId)) {
            Questionnaire q = byId.get(r.questionnaireId());
            Shown shown = full ? SmallNumbers.show(r.responses().value(), true) : r.responses();
            List<Object> row = new ArrayList<>();
            row.add(q.getTitle());
            row.add(q.getRespondents());
            row.add(q.getAddress());
            row.add(q.getOpensOn());
            row.add(q.getClosesOn());
            row.add(r.organisation());
            row.add(r.invited());
            row.add(shown.hidden() ? SmallNumbers.HIDDEN_TEXT : shown.value());
            row.add(r.ratePercent());
            sink.accept(row);
        }
    }

    private QuestionnaireRow row(Questionnaire q) {
        LocalDate today = LocalDate.now(clock);
        State state = today.isBefore(q.getOpensOn()) ? State.UPCOMING : today.isAfter(q.getClosesOn()) ? State.CLOSED
                : State.OPEN;
        return new QuestionnaireRow(q.getId(), q.getTitle(), q.getRespondents(), q.getAddress(), q.getOpensOn(),
                q.getClosesOn(), state);
    }

    private Questionnaire find(long questionnaireId) {
        return questionnaires.findById(questionnaireId)
                .orElseThrow(() -> new NotFoundException("error.evaluationRefused", "No questionnaire " + questionnaireId));
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private AccessRefusedException refuse(String what) {
        PortalUser user = currentUser.require();
        log.warn("Refused to {}: {}", what, user);
        return new AccessRefusedException("error.evaluationRefused", user + " may not " + what);
    }
}
