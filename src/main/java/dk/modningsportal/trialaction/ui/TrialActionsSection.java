package dk.modningsportal.trialaction.ui;

import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.project.ui.WorkspaceSection;
import dk.modningsportal.trialaction.TrialActionRoutes;
import org.springframework.stereotype.Component;

/** The workspace band's tab "Prøvehandlinger". */
@Component
class TrialActionsSection implements WorkspaceSection {

    @Override
    public WorkspaceHeader.Section section() {
        return WorkspaceHeader.Section.TRIAL_ACTIONS;
    }

    @Override
    public String href(long workspaceId) {
        return TrialActionRoutes.trialActions(workspaceId);
    }
}
