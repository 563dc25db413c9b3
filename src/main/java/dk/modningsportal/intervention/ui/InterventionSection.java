package dk.modningsportal.intervention.ui;

import dk.modningsportal.intervention.InterventionRoutes;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.project.ui.WorkspaceSection;
import org.springframework.stereotype.Component;

/** The workspace band's tab "Indsatsen". */
@Component
class InterventionSection implements WorkspaceSection {

    @Override
    public WorkspaceHeader.Section section() {
        return WorkspaceHeader.Section.INTERVENTION;
    }

    @Override
    public String href(long workspaceId) {
        return InterventionRoutes.intervention(workspaceId);
    }
}
