package dk.modningsportal.comment;

/** What a thread hangs on: a trial action or an experience note. */
public record CommentTarget(Kind kind, long id) {

    public enum Kind {
        TRIAL_ACTION, NOTE
    }

    public static CommentTarget trialAction(long id) {
        return new CommentTarget(Kind.TRIAL_ACTION, id);
    }

    public static CommentTarget note(long id) {
        return new CommentTarget(Kind.NOTE, id);
    }
}
