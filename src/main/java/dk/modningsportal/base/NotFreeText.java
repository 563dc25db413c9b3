package dk.modningsportal.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A stored text that no person writes (a hash, a key, a type): {@link FreeTextGuard} leaves it alone. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotFreeText {
}
