package dk.modningsportal.comment;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.note.NoteQueries.NoteHeader;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.project.WorkspaceRef;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.trialaction.TrialActionQueries.TrialActionHeader;
import dk.modningsportal.trialaction.TrialActionQueries;
import dk.modningsportal.trialaction.TrialActionRoutes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The items threads hang on (a trial action or a note) and who may read, write and be named in their threads:
 * the item's workspace's readers, and when the item is shared, those taking part in its project.
 */
@Component
class CommentedItems {

    private static final Logger log = LoggerFactory.getLogger(CommentedItems.class);

    /**
     * The item a thread hangs on, as the rules need it. {@code shared}: with the project's other organisations, who
     * then read and write its thread too; the link is then the shared item's, which sends its own team on.
     */
    record CommentedItem(CommentTarget target, WorkspaceRef workspace, String title, Set<Long> ownerIds, String link,
            boolean shared) {
    }

    private final NoteQueries noteQueries;
    private final TrialActionQueries trialActionQueries;
    private final WorkspaceAccess workspaceAccess;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;

    CommentedItems(NoteQueries noteQueries, TrialActionQueries trialActionQueries, WorkspaceAccess workspaceAccess,
            UserDirectory userDirectory, CurrentUser currentUser) {
        this.noteQueries = noteQueries;
        this.trialActionQueries = trialActionQueries;
        this.workspaceAccess = workspaceAccess;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
    }

    /** The people named: each must exist and be able to read the item, or the comment is refused. */
    Set<Long> mentionedReaders(String text, CommentedItem item) {
        List<String> refused = new ArrayList<>();
        Set<Long> readers = new LinkedHashSet<>();
        for (String name : Mentions.in(text)) {
            userDirectory.findEnabled(name).ifPresentOrElse(person -> {
                if (workspaceAccess.canRead(person, item.workspace()) || (item.shared()
                        && workspaceAccess.canReadShared(person, item.workspace().projectId()))) {
                    readers.add(person.id());
                } else {
                    refused.add(name);
                }
            }, () -> refused.add(name));
        }
        if (!refused.isEmpty()) {
            throw new MentionRefusedException(refused);
        }
        return readers;
    }

    PortalUser requireMayComment(CommentedItem item) {
        PortalUser me = currentUser.require();
        if (!mayComment(me, item)) {
            log.warn("Refused comment on {} to {}", item.target(), me);
            throw new AccessRefusedException("error.commentRefused", me + " may not comment on " + item.target());
        }
        return me;
    }

    boolean mayComment(PortalUser me, CommentedItem item) {
        return workspaceAccess.canComment(me, item.workspace())
                || (item.shared() && workspaceAccess.canCommentOnShared(me, item.workspace()));
    }

    CommentedItem readable(CommentTarget target) {
        CommentedItem item = switch (target.kind()) {
            case TRIAL_ACTION -> {
                TrialActionHeader action = trialActionQueries.header(target.id()).orElse(null);
                boolean shared = action != null && action.shared();
                yield action == null ? null : new CommentedItem(target, action.workspace(), action.title(),
                        new LinkedHashSet<>(List.of(action.createdById(), action.responsibleId())),
                        shared ? TrialActionRoutes.shared(target.id()) : TrialActionRoutes.trialAction(target.id()),
                        shared);
            }
            case NOTE -> {
                NoteHeader note = noteQueries.header(target.id()).orElse(null);
                boolean shared = note != null && note.shared();
                yield note == null ? null : new CommentedItem(target, note.workspace(), note.summary(),
                        Set.of(note.createdById()), shared ? NoteRoutes.shared(target.id())
                                : NoteRoutes.note(note.workspace().id(), target.id()), shared);
            }
        };
        if (item == null) {
            throw new NotFoundException("error.commentRefused", "No " + target);
        }
        PortalUser me = currentUser.require();
        if (!workspaceAccess.canRead(me, item.workspace()) && !(item.shared()
                && workspaceAccess.canReadShared(me, item.workspace().projectId()))) {
            log.warn("Refused thread {} to {}", target, me);
            throw new AccessRefusedException("error.commentRefused", "Thread " + target);
        }
        return item;
    }
}
