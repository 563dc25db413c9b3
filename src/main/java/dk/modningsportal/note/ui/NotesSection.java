package dk.modningsportal.note.ui;

import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.project.ui.WorkspaceSection;
import org.springframework.stereotype.Component;

/** The workspace band's tab "Erfaringer". */
@Component
class NotesSection implements WorkspaceSection {

    @Override
    public WorkspaceHeader.Section section() {
        return WorkspaceHeader.Section.NOTES;
    }

    @Override
    public String href(long workspaceId) {
        return NoteRoutes.notes(workspaceId);
    }
}
