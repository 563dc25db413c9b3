package dk.modningsportal.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** How many people have the portal open on this node: Vaadin sessions and open browser tabs (UIs). */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    SessionMetrics(MeterRegistry meters) {
        Gauge.builder("portal.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this node").register(meters);
        Gauge.builder("portal.vaadin.uis", uis, AtomicInteger::get)
                .description("Open browser tabs (Vaadin UIs) on this node").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}
