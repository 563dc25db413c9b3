package dk.modningsportal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dk.modningsportal.base.ui.LayoutContribution;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.Role;
import java.util.List;
import java.util.Map;

/** The search field at the start of every page's top bar, for everyone who reads content. */
@org.springframework.stereotype.Component
class SearchContribution implements LayoutContribution {

    private final CurrentUser currentUser;

    SearchContribution(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> topBarStart() {
        if (currentUser.get().filter(user -> user.role() != Role.ADMIN).isEmpty()) {
            return List.of();
        }
        TextField field = new TextField();
        field.setPlaceholder(field.getTranslation("search.placeholder"));
        field.setAriaLabel(field.getTranslation("search.label"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setId("top-search");
        field.addClassName("portal-top-search");
        field.addKeyPressListener(Key.ENTER, e -> {
            String words = field.getValue().strip();
            if (!words.isEmpty()) {
                UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", words)));
                field.clear();
            }
        });
        return List.of(field);
    }
}
