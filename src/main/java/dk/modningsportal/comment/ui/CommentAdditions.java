package dk.modningsportal.comment.ui;

import com.vaadin.flow.component.Component;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.note.ui.NoteAddition;
import dk.modningsportal.trialaction.ui.TrialActionAddition;
import java.util.Optional;

/** Puts a comment thread under every trial action and every note. */
@org.springframework.stereotype.Component
class CommentAdditions implements TrialActionAddition, NoteAddition {

    private final CommentService comments;
    private final ChangeBus bus;

    CommentAdditions(CommentService comments, ChangeBus bus) {
        this.comments = comments;
        this.bus = bus;
    }

    @Override
    public Optional<Component> forTrialAction(long trialActionId, long workspaceId) {
        return Optional.of(new CommentThread(comments, bus, CommentTarget.trialAction(trialActionId), workspaceId));
    }

    @Override
    public Optional<Component> forNote(long noteId, long workspaceId) {
        return Optional.of(new CommentThread(comments, bus, CommentTarget.note(noteId), workspaceId));
    }
}
