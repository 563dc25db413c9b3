package dk.modningsportal.evaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.export.Spreadsheets.Table;
import dk.modningsportal.evaluation.TimeAndCostService.CostRow;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceAccess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's sheets of a project's full export, for its evaluators: every current registration, the
 * questionnaires' response counts, the time and expenses entered, and the cost estimate per organisation, per
 * participant and per session; the small counts as they are (the export's explanation says so).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationExport {

    private final RegistrationFigures registrations;
    private final QuestionnaireService questionnaires;
    private final WorkspaceAccess workspaceAccess;
    private final TimeAndCostService time;
    private final TimeSheetRepository sheets;
    private final ProjectQueries projects;

    EvaluationExport(RegistrationFigures registrations, QuestionnaireService questionnaires,
            WorkspaceAccess workspaceAccess, TimeAndCostService time, TimeSheetRepository sheets,
            ProjectQueries projects) {
        this.time = time;
        this.sheets = sheets;
        this.projects = projects;
        this.registrations = registrations;
        this.questionnaires = questionnaires;
        this.workspaceAccess = workspaceAccess;
    }

    public List<Table> tables(long projectId) {
        if (!workspaceAccess.isEvaluatorOf(projectId)) {
            throw new AccessRefusedException("error.evaluationRefused", "Evaluation export of project " + projectId);
        }
        return List.of(
                new Table("registreringer", List.of("organisation", "registrering", "maalgruppe", "enhed", "periodetype",
                        "periode_start", "antal", "rettet", "indberettet"),
                        sink -> registrations.exportRows(projectId, true, sink)),
                new Table("spoergeskemaer", List.of("spoergeskema", "hvem_svarer", "adresse", "aabner", "lukker",
                        "organisation", "inviteret", "svar", "svarprocent"),
                        sink -> questionnaires.exportRows(projectId, true, sink)),
                new Table("tid_og_udgifter", List.of("organisation", "maaned", "rolle", "slags_arbejde", "timer", "timepris",
                        "timer_i_kr", "udgift", "udgift_kr"), sink -> timeRows(projectId, sink)),
                new Table("omkostninger", costHeader(), sink -> estimateRows(projectId, sink)));
    }

    /** Rows for the evaluator's export: one per organisation, month, role and kind of work; costs as their own rows. */
    private void timeRows(long projectId, Consumer<List<Object>> sink) {
        Map<Long, String> names = new HashMap<>();
        projects.workspacesOf(projectId).forEach(w -> names.put(w.id(), w.organisationName()));
        if (names.isEmpty()) {
            return;
        }
        Map<StaffRole, BigDecimal> rates = time.rates(projectId);
        List<List<Object>> rows = new ArrayList<>();
        sheets.hoursOf(names.keySet()).forEach(r -> {
            BigDecimal rate = rates.get((StaffRole) r[2]);
            rows.add(new ArrayList<>(Arrays.asList(names.get(((Number) r[0]).longValue()), r[1], r[2], r[3], r[4],
                    rate, rate == null ? null : rate.multiply((BigDecimal) r[4]), null, null)));
        });
        sheets.costsOf(names.keySet()).forEach(r -> rows.add(new ArrayList<>(Arrays.asList(
                names.get(((Number) r[0]).longValue()), r[1], null, null, null, null, null, r[2], r[3]))));
        rows.sort(Comparator.<List<Object>, String>comparing(r -> (String) r.get(0))
                .thenComparing(r -> (LocalDate) r.get(1)));
        rows.forEach(sink);
    }

    /** The cost estimate, one row per organisation, in the columns of {@link #costHeader}. */
    private void estimateRows(long projectId, Consumer<List<Object>> sink) {
        for (CostRow r : time.estimate(projectId)) {
            List<Object> row = new ArrayList<>();
            row.add(r.organisation());
            for (StaffRole role : StaffRole.values()) {
                row.add(r.hours().get(role));
            }
            row.add(r.totalHours());
            row.add(r.expectedHours());
            row.add(r.labourCost());
            for (CostKind kind : CostKind.values()) {
                row.add(r.otherCosts().get(kind));
            }
            row.add(r.totalCost());
            row.add(r.participants().value());
            row.add(r.sessions().value());
            row.add(r.perParticipant());
            row.add(r.perSession());
            sink.accept(row);
        }
    }

    /** The cost estimate's columns: hours per role, then costs per kind, then per participant and per session. */
    private static List<String> costHeader() {
        List<String> header = new java.util.ArrayList<>(List.of("organisation"));
        for (StaffRole role : StaffRole.values()) {
            header.add("timer_" + role.name().toLowerCase(java.util.Locale.ROOT));
        }
        header.addAll(List.of("timer_i_alt", "forventede_timer", "timer_i_kr"));
        for (CostKind kind : CostKind.values()) {
            header.add("udgift_" + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        header.addAll(List.of("omkostning_i_alt", "deltagere", "sessioner", "pr_deltager", "pr_session"));
        return header;
    }
}
