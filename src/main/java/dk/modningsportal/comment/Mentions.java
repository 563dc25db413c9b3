package dk.modningsportal.comment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds "@username" in a comment; a full stop or comma right after a name ends the sentence, not the name. */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}])@([\\p{L}\\p{N}._-]+)");

    private Mentions() {
    }

    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[._-]+$", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
