package dk.modningsportal.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.modulith.NamedInterface;

/**
 * Re-reads a view when a change it shows is committed elsewhere, through server push. The refresh runs
 * as the view's own user (the security context captured when the view was attached), so the services
 * apply that user's rights, not those of whoever made the change.
 */
@NamedInterface("ui")
public final class LiveRefresh {

    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-refresh-later").factory());

    private LiveRefresh() {
    }

    public static void whileAttached(Component view, ChangeBus bus, Predicate<Change> interest, Runnable refresh) {
        whileAttached(view, bus, interest, Duration.ZERO, refresh);
    }

    /**
     * As above, but at most once per {@code quiet}: the first change schedules one refresh, and the changes
     * arriving before it runs are covered by it. For expensive views (the dashboard) that many writers
     * change at once.
     */
    public static void whileAttached(Component view, ChangeBus bus, Predicate<Change> interest, Duration quiet,
            Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SecurityContext viewer = SecurityContextHolder.getContext();
            Runnable asViewer = () -> ui.access(() -> {
                // A change queued while the view was still open may run after it closed (a dialog deleting its
                // own subject): a closed view has nothing to refresh, and its subject may be gone.
                if (!view.isAttached()) {
                    return;
                }
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(viewer);
                try {
                    refresh.run();
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            });
            // Changes arriving while a refresh is still waiting for the session (a busy tab) are covered by it.
            AtomicBoolean pending = new AtomicBoolean();
            Registration subscription = bus.subscribe(interest, change -> {
                if (quiet.isZero()) {
                    if (pending.compareAndSet(false, true)) {
                        ui.access(() -> pending.set(false));
                        asViewer.run();
                    }
                } else if (pending.compareAndSet(false, true)) {
                    LATER.schedule(() -> {
                        pending.set(false);
                        asViewer.run();
                    }, quiet.toMillis(), TimeUnit.MILLISECONDS);
                }
            });
            view.addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }
}
