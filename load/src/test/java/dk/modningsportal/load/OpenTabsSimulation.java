package dk.modningsportal.load;

import static dk.modningsportal.load.Vaadin.closeTab;
import static dk.modningsportal.load.Vaadin.heartbeat;
import static dk.modningsportal.load.Vaadin.logIn;
import static dk.modningsportal.load.Vaadin.navigate;
import static dk.modningsportal.load.Vaadin.openPage;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens tabs and keeps them open, for measuring the heap each costs: people log in and open their workspace
 * ({@code view=workspace}, team members), the dashboard ({@code view=dashboard}, consultants) or the national
 * workshop board ({@code view=board}, consultants), in steps
 * ({@code steps=200,500,1000} tabs in all, a pause after each for the measurement). The number open is written
 * to {@code openedFile}; when {@code releaseFile} appears, half the tabs are closed as a browser closes them and
 * half simply vanish (no unload, no more heartbeats), so the portal must find and free them itself.
 */
public class OpenTabsSimulation extends Simulation {

    private static final String VIEW = System.getProperty("view", "workspace");
    private static final Path OPENED = Path.of(System.getProperty("openedFile", "target/opened"));
    private static final Path RELEASE = Path.of(System.getProperty("releaseFile", "target/release"));
    private static final AtomicInteger opened = new AtomicInteger();

    private static ChainBuilder counted() {
        return exec(session -> {
            int now = opened.incrementAndGet();
            try {
                synchronized (OPENED) {
                    Files.writeString(OPENED, Integer.toString(Math.max(now, opened.get())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return session.set("lastBeat", System.currentTimeMillis());
        });
    }

    private final ScenarioBuilder tabs = scenario("open " + VIEW)
            .exec(session -> session.set("username", !VIEW.equals("workspace")
                    ? "konsulent." + (1 + ThreadLocalRandom.current().nextInt(2))
                    : "k" + (1 + ThreadLocalRandom.current().nextInt(98)) + ".bruger"
                            + (3 + ThreadLocalRandom.current().nextInt(16))))
            .exec(logIn())
            .doSwitch(session -> VIEW).on(
                    onCase("dashboard").then(openPage("dashboard", session -> "dashboard")),
                    // The national project's workshop board.
                    onCase("board").then(openPage("workshop board", session -> "maturation/workshop/1")))
            .doIf(session -> VIEW.equals("workspace")).then(exec(openPage("home", session -> ""))
                    .exec(session -> session.set("workspace", Vaadin.workspaceFrom(session)))
                    .exec(navigate("workspace", session -> "workspace/" + session.getString("workspace"))))
            .exec(counted())
            // Open and in use until released: the browser's heartbeat (the portal is started with one every 20 s)
            // and a message now and then, as a person's tab sends (the session ends a minute after the last).
            .asLongAs(session -> !Files.exists(RELEASE)).on(exec(session -> session).pause(Duration.ofSeconds(2))
                    .doIf(session -> session.getLong("lastBeat") < System.currentTimeMillis() - 15_000)
                    .then(exec(heartbeat()).exec(Vaadin.uidl("in use", session -> ""))
                            .exec(session -> session.set("lastBeat", System.currentTimeMillis()))))
            .doIf(session -> session.userId() % 2 == 0).then(closeTab());

    {
        List<Integer> steps = Arrays.stream(System.getProperty("steps", "200,500,1000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        List<OpenInjectionStep> injection = new ArrayList<>();
        int before = 0;
        for (int total : steps) {
            int more = total - before;
            // Logging in costs a password check each: five a second leave the portal's core room.
            injection.add(rampUsers(more).during(Duration.ofSeconds(Math.max(10, more / 5))));
            injection.add(nothingFor(Duration.ofSeconds(30)));
            before = total;
        }
        setUp(tabs.injectOpen(injection.toArray(OpenInjectionStep[]::new))
                .protocols(http.baseUrl(System.getProperty("baseUrl", "http://localhost:8095"))
                        .acceptLanguageHeader("da-DK,da;q=0.9").disableCaching()));
    }
}
