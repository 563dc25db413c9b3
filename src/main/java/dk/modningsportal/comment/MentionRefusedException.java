package dk.modningsportal.comment;

import java.util.List;

/**
 * A comment names people who cannot be named there: it is not saved, and the form says which names. Whether
 * a name belongs to nobody or to someone who cannot read the item is not told, so the portal's user names
 * cannot be probed from a comment field.
 */
public class MentionRefusedException extends RuntimeException {

    private final List<String> names;

    MentionRefusedException(List<String> names) {
        super("Cannot mention " + names);
        this.names = names;
    }

    public List<String> getNames() {
        return names;
    }
}
