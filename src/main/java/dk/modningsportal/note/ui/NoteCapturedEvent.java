package dk.modningsportal.note.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the quick capture saved a note, so an open note list shows it at once. */
public class NoteCapturedEvent extends ComponentEvent<UI> {

    private final long workspaceId;

    NoteCapturedEvent(UI source, long workspaceId) {
        super(source, false);
        this.workspaceId = workspaceId;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }
}
