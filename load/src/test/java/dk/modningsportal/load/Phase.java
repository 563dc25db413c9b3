package dk.modningsportal.load;

import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Which part of a level a request falls in. Everyone is in between the end of the arrival and the start of the
 * departure (the hold): only what is asked then says what a person in a full portal waits, so the hold's requests
 * are reported by category alone ("hold: UIDL", "hold: login", "hold: page load"), the others by their own names.
 */
final class Phase {

    static final String UIDL = "UIDL";
    static final String LOGIN = "login";
    static final String PAGE = "page load";

    private static volatile long holdStartsAt = Long.MAX_VALUE;
    private static volatile long holdEndsAt = Long.MAX_VALUE;

    private Phase() {
    }

    /**
     * The level begins now: the hold runs from the end of the arrival for its time. Writes the start (epoch
     * milliseconds) to {@code startFile} when given, for the measurements taken beside the level.
     */
    static void begin(Duration arrival, Duration hold) {
        long now = System.currentTimeMillis();
        holdStartsAt = now + arrival.toMillis();
        holdEndsAt = holdStartsAt + hold.toMillis();
        String startFile = System.getProperty("startFile");
        if (startFile != null) {
            try {
                Files.writeString(Path.of(startFile), Long.toString(now));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The request's name: its category during the hold, its own name otherwise. */
    static Function<Session, String> name(String name, String category) {
        return session -> {
            long now = System.currentTimeMillis();
            return now >= holdStartsAt && now < holdEndsAt ? "hold: " + category : name;
        };
    }
}
