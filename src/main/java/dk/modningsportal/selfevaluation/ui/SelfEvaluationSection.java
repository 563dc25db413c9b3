package dk.modningsportal.selfevaluation.ui;

import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.project.ui.WorkspaceSection;
import dk.modningsportal.selfevaluation.SelfEvaluationRoutes;
import org.springframework.stereotype.Component;

/** The workspace band's tab "Selvevaluering". */
@Component
class SelfEvaluationSection implements WorkspaceSection {

    @Override
    public WorkspaceHeader.Section section() {
        return WorkspaceHeader.Section.SELF_EVALUATION;
    }

    @Override
    public String href(long workspaceId) {
        return SelfEvaluationRoutes.selfEvaluation(workspaceId);
    }
}
