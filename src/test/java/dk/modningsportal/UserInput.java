package dk.modningsportal;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * Sets a field as a user would: only if it is shown, enabled and editable. Karibu 2.6's own
 * _setValue reflects into a Vaadin internal that Vaadin 25 changed, so the portal's tests use this.
 */
public final class UserInput {

    private UserInput() {
    }

    public static <V> void enter(HasValue<?, V> field, V value) {
        BasicUtilsKt._expectEditableByUser((Component) field);
        field.setValue(value);
    }
}
