package dk.modningsportal.comment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c where c.trialActionId = :trialActionId order by c.createdAt, c.id")
    List<Comment> findOnTrialAction(long trialActionId);

    @Query("select c from Comment c where c.noteId = :noteId order by c.createdAt, c.id")
    List<Comment> findOnNote(long noteId);

    @Query("select r from CommentRevision r where r.commentId in :commentIds order by r.writtenAt desc, r.id desc")
    List<CommentRevision> findRevisions(Collection<Long> commentIds);

}
