package dk.modningsportal.comment;

import java.util.List;

/** A comment names people who do not exist or cannot read the item: it is not saved, and the form says who. */
public class MentionRefusedException extends RuntimeException {

    private final List<String> unknown;
    private final List<String> cannotRead;

    MentionRefusedException(List<String> unknown, List<String> cannotRead) {
        super("Unknown " + unknown + ", cannot read " + cannotRead);
        this.unknown = unknown;
        this.cannotRead = cannotRead;
    }

    public List<String> getUnknown() {
        return unknown;
    }

    public List<String> getCannotRead() {
        return cannotRead;
    }
}
