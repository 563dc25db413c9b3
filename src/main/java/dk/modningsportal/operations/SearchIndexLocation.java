package dk.modningsportal.operations;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a portal keeps its search index unless {@code PORTAL_SEARCH_DIR} says: an index belongs to one database,
 * so two portals on one machine on different databases (the demo beside a generated set, a benchmark) never share
 * one. Beside an embedded database's file; per database under {@code ~/.modningsportalen/search-index} otherwise;
 * a new temporary folder for an in-memory database, which lives no longer than its process.
 */
public final class SearchIndexLocation {

    /** The setting's value that asks for the default; blank asks for a temporary folder. */
    public static final String FOLLOW_DATABASE = "follow-database";

    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^;:][^;]*)(;.*)?$");
    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([^&]+)");

    private SearchIndexLocation() {
    }

    /** The folder for the database at this address, or null for a temporary one. */
    public static Path forDatabase(String jdbcUrl, Path home) {
        if (jdbcUrl == null || jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:h2:mem:")) {
            return null;
        }
        Matcher h2 = H2_FILE.matcher(jdbcUrl);
        if (h2.matches() && !jdbcUrl.startsWith("jdbc:h2:tcp:") && !jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            String file = h2.group(1).replace("~", home.toString());
            return Path.of(file + "-search-index").toAbsolutePath().normalize();
        }
        String withoutParameters = jdbcUrl.replaceFirst("^jdbc:", "").replaceFirst("[?;].*$", "");
        Matcher schema = SCHEMA.matcher(jdbcUrl);
        String name = withoutParameters + (schema.find() ? "-" + schema.group(1) : "");
        String folder = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return home.resolve(".modningsportalen").resolve("search-index").resolve(folder);
    }
}
