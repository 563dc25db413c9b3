package dk.modningsportal.note.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** Lets another capability show something under a note (e.g. the changes it led to) without this package knowing it. */
@NamedInterface("ui")
public interface NoteAddition {

    Optional<Component> forNote(long noteId, long workspaceId);
}
