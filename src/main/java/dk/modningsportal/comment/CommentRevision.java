package dk.modningsportal.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier wording of an edited comment: written once, never changed. */
@Entity
@Table(name = "comment_revision")
class CommentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(name = "body", nullable = false, length = Comment.BODY_MAX)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CommentRevision() {
    }

    CommentRevision(long commentId, String body, Instant writtenAt) {
        this.commentId = commentId;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    long getCommentId() {
        return commentId;
    }

    String getBody() {
        return body;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }
}
