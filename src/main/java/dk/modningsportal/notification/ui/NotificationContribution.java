package dk.modningsportal.notification.ui;

import com.vaadin.flow.component.Component;
import dk.modningsportal.base.ui.LayoutContribution;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.Role;
import java.util.List;

/** The bell in every page's top bar, for everyone who works with content (administrators get no notifications). */
@org.springframework.stereotype.Component
class NotificationContribution implements LayoutContribution {

    private final NotificationService notifications;
    private final ChangeBus bus;
    private final CurrentUser currentUser;

    NotificationContribution(NotificationService notifications, ChangeBus bus, CurrentUser currentUser) {
        this.notifications = notifications;
        this.bus = bus;
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> topBarActions() {
        return currentUser.get().filter(user -> user.role() != Role.ADMIN)
                .<List<Component>>map(user -> List.of(new NotificationBell(notifications, bus, user.id())))
                .orElse(List.of());
    }
}
