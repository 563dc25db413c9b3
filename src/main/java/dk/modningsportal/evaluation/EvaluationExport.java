package dk.modningsportal.evaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.Spreadsheets.Table;
import dk.modningsportal.project.WorkspaceAccess;
import java.util.List;
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

    EvaluationExport(RegistrationFigures registrations, QuestionnaireService questionnaires,
            WorkspaceAccess workspaceAccess, TimeAndCostService time) {
        this.time = time;
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
                        "timer_i_kr", "udgift", "udgift_kr"), sink -> time.exportRows(projectId, sink)),
                new Table("omkostninger", costHeader(), sink -> time.estimateRows(projectId, sink)));
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
