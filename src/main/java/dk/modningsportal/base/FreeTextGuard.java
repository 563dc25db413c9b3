package dk.modningsportal.base;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place no CPR number gets past: a default entity listener (META-INF/orm.xml) that checks every
 * text of every entity before it is inserted or updated, whatever form, import or file name it came from.
 * Services still check their fields first, so a person sees the message by the field; this refuses what
 * any of them missed. It also drops control characters and bidirectional overrides from every text.
 */
public class FreeTextGuard {

    private static final Map<Class<?>, List<Field>> TEXTS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void refuseCprNumbers(Object entity) {
        for (Field field : textsOf(entity.getClass())) {
            try {
                String text = (String) field.get(entity);
                String clean = TextRules.withoutControlCharacters(text);
                if (clean != null && !clean.equals(text)) {
                    field.set(entity, clean);
                }
                if (CprGuard.containsCprNumber(clean)) {
                    throw new ValidationFailedException(Map.of(field.getName(), TextRules.CPR));
                }
            } catch (IllegalAccessException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** The text fields of an entity class and its superclasses, except those marked {@link NotFreeText}. */
    public static List<Field> textsOf(Class<?> type) {
        return TEXTS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())
                            && !field.isAnnotationPresent(NotFreeText.class)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }
}
