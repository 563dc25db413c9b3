package dk.modningsportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module names another module's table or entity in a query: what it needs of another's data it asks
 * that module's query API for, or reads a view that module owns (V11). Owners are read from the mapping
 * annotations; tables without an entity are listed here. The seed loaders ({@code demo}, {@code scale})
 * write every module's starting rows and are exempt.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/modningsportal");
    private static final Set<String> SEED_LOADERS = Set.of("demo", "scale");
    /** Tables no entity maps, by owning module. */
    private static final Map<String, String> UNMAPPED_TABLES = Map.of(
            "project_expected_hours", "project",
            "workspace_tally", "dashboard",
            "evaluation_reporter", "evaluation",
            "shedlock", "base");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NAMED = Pattern.compile("\\b(?:from|join|update|into)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUERY_WORD = Pattern.compile("\\b(select|update|insert|delete)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void modulesQueryOnlyTheirOwnTablesAndEntities() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).as("the scan found the entities").containsKeys("ExperienceNote", "trial_action", "workspace");
        List<String> reaches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String module = SOURCES.relativize(file).getName(0).toString();
                if (SEED_LOADERS.contains(module)) {
                    return;
                }
                for (String query : queries(read(file))) {
                    Matcher named = NAMED.matcher(query);
                    while (named.find()) {
                        String owner = owners.get(named.group(1));
                        if (owner != null && !owner.equals(module)) {
                            reaches.add(SOURCES.relativize(file) + " names " + named.group(1) + " of " + owner);
                        }
                    }
                }
            });
        }
        assertThat(reaches).isEmpty();
    }

    /** Entity names and table names, each with the module that maps it. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>(UNMAPPED_TABLES);
        Pattern entity = Pattern.compile("^@Entity[\\s\\S]*?^(?:public )?(?:abstract )?class (\\w+)", Pattern.MULTILINE);
        Pattern table = Pattern.compile("@(?:Table|JoinTable|CollectionTable)\\(name = \"(\\w+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String module = SOURCES.relativize(file).getName(0).toString();
                String source = read(file);
                Matcher e = entity.matcher(source);
                if (e.find()) {
                    owners.put(e.group(1), module);
                }
                Matcher t = table.matcher(source);
                while (t.find()) {
                    owners.put(t.group(1), module);
                }
            });
        }
        return owners;
    }

    /** The text of each statement: string literals joined per statement, those that read like a query. */
    private static List<String> queries(String source) {
        List<String> queries = new ArrayList<>();
        for (String statement : source.split(";")) {
            StringBuilder text = new StringBuilder();
            Matcher literal = STRING.matcher(statement);
            while (literal.find()) {
                text.append(literal.group(1));
            }
            if (QUERY_WORD.matcher(text).find()) {
                queries.add(text.toString());
            }
        }
        return queries;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
