package dk.modningsportal.sharing.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.comment.ui.CommentThread;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.SharedNote;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.trialaction.TrialActionRoutes;
import jakarta.annotation.security.PermitAll;

/** An experience note another organisation has shared; its own team is sent on to it in their workspace. */
@Route(NoteRoutes.SHARED_NOTE)
@PermitAll
class SharedNoteView extends SharedItemPage implements BeforeEnterObserver, HasDynamicTitle {

    private final NoteService notes;
    private final CommentService comments;
    private final ChangeBus bus;
    private String title = "";

    SharedNoteView(NoteService notes, CommentService comments, ChangeBus bus) {
        this.notes = notes;
        this.comments = comments;
        this.bus = bus;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long noteId = RouteIds.id(event, NoteRoutes.SHARED_ITEM_ID, "error.noteRefused");
        SharedNote note = notes.shared(noteId);
        if (note.own()) {
            event.forwardTo(NoteRoutes.notes(note.workspaceId()),
                    com.vaadin.flow.router.QueryParameters.of("note", String.valueOf(noteId)));
            return;
        }
        title = note.summary();
        removeAll();
        header(note.projectId(), note.organisationName(), getTranslation("across.kind.note"), note.summary(),
                note.sharing());
        facts(fact(Formats.label(note.kind())),
                fact(note.coreElementName() == null ? getTranslation("note.noCoreElement") : note.coreElementName()),
                fact(getTranslation("across.version", note.versionLabel())), fact(Formats.label(note.source())));
        section(getTranslation("note.details"), note.details());
        if (note.trialActionId() != null) {
            com.vaadin.flow.component.html.Anchor linked = new com.vaadin.flow.component.html.Anchor(
                    TrialActionRoutes.shared(note.trialActionId()),
                    getTranslation("across.linkedTrialAction", note.trialActionTitle()));
            linked.getElement().setAttribute("router-link", true);
            add(linked);
        }
        add(new CommentThread(comments, bus, CommentTarget.note(noteId), note.workspaceId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("across.kind.note") + ": " + title;
    }
}
