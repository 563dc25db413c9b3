package dk.modningsportal.load;

import static dk.modningsportal.load.Vaadin.click;
import static dk.modningsportal.load.Vaadin.clickRow;
import static dk.modningsportal.load.Vaadin.closeTab;
import static dk.modningsportal.load.Vaadin.logIn;
import static dk.modningsportal.load.Vaadin.navigate;
import static dk.modningsportal.load.Vaadin.openPage;
import static dk.modningsportal.load.Vaadin.scrollGrid;
import static dk.modningsportal.load.Vaadin.setValue;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Many people working in the portal at once, on the large generated data set (98 municipalities): each
 * simulated person logs in through the form, works in one tab for the level's time with a pause between steps
 * as people take, then closes the tab. In the proportions of a project: seven in ten team members (workspace,
 * trial actions paged and one opened, saved and commented, a note captured, notes paged), one in ten project
 * leaders (a self-evaluation answer), consultants (dashboard, workshop board paged) and local leaders
 * (dashboard).
 *
 * <p>System properties: {@code users} (concurrent people), {@code rampSeconds} (their arrival), {@code holdSeconds}
 * (all of them in), {@code baseUrl}, {@code pauseMinSeconds} and {@code pauseMaxSeconds} (a pause between steps is
 * drawn between them: 4–12 s for a busy hour, 10–50 s for an ordinary working day), {@code startFile}
 * ({@link Phase}), {@code stopAfterHold} (the run ends with the hold).
 */
public class PortalSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("users", 50);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 30));
    private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("holdSeconds", 90));
    private static final Duration PAUSE_MIN = Duration.ofSeconds(Integer.getInteger("pauseMinSeconds", 4));
    private static final Duration PAUSE_MAX = Duration.ofSeconds(Integer.getInteger("pauseMaxSeconds", 12));
    /** The large set's municipalities and their people: k{m}.bruger1 leads, bruger2 leads the project locally. */
    private static final int MUNICIPALITIES = 98;
    private static final int TEAM_MEMBERS_EACH = 16;

    private final HttpProtocolBuilder protocol = http
            .baseUrl(System.getProperty("baseUrl", "http://localhost:8095"))
            .acceptLanguageHeader("da-DK,da;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling (Modningsportalen load test)")
            .disableCaching();

    /** A pause somewhere in the model's range, as people differ. */
    private static ChainBuilder think() {
        return exec(session -> session).pause(PAUSE_MIN, PAUSE_MAX);
    }

    private static Session person(Session session, String username) {
        return session.set("username", username);
    }

    private static int municipality() {
        return ThreadLocalRandom.current().nextInt(MUNICIPALITIES) + 1;
    }

    private final ScenarioBuilder teamMembers = scenario("team member")
            .exec(session -> person(session, "k" + municipality() + ".bruger"
                    + (3 + ThreadLocalRandom.current().nextInt(TEAM_MEMBERS_EACH))))
            .exec(logIn())
            // A team member with one workspace lands in it.
            .exec(openPage("home", session -> ""))
            .exec(session -> session.set("workspace", Vaadin.workspaceFrom(session)))
            .during(working(), false).on(
                    think(),
                    navigate("trial actions", session -> "workspace/" + session.getString("workspace") + "/trial-actions"),
                    think(),
                    scrollGrid("trial actions page 2", "trial-actions", 50),
                    think(),
                    clickRow("open trial action", "trial-actions"),
                    think(),
                    setValue("trial action title", "trial-action-title",
                            session -> "Prøvehandling " + session.userId() + " · " + System.nanoTime() % 1000),
                    click("save trial action", "trial-action-save"),
                    think(),
                    setValue("comment text", "comment-text", session -> "Godt set, lad os tale om det på mødet."),
                    click("send comment", "comment-send"),
                    think(),
                    click("quick note", "quick-note"),
                    setValue("quick note text", "quick-note-summary",
                            session -> "Forældrene kom til mødet, da vi ringede dagen før."),
                    setValue("quick note kind", "quick-note-kind", session -> "1"),
                    click("save quick note", "quick-note-save"),
                    think(),
                    navigate("notes", session -> "workspace/" + session.getString("workspace") + "/notes"),
                    think(),
                    scrollGrid("notes page 2", "notes", 50),
                    think(),
                    navigate("workspace", session -> "workspace/" + session.getString("workspace")))
            .exec(closeTab());

    private final ScenarioBuilder projectLeaders = scenario("project leader")
            .exec(session -> person(session, "k" + municipality() + ".bruger2"))
            .exec(logIn())
            .exec(openPage("home", session -> ""))
            .exec(session -> session.set("workspace", Vaadin.workspaceFrom(session)))
            .during(working(), false).on(
                    think(),
                    navigate("self-evaluation", session -> "workspace/" + session.getString("workspace")
                            + "/self-evaluation"),
                    think(),
                    setValue("self-evaluation answer", "self-evaluation-reflections",
                            session -> "Vi har lært at tage forældrene med fra start. " + System.nanoTime() % 1000),
                    think(),
                    navigate("workspace", session -> "workspace/" + session.getString("workspace")))
            .exec(closeTab());

    private final ScenarioBuilder consultants = scenario("consultant")
            // The national project's two consultants follow every municipality's workspace.
            .exec(session -> person(session, "konsulent." + (1 + ThreadLocalRandom.current().nextInt(2))))
            .exec(logIn())
            .exec(openPage("dashboard", session -> "dashboard"))
            .during(working(), false).on(
                    think(),
                    navigate("workshop board", session -> "maturation/workshop/1"),
                    think(),
                    scrollGrid("workshop board page 2", "board-items-1", 50),
                    think(),
                    navigate("dashboard", session -> "dashboard"))
            .exec(closeTab());

    private final ScenarioBuilder leaders = scenario("leader")
            .exec(session -> person(session, "k" + municipality() + ".bruger1"))
            .exec(logIn())
            .exec(openPage("dashboard", session -> "dashboard"))
            .during(working(), false).on(
                    think(),
                    think(),
                    navigate("dashboard", session -> "dashboard"))
            .exec(closeTab());

    /** Each person works until everyone has been in for the hold time; the last to come leaves last. */
    private static Duration working() {
        return RAMP.plus(HOLD);
    }

    @Override
    public void before() {
        Phase.begin(RAMP, HOLD);
    }

    {
        int projectLeaderCount = Math.max(1, USERS / 10);
        int consultantCount = Math.max(1, USERS * 15 / 100);
        int leaderCount = Math.max(1, USERS / 20);
        int teamCount = USERS - projectLeaderCount - consultantCount - leaderCount;
        List<PopulationBuilder> populations = List.of(
                teamMembers.injectOpen(rampUsers(teamCount).during(RAMP)),
                projectLeaders.injectOpen(rampUsers(projectLeaderCount).during(RAMP)),
                consultants.injectOpen(rampUsers(consultantCount).during(RAMP)),
                leaders.injectOpen(rampUsers(leaderCount).during(RAMP)));
        // An ordinary day's level ends with its hold: its departure would take as long as its arrival.
        if (Boolean.getBoolean("stopAfterHold")) {
            setUp(populations).protocols(protocol).maxDuration(RAMP.plus(HOLD).plusSeconds(5));
        } else {
            setUp(populations).protocols(protocol);
        }
    }
}
