package dk.modningsportal.comment;

import dk.modningsportal.project.WorkspacePeople;
import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.comment.CommentTarget.Kind;
import dk.modningsportal.comment.CommentedItems.CommentedItem;
import dk.modningsportal.live.Change;
import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.project.WorkspaceRef;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory.PersonInOrganisation;
import dk.modningsportal.security.UserDirectory.Reader;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads. Whoever may read the item reads its thread; the organisation's people and the project's
 * consultants write in it (a consultant's comment is marked as feedback); only the author edits or deletes
 * a comment. Mentions must name people who can read the item, and are told so; so are the author of the
 * comment replied to and the people whose item it is.
 */
@Service
@Transactional
public class CommentService {

    private static final Logger log = LoggerFactory.getLogger(CommentService.class);
    public static final String BODY = "body";
    private static final int EXCERPT = 200;

    public record Revision(String body, Instant writtenAt) {
    }

    /**
     * {@code authorOrganisation}: named when the thread is on a shared item, where people of several organisations
     * write; {@code hidden}: hidden by the item's organisation; {@code canHide}: the reader may hide it.
     */
    public record CommentRow(long id, long version, Long replyToId, long authorId, String authorName,
            boolean feedback, String body, Instant createdAt, Instant editedAt, boolean deleted, boolean mine,
            List<Revision> earlier, String authorOrganisation, boolean hidden, boolean canHide) {
    }

    public record Thread(List<CommentRow> comments, boolean canComment, List<Reader> mentionable) {
    }

    private final CommentRepository comments;

    private final WorkspacePeople workspacePeople;
    private final EntityManager em;
    private final CommentedItems items;
    private final WorkspaceAccess workspaceAccess;
    private final UserDirectory userDirectory;
    private final NotificationService notifications;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentService(CommentRepository comments, EntityManager em, CommentedItems items,
            WorkspaceAccess workspaceAccess,
            UserDirectory userDirectory, NotificationService notifications, ActivityLog activity,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events, WorkspacePeople workspacePeople) {
        this.workspacePeople = workspacePeople;
        this.comments = comments;
        this.em = em;
        this.items = items;
        this.workspaceAccess = workspaceAccess;
        this.userDirectory = userDirectory;
        this.notifications = notifications;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Thread thread(CommentTarget target) {
        CommentedItem item = items.readable(target);
        PortalUser me = currentUser.require();
        List<Comment> found = target.kind() == Kind.TRIAL_ACTION ? comments.findOnTrialAction(target.id())
                : comments.findOnNote(target.id());
        Map<Long, List<Revision>> earlier = new HashMap<>();
        if (!found.isEmpty()) {
            comments.findRevisions(found.stream().map(Comment::getId).toList()).forEach(r -> earlier
                    .computeIfAbsent(r.getCommentId(), k -> new ArrayList<>()).add(new Revision(r.getBody(), r.getWrittenAt())));
        }
        boolean mayHide = item.shared() && workspaceAccess.canWrite(me, item.workspace());
        Map<Long, PersonInOrganisation> authors = authors(found);
        List<CommentRow> rows = found.stream().map(c -> row(c, me, earlier.getOrDefault(c.getId(), List.of()), item,
                mayHide, authors)).toList();
        boolean canComment = items.mayComment(me, item);
        return new Thread(rows, canComment, !canComment ? List.of() : item.shared()
                ? workspacePeople.mentionableInProject(item.workspace().projectId())
                : workspacePeople.mentionable(item.workspace().id()));
    }

    public CommentRow add(CommentTarget target, Long replyToId, String body) {
        CommentedItem item = items.readable(target);
        PortalUser me = items.requireMayComment(item);
        String text = validate(body);
        Comment replyTo = replyToId == null ? null : comments.findById(replyToId)
                .filter(c -> c.getTarget().equals(target))
                .orElseThrow(() -> new NotFoundException("error.commentRefused", "No comment " + replyToId + " on " + target));
        Set<Long> mentioned = items.mentionedReaders(text, item);
        boolean feedback = me.role() == Role.CONSULTANT;
        Comment saved = comments.saveAndFlush(new Comment(item.workspace(), target,
                replyTo == null ? null : replyTo.getId(), me.id(), feedback, text, clock.instant()));
        activity.record(item.workspace().id(), feedback ? ActivityKind.FEEDBACK_GIVEN : ActivityKind.COMMENT_ADDED,
                item.title(), item.link());
        Set<Long> told = new LinkedHashSet<>(notifications.send(notice(NotificationKind.MENTION, item, me, text), mentioned));
        if (replyTo != null && !told.contains(replyTo.getAuthorId())) {
            told.addAll(notifications.send(notice(NotificationKind.REPLY, item, me, text), List.of(replyTo.getAuthorId())));
        }
        List<Long> owners = item.ownerIds().stream().filter(id -> !told.contains(id)).toList();
        notifications.send(notice(NotificationKind.COMMENT_ON_MY_ITEM, item, me, text), owners);
        threadChanged(item.workspace());
        log.info("{} commented on {} (comment {})", me, target, saved.getId());
        return row(saved, me, List.of(), item, false, authors(List.of(saved)));
    }

    /** Changes one's own comment; the earlier wording is kept, and people newly named are told. */
    public CommentRow edit(long commentId, long expectedVersion, String body) {
        PortalUser me = currentUser.require();
        Comment comment = own(commentId, me);
        CommentedItem item = items.readable(comment.getTarget());
        checkVersion(comment, expectedVersion);
        String text = validate(body);
        Set<String> before = Mentions.in(comment.getBody());
        Set<Long> mentioned = items.mentionedReaders(text, item);
        if (!text.equals(comment.getBody())) {
            em.persist(new CommentRevision(comment.getId(), comment.getBody(),
                    comment.getEditedAt() == null ? comment.getCreatedAt() : comment.getEditedAt()));
            comment.edit(text, clock.instant());
        }
        Comment saved = comments.saveAndFlush(comment);
        Set<Long> previouslyNamed = before.stream().map(userDirectory::findEnabled).flatMap(java.util.Optional::stream)
                .map(PortalUser::id).collect(Collectors.toSet());
        notifications.send(notice(NotificationKind.MENTION, item, me, text),
                mentioned.stream().filter(id -> !previouslyNamed.contains(id)).toList());
        threadChanged(item.workspace());
        return row(saved, me, List.of(), item, false, authors(List.of(saved)));
    }

    /** Removes the text of one's own comment; its place in the thread stays, so replies still make sense. */
    public void delete(long commentId, long expectedVersion) {
        PortalUser me = currentUser.require();
        Comment comment = own(commentId, me);
        CommentedItem item = items.readable(comment.getTarget());
        checkVersion(comment, expectedVersion);
        // The wording is kept as a revision, as an edit's is: for a few minutes the author can undo.
        em.persist(new CommentRevision(comment.getId(), comment.getBody(),
                comment.getEditedAt() == null ? comment.getCreatedAt() : comment.getEditedAt()));
        comment.delete(clock.instant());
        comments.saveAndFlush(comment);
        events.publishEvent(Audited.of(AuditAction.DELETED, "COMMENT", commentId, null, me.organisationId()));
        threadChanged(item.workspace());
        log.info("{} deleted comment {}", me, commentId);
    }

    /**
     * The item's organisation hides a comment another organisation's person wrote on its shared item: its writers
     * may, and it is then shown and found by nobody (its author is not told; the item's people see that it was).
     */
    public void hide(long commentId) {
        PortalUser me = currentUser.require();
        Comment comment = comments.findById(commentId).orElseThrow(
                () -> new NotFoundException("error.commentRefused", "No comment " + commentId));
        CommentedItem item = items.readable(comment.getTarget());
        if (!item.shared() || !workspaceAccess.canWrite(me, item.workspace())
                || userDirectory.organisationOf(comment.getAuthorId()) == item.workspace().organisationId()) {
            log.warn("Refused hiding comment {} to {}", commentId, me);
            throw new AccessRefusedException("error.commentRefused", me + " may not hide comment " + commentId);
        }
        if (!comment.isHidden()) {
            comment.hide(me.id(), clock.instant());
            comments.saveAndFlush(comment);
            events.publishEvent(Audited.of(AuditAction.HIDDEN, "COMMENT", commentId, null, me.organisationId()));
            threadChanged(item.workspace());
            log.info("{} hid comment {}", me, commentId);
        }
    }

    /**
     * The workspace's comments for its own export, oldest first: id, trial action id, note id, reply to, author,
     * feedback from a consultant, written, edited, text. Deleted ones are left out. For readers of the workspace.
     */
    @Transactional(readOnly = true)
    public void workspaceRows(long workspaceId, java.util.function.Consumer<List<Object>> sink) {
        workspaceAccess.requireReadable(workspaceId);
        List<Object[]> rows = em.createQuery("select c.id, c.trialActionId, c.noteId, c.replyToId, c.authorId, c.feedback, "
                        + "c.createdAt, c.editedAt, c.body from Comment c where c.workspace.id = :w "
                        + "and c.deletedAt is null and c.hiddenAt is null order by c.createdAt, c.id", Object[].class)
                .setParameter("w", workspaceId).getResultList();
        Map<Long, String> authors = userDirectory.displayNamesOf(
                rows.stream().map(row -> (Long) row[4]).collect(Collectors.toSet()));
        for (Object[] row : rows) {
            row[4] = authors.get((Long) row[4]);
            sink.accept(new ArrayList<>(java.util.Arrays.asList(row)));
        }
    }

    /** How long the author can bring back a deleted comment. */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(10);

    /** The author brings back a comment they deleted in the last {@link #UNDO_WINDOW}, with its wording. */
    public void restore(long commentId) {
        PortalUser me = currentUser.require();
        Comment comment = comments.findById(commentId).orElseThrow(
                () -> new NotFoundException("error.commentRefused", "No comment " + commentId));
        if (comment.getAuthorId() != me.id()) {
            throw new AccessRefusedException("error.commentNotYours", me + " is not the author of comment " + commentId);
        }
        CommentedItem item = items.readable(comment.getTarget());
        if (!comment.isDeleted() || comment.getDeletedAt().isBefore(clock.instant().minus(UNDO_WINDOW))) {
            throw new ValidationFailedException(Map.of("comment", "comment.undoExpired"));
        }
        String body = comments.findRevisions(List.of(commentId)).getFirst().getBody();
        comment.restore(body);
        comments.saveAndFlush(comment);
        events.publishEvent(Audited.of(AuditAction.RESTORED, "COMMENT", commentId, null, me.organisationId()));
        threadChanged(item.workspace());
        log.info("{} restored comment {}", me, commentId);
    }

    private Comment own(long commentId, PortalUser me) {
        Comment comment = comments.findById(commentId).orElseThrow(
                () -> new NotFoundException("error.commentRefused", "No comment " + commentId));
        if (comment.getAuthorId() != me.id() || comment.isDeleted()) {
            log.warn("Refused change of comment {} to {}", commentId, me);
            throw new AccessRefusedException("error.commentNotYours", me + " is not the author of comment " + commentId);
        }
        return comment;
    }

    private void checkVersion(Comment comment, long expectedVersion) {
        if (comment.getVersion() != expectedVersion) {
            Instant at = comment.getEditedAt() == null ? comment.getCreatedAt() : comment.getEditedAt();
            throw new ConcurrentEditException(userDirectory.displayNameOf(comment.getAuthorId()), at, comment.getVersion());
        }
    }

    private static String validate(String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, BODY, body, true, Comment.BODY_MAX);
        TextRules.throwIfAny(errors);
        return body.strip();
    }

    private static Notice notice(NotificationKind kind, CommentedItem item, PortalUser actor, String text) {
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
        return new Notice(kind, item.workspace().projectId(), item.workspace().id(), item.title(),
                actor.displayName(), excerpt, item.link(),
                item.target().kind().name().toLowerCase() + ":" + item.target().id());
    }

    /** The comments' authors with their organisations, in one query. */
    private Map<Long, PersonInOrganisation> authors(List<Comment> found) {
        return userDirectory.withOrganisations(found.stream().map(c -> c.getAuthorId()).distinct().toList())
                .stream().collect(Collectors.toMap(PersonInOrganisation::id, p -> p));
    }

    private static CommentRow row(Comment c, PortalUser me, List<Revision> earlier, CommentedItem item, boolean mayHide,
            Map<Long, PersonInOrganisation> authors) {
        PersonInOrganisation author = authors.get(c.getAuthorId());
        boolean ownOrganisation = author.organisationId() == item.workspace().organisationId();
        boolean gone = c.isDeleted() || c.isHidden();
        return new CommentRow(c.getId(), c.getVersion(), c.getReplyToId(), c.getAuthorId(),
                author.displayName(), c.isFeedback(), c.isHidden() ? null : c.getBody(), c.getCreatedAt(),
                c.getEditedAt(),
                // A deleted or hidden comment shows none of its wording, earlier ones included.
                c.isDeleted(), c.getAuthorId() == me.id() && !c.isHidden(), gone ? List.of() : earlier,
                item.shared() ? author.organisationName() : null, c.isHidden(),
                mayHide && !ownOrganisation && !gone);
    }

    /**
     * The open screens of the workspace re-read the thread once this commits. A comment changes none of the
     * dashboard's figures, so it is not a change of the workspace's content ({@code WorkspaceContentChanged}).
     */
    private void threadChanged(WorkspaceRef workspace) {
        events.publishEvent(Change.inWorkspace(workspace.projectId(), workspace.id()));
    }
}
