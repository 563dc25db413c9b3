package dk.modningsportal.evaluation.ui;

import dk.modningsportal.evaluation.EvaluationRoutes;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.project.ui.WorkspaceSection;
import org.springframework.stereotype.Component;

/** The workspace band's tab "Til evalueringen". */
@Component
class EvaluationSection implements WorkspaceSection {

    @Override
    public WorkspaceHeader.Section section() {
        return WorkspaceHeader.Section.EVALUATION;
    }

    @Override
    public String href(long workspaceId) {
        return EvaluationRoutes.evaluation(workspaceId);
    }
}
