package dk.modningsportal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Across modules, ids, not entities: an entity's association to another module's entity binds the two modules'
 * data together (one changes, the other's queries and cascades change with it). None is left (issue #26): a new one
 * fails. Associations to {@code base} (what every module shares) are not counted.
 */
class CrossModuleAssociationsTest {

    @Test
    void no_entity_holds_another_modules_entity() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(MappedSuperclass.class));
        Set<String> found = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("dk.modningsportal")) {
            Class<?> entity = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Field field : entity.getDeclaredFields()) {
                if (!(field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)
                        || field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class))) {
                    continue;
                }
                Class<?> target = field.getType();
                if (field.getGenericType() instanceof ParameterizedType collection) {
                    target = (Class<?>) collection.getActualTypeArguments()[0];
                }
                String from = module(entity);
                String to = module(target);
                if (!from.equals(to) && !to.equals("base")) {
                    found.add(from + "." + entity.getSimpleName() + "." + field.getName() + " → " + to + "."
                            + target.getSimpleName());
                }
            }
        }
        assertThat(found).as("cross-module associations (keep another module's row by its id)").isEmpty();
    }

    private static String module(Class<?> type) {
        String rest = type.getPackageName().substring("dk.modningsportal.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
