package dk.modningsportal.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import java.util.function.Predicate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Re-reads a view when a change it shows is committed elsewhere, through server push. The refresh runs
 * as the view's own user (the security context captured when the view was attached), so the services
 * apply that user's rights, not those of whoever made the change.
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    public static void whileAttached(Component view, ChangeBus bus, Predicate<Change> interest, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SecurityContext viewer = SecurityContextHolder.getContext();
            Registration subscription = bus.subscribe(interest, change -> ui.access(() -> {
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(viewer);
                try {
                    refresh.run();
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            }));
            view.addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }
}
