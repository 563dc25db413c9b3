package dk.modningsportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each capability is a module: others may use only its top-level package (services, events,
 * small records) and the named interfaces it opens; its repositories, other sub-packages and
 * package-private types are internal. Each module says which modules it may use, so a new dependency is a
 * decision made in its {@code package-info.java}. Fails the build on a cycle, a reach into internals, a
 * dependency not declared, or a {@code docs/modules} that no longer shows the code.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("docs/modules");
    static final Pattern RELATION_LABEL = Pattern.compile("^(\\s*Rel\\([^,]+, [^,]+), \"[^\"]*\".*$");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void every_module_declares_the_modules_it_may_use() {
        assertThat(MODULES.stream()).allSatisfy(module -> {
            String packageName = module.getBasePackage().getName();
            ApplicationModule declared = Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on %s's package-info", module.getIdentifier()).isNotNull();
            assertThat(declared.allowedDependencies()).as("%s's allowedDependencies", module.getIdentifier())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    /** Writes the documentation and fails when what was committed differed: commit the rewritten files. */
    @Test
    void the_module_documentation_is_current() throws IOException {
        Map<String, String> before = read();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(read()).as("docs/modules was out of date and has been rewritten: commit it").isEqualTo(before);
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(DOCS)) {
            try (Stream<Path> paths = Files.list(DOCS)) {
                for (Path path : paths.toList()) {
                    // The Documenter writes a diagram's relations and a canvas's lists in no fixed order (a list's
                    // first entry carries the table's "|"), and names a pair of modules with several kinds of
                    // dependency by whichever it meets first ("uses", "depends on"): compare what is listed and
                    // which modules relate, not the order or the label.
                    files.put(path.getFileName().toString(), String.join("\n", Files.readAllLines(path).stream()
                            .map(line -> RELATION_LABEL.matcher(line).replaceFirst("$1"))
                            .map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                            .distinct().sorted().toList()));
                }
            }
        }
        return files;
    }
}
