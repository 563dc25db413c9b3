package dk.modningsportal.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.notification.NotificationService;

/** The bell in the top bar with the number of unread notifications, kept current through push. */
public class NotificationBell extends Button {

    final Span count = new Span();
    private final NotificationService notifications;

    NotificationBell(NotificationService notifications, ChangeBus bus, long userId) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("notification-bell");
        count.addClassNames("portal-badge", "unread-count");
        setSuffixComponent(count);
        addClickListener(e -> UI.getCurrent().navigate(NotificationsView.class));
        update();
        LiveRefresh.whileAttached(this, bus, change -> change.isFor(userId), this::update);
    }

    void update() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notification.bell", unread));
        setTooltipText(getTranslation("notification.bell", unread));
    }

    /** The unread count as shown ("" when none), for tests. */
    public String shown() {
        return count.isVisible() ? count.getText() : "";
    }
}
