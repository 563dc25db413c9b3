package dk.modningsportal.maturation.ui;

import dk.modningsportal.maturation.MaturationRoutes;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.project.ui.WorkspaceSection;
import org.springframework.stereotype.Component;

/** The workspace band's tab "Ændringer". */
@Component
class ChangesSection implements WorkspaceSection {

    @Override
    public WorkspaceHeader.Section section() {
        return WorkspaceHeader.Section.CHANGES;
    }

    @Override
    public String href(long workspaceId) {
        return MaturationRoutes.changes(workspaceId);
    }
}
