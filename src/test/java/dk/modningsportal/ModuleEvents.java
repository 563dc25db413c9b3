package dk.modningsportal;

import java.time.Duration;
import dk.modningsportal.live.ChangeBus;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * For tests that commit: waits until the module events' listeners have done their work after the commit, and the
 * live-update bus has told the open screens (which then refresh at the next round trip).
 */
public final class ModuleEvents {

    private ModuleEvents() {
    }

    /** Until the live-update bus has told every subscriber of what it was handed (at most ten seconds). */
    public static void awaitDelivered(ChangeBus bus) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!bus.isIdle()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Live changes still being delivered after ten seconds");
            }
            pause();
        }
    }

    /** Until no event publication is left incomplete and no listener is still running (at most ten seconds). */
    public static void awaitDone(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ThreadPoolTaskExecutor listeners = context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Integer open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                    Integer.class);
            if (open == 0 && listeners.getActiveCount() == 0 && listeners.getThreadPoolExecutor().getQueue().isEmpty()
                    && context.getBean(ChangeBus.class).isIdle()) {
                return;
            }
            pause();
        }
        throw new AssertionError("Module events still being handled after ten seconds");
    }

    /** A short wait that leaves the cores to the listeners being waited for (two on CI). */
    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for module events", e);
        }
    }
}
