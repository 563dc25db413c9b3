package dk.modningsportal.note.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ui.LayoutContribution;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.CurrentWorkspace;
import java.util.List;
import org.springframework.stereotype.Component;

/** The "new experience" button in the top bar, on every page, for those who write in a workspace. */
@Component
class QuickNoteContribution implements LayoutContribution {

    private final NoteService notes;
    private final InterventionCatalog catalog;
    private final WorkspaceAccess workspaceAccess;

    QuickNoteContribution(NoteService notes, InterventionCatalog catalog, WorkspaceAccess workspaceAccess) {
        this.notes = notes;
        this.catalog = catalog;
        this.workspaceAccess = workspaceAccess;
    }

    @Override
    public List<com.vaadin.flow.component.Component> topBarActions() {
        if (workspaceAccess.readableWorkspaces().stream().noneMatch(WorkspaceSummary::writable)) {
            return List.of();
        }
        Button button = new Button(I18NProvider.translate("quickNote.button"), VaadinIcon.LIGHTBULB.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("quick-note-button");
        button.setId("quick-note"); // found by the load test (load/)
        button.addClickListener(e -> open());
        return List.of(button);
    }

    void open() {
        List<WorkspaceSummary> writable = workspaceAccess.readableWorkspaces().stream()
                .filter(WorkspaceSummary::writable).toList();
        WorkspaceSummary preselected = CurrentWorkspace.get()
                .flatMap(id -> writable.stream().filter(w -> w.workspaceId() == id).findFirst())
                .orElse(writable.get(0));
        new QuickNoteDialog(notes, catalog, writable, preselected).open();
    }
}
