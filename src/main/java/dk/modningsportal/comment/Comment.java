package dk.modningsportal.comment;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.project.WorkspaceRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One comment in a thread. Deleting keeps its place in the thread (replies stay readable) but removes
 * its text; editing keeps the earlier wording as a {@link CommentRevision}.
 */
@Entity
@Table(name = "item_comment")
public class Comment extends AbstractEntity {

    public static final int BODY_MAX = 4000;

    /** The workspace it belongs to (the project module's, by id, with its project and organisation). */
    @Embedded
    private WorkspaceRef workspace;

    @Column(name = "trial_action_id")
    private Long trialActionId;

    @Column(name = "experience_note_id")
    private Long noteId;

    @Column(name = "reply_to_id")
    private Long replyToId;

    /** Who wrote it (an account of the security module, by id; named as they are called now). */
    @Column(name = "author_id", nullable = false)
    private long authorId;

    /** Written by one of the project's consultants: feedback from Socialstyrelsen, shown as such. */
    @Column(name = "feedback", nullable = false)
    private boolean feedback;

    @Column(name = "body", length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Hidden by the organisation whose shared item it is on: kept, but shown and found by nobody. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by_id")
    private Long hiddenById;

    protected Comment() {
    }

    Comment(WorkspaceRef workspace, CommentTarget target, Long replyToId, long authorId, boolean feedback,
            String body, Instant createdAt) {
        this.workspace = workspace;
        this.trialActionId = target.kind() == CommentTarget.Kind.TRIAL_ACTION ? target.id() : null;
        this.noteId = target.kind() == CommentTarget.Kind.NOTE ? target.id() : null;
        this.replyToId = replyToId;
        this.authorId = authorId;
        this.feedback = feedback;
        this.body = body;
        this.createdAt = createdAt;
    }

    void edit(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    void delete(Instant at) {
        this.body = null;
        this.deletedAt = at;
    }

    void hide(long byUserId, Instant at) {
        this.hiddenAt = at;
        this.hiddenById = byUserId;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    void restore(String keptBody) {
        this.body = keptBody;
        this.deletedAt = null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public WorkspaceRef getWorkspace() {
        return workspace;
    }

    public CommentTarget getTarget() {
        return trialActionId != null ? CommentTarget.trialAction(trialActionId) : CommentTarget.note(noteId);
    }

    public Long getReplyToId() {
        return replyToId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isFeedback() {
        return feedback;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
