package dk.modningsportal.evaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.Spreadsheets.Table;
import dk.modningsportal.project.WorkspaceAccess;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's sheets of a project's full export, for its evaluators: every current registration and the
 * questionnaires' response counts, with the small counts as they are (the export's explanation says so).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationExport {

    private final RegistrationService registrations;
    private final QuestionnaireService questionnaires;
    private final WorkspaceAccess workspaceAccess;

    EvaluationExport(RegistrationService registrations, QuestionnaireService questionnaires,
            WorkspaceAccess workspaceAccess) {
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
                        sink -> questionnaires.exportRows(projectId, true, sink)));
    }
}
