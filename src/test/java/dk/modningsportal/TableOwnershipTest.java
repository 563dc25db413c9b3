package dk.modningsportal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

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
                for (String query : queries(read(file), "")) {
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

    /**
     * Nor does a query walk from its own entity into another module's: {@code n.workspace.id} is the module's own
     * column, {@code n.workspace.organisation.name} or {@code join n.workspace w} reads the other module's rows
     * behind its back. None is left from before (issue #26): a new one fails.
     */
    @Test
    void queriesDoNotWalkIntoAnotherModulesEntities() throws Exception {
        Map<String, Class<?>> entities = entityClasses();
        Set<String> walks = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String module = SOURCES.relativize(file).getName(0).toString();
                if (SEED_LOADERS.contains(module)) {
                    return;
                }
                String where = SOURCES.relativize(file).toString().replace(".java", "");
                for (String query : queries(read(file), " ")) {
                    for (String walk : walksOutOf(query, entities)) {
                        walks.add(where + ": " + walk);
                    }
                }
            });
        }
        assertThat(walks).as("query paths into another module's entity (ask its query API)").isEmpty();
    }

    private static final Pattern FROM = Pattern.compile("\\bfrom\\s+(\\w+)\\s+(?:as\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    /** A join, its alias optional (a fetch join often has none). */
    private static final Pattern JOIN = Pattern.compile("\\bjoin\\s+(?:fetch\\s+)?(\\w+)\\.(\\w+)"
            + "(?:\\s+(?:as\\s+)?(?!(?:where|join|left|inner|outer|order|group|on|with|and|or)\\b)(\\w+))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH = Pattern.compile("\\b(\\w+)((?:\\.\\w+)+)");

    /** Each walk in one query: "Entity.field → Target.next" (or "… (join)"), by the mapped fields' types. */
    private static Set<String> walksOutOf(String query, Map<String, Class<?>> entities) {
        Map<String, Class<?>> aliases = new HashMap<>();
        Matcher from = FROM.matcher(query);
        while (from.find()) {
            if (entities.containsKey(from.group(1))) {
                aliases.put(from.group(2), entities.get(from.group(1)));
            }
        }
        Set<String> walks = new TreeSet<>();
        boolean more = true;
        while (more) {
            more = false;
            Matcher join = JOIN.matcher(query);
            while (join.find()) {
                Class<?> owner = aliases.get(join.group(1));
                Class<?> target = owner == null ? null : associated(owner, join.group(2));
                if (target != null && crosses(owner, target)) {
                    walks.add(owner.getSimpleName() + "." + join.group(2) + " → " + target.getSimpleName() + " (join)");
                }
                String alias = join.group(3);
                if (target != null && alias != null && !aliases.containsKey(alias)) {
                    aliases.put(alias, target);
                    more = true;
                }
            }
        }
        Matcher path = PATH.matcher(query);
        while (path.find()) {
            Class<?> type = aliases.get(path.group(1));
            if (type == null) {
                continue;
            }
            String[] segments = path.group(2).substring(1).split("\\.");
            for (int i = 0; i < segments.length - 1; i++) {
                Class<?> target = associated(type, segments[i]);
                if (target == null) {
                    break;
                }
                if (crosses(type, target) && !segments[i + 1].equals("id")) {
                    walks.add(type.getSimpleName() + "." + segments[i] + " → " + target.getSimpleName() + "."
                            + segments[i + 1]);
                    break;
                }
                type = target;
            }
        }
        return walks;
    }

    /** The entity a mapped association field points at (a collection's element), or null. */
    private static Class<?> associated(Class<?> entity, String fieldName) {
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(fieldName);
                if (!(field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)
                        || field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class))) {
                    return null;
                }
                return field.getGenericType() instanceof ParameterizedType collection
                        ? (Class<?>) collection.getActualTypeArguments()[0] : field.getType();
            } catch (NoSuchFieldException notHere) {
                // declared on a superclass
            }
        }
        return null;
    }

    /** Into another module's entity, other than base's and the account that wrote a row. */
    private static boolean crosses(Class<?> from, Class<?> to) {
        String target = moduleOf(to);
        return !moduleOf(from).equals(target) && !target.equals("base") && !to.getSimpleName().equals("UserAccount");
    }

    private static String moduleOf(Class<?> type) {
        String rest = type.getPackageName().substring("dk.modningsportal.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Map<String, Class<?>> entityClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        Map<String, Class<?>> entities = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents("dk.modningsportal")) {
            Class<?> entity = ClassUtils.forName(candidate.getBeanClassName(), TableOwnershipTest.class.getClassLoader());
            entities.put(entity.getSimpleName(), entity);
        }
        return entities;
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
    private static List<String> queries(String source, String between) {
        List<String> queries = new ArrayList<>();
        for (String statement : source.split(";")) {
            StringBuilder text = new StringBuilder();
            Matcher literal = STRING.matcher(statement);
            while (literal.find()) {
                text.append(literal.group(1)).append(between);
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
