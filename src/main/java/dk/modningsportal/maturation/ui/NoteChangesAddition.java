package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.maturation.ChangeLog.ChangeRef;
import dk.modningsportal.maturation.ChangeLog;
import dk.modningsportal.note.ui.NoteAddition;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Under a note: the changes to the intervention that the note helped bring about. */
@Component
class NoteChangesAddition implements NoteAddition {

    private final ChangeLog changeLog;

    NoteChangesAddition(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forNote(long noteId, long workspaceId) {
        List<ChangeRef> changes = changeLog.motivatedByNote(noteId);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        changes.forEach(c -> list.add(new ListItem(I18NProvider.translate("changes.ledTo", c.versionLabel(),
                Formats.label(c.kind()), c.coreElementName() == null ? "" : c.coreElementName(), c.reason()))));
        Div box = new Div(new Span(I18NProvider.translate("changes.ledToTitle")), list);
        box.addClassName("note-led-to");
        return Optional.of(box);
    }
}
