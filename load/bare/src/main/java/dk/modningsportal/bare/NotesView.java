package dk.modningsportal.bare;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** One view, at the address ./portal startup waits for (/login, as for the portal). */
@Route("login")
public class NotesView extends VerticalLayout {

    NotesView(NoteRepository notes) {
        Grid<Note> grid = new Grid<>(Note.class, false);
        grid.addColumn(Note::getSummary).setHeader("Summary");
        grid.setItems(notes.findAll());
        add(grid);
    }
}
