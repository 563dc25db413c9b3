package dk.modningsportal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin Flow's client-server protocol as a browser speaks it: the page, the {@code ?v-r=init} bootstrap,
 * then UIDL messages carrying the UI's CSRF token, the server's last {@code syncId} and {@code clientId},
 * events on state-tree nodes and property changes. Components are found by their {@code id} attribute in
 * the server's changes (the portal gives the ones scenarios touch stable ids), so a scenario survives
 * layout changes. Grids are answered as the browser's connector answers them ({@code confirmUpdate}) and
 * paged with {@code setViewportRange}.
 */
final class Vaadin {

    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("^\\{\"clientId\":(\\d+)");
    private static final Pattern ID_ATTRIBUTE =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]+)\"\\}");
    private static final Pattern GRID_CONFIRM =
            Pattern.compile("\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"");
    private static final Pattern GRID_ROWS = Pattern.compile("\\{\"@v-node\":(\\d+)\\},\\d+,\\[");
    private static final String GRID_ROWS_END = "],\"return $0.$connector.set($1,$2)\"";
    private static final Pattern GRID_SIZE =
            Pattern.compile("\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.updateSize\\(\\$1\\)\"");
    private static final Pattern ITEM_KEY = Pattern.compile("\"key\":\"(\\d+)\"");
    private static final Pattern WORKSPACE = Pattern.compile("\"(?:route|href|value)\":\"workspace/(\\d+)");
    /** What a browser's click carries; the server reads only some of it. */
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":300,\"event.clientY\":400,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":480,\"event.screenX\":310}";

    static final String PASSWORD = "demo";

    private Vaadin() {
    }

    /** The login form: the page gives Spring Security's token, the form posts it with name and password. */
    static ChainBuilder logIn() {
        return exec(http(Phase.name("login page", Phase.LOGIN)).get("/login")
                        .check(status().is(200), css("meta[name='_csrf']", "content").saveAs("loginCsrf")))
                .exec(http(Phase.name("login", Phase.LOGIN)).post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{loginCsrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").not("/login?error")));
    }

    /** A page opened by its address: the HTML, the bootstrap with the UI's id and token, then the route. */
    static ChainBuilder openPage(String name, Function<Session, String> route) {
        return exec(session -> session.set("route", route.apply(session)).set("historyIndex", 0))
                .exec(http(Phase.name(name + " page", Phase.PAGE)).get("/#{route}").check(status().is(200)))
                .exec(http(Phase.name(name + " init", Phase.PAGE)).get(session -> "/?v-r=init&location="
                                + URLEncoder.encode(session.getString("route"), StandardCharsets.UTF_8) + "&query=")
                        .check(status().is(200),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                                bodyString().saveAs("response")))
                .exec(session -> received(session.set("syncId", 0).set("clientId", 0).set("nodes", Map.of()),
                        "init"))
                .exec(uidl(name, session -> navigateRpc(session.getString("route"), 0, "")));
    }

    /** Moves to another view inside the same tab, as a link or menu item does. */
    static ChainBuilder navigate(String name, Function<Session, String> route) {
        return exec(session -> session.set("route", route.apply(session))
                        .set("historyIndex", session.getInt("historyIndex") + 1))
                .exec(uidl(name, session -> navigateRpc(session.getString("route"),
                        session.getInt("historyIndex"), "client")));
    }

    /** Types a value into a field (found by id) and leaves it, which commits it. */
    static ChainBuilder setValue(String name, String componentId, Function<Session, String> value) {
        return uidl(name, session -> {
            int node = node(session, componentId);
            return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                    + json(value.apply(session)) + "},{\"type\":\"event\",\"node\":" + node
                    + ",\"event\":\"change\",\"data\":{}}";
        });
    }

    static ChainBuilder click(String name, String componentId) {
        return uidl(name, session -> "{\"type\":\"event\",\"node\":" + node(session, componentId)
                + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}");
    }

    /** Clicks one of the rows the grid has shown (its item keys come with the rows). */
    static ChainBuilder clickRow(String name, String gridId) {
        return uidl(name, session -> {
            List<String> keys = session.<List<String>>getMap("rows")
                    .getOrDefault(String.valueOf(node(session, gridId)), List.of());
            if (keys.isEmpty()) {
                throw new IllegalStateException("The grid " + gridId + " showed no rows");
            }
            String key = keys.get(Math.floorMod(session.userId(), keys.size()));
            return "{\"type\":\"event\",\"node\":" + node(session, gridId) + ",\"event\":\"item-click\",\"data\":{"
                    + "\"event.detail.screenY\":574,\"event.detail.metaKey\":false,\"event.detail.button\":0,"
                    + "\"event.detail.shiftKey\":false,\"event.detail.screenX\":722,\"event.detail.itemKey\":\""
                    + key + "\",\"event.detail.internalColumnId\":\"col1\",\"event.detail.altKey\":false,"
                    + "\"event.detail.clientX\":712,\"event.detail.detail\":1,\"event.detail.clientY\":477,"
                    + "\"event.detail.ctrlKey\":false}}";
        });
    }

    /**
     * Scrolls a grid to the given row, or stays on the first page when it has fewer rows: its connector asks
     * for the page around them.
     */
    static ChainBuilder scrollGrid(String name, String gridId, int firstRow) {
        return uidl(name, session -> {
            int node = node(session, gridId);
            int size = session.<Integer>getMap("sizes").getOrDefault(String.valueOf(node), 0);
            return "{\"type\":\"publishedEventHandler\",\"node\":" + node
                    + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":["
                    + (size > firstRow ? firstRow : 0) + ",50],\"promise\":0}";
        });
    }

    /** What the browser sends when the tab is closed (a beacon; the server closes the UI). */
    static ChainBuilder closeTab() {
        return exec(http(Phase.name("close tab", Phase.UIDL)).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf")
                        + "\",\"rpc\":[],\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + ",\"UNLOAD\":true}"))
                .check(status().is(200)));
    }

    /** The browser's heartbeat, every few minutes while the tab is open. */
    static ChainBuilder heartbeat() {
        return exec(http(Phase.name("heartbeat", Phase.UIDL)).post("/?v-r=heartbeat&v-uiId=#{uiId}").check(status().is(200)));
    }

    /**
     * One UIDL message, then what the browser does with the answer: remember the ids, and confirm grid updates
     * in a message of its own right away, as the grid connector does.
     */
    static ChainBuilder uidl(String name, Function<Session, String> rpc) {
        return exec(http(Phase.name(name, Phase.UIDL)).post("/?v-r=uidl&v-uiId=#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> message(session, rpc.apply(session))))
                        .check(status().is(200),
                                // An unexpected error shows its code ("fejlkode"), an ended session says so.
                                substring("sessionExpired").notExists(),
                                substring("appError").notExists(),
                                substring("fejlkode").notExists(),
                                substring("Fejlkode").notExists(),
                                // A form refused: the scenario typed something the portal does not take.
                                substring("Udfyld feltet").notExists(),
                                bodyString().saveAs("response")))
                .exec(session -> received(session, name))
                .doIf(session -> !session.getList("confirms").isEmpty())
                .then(exec(http(Phase.name(name + " (grid confirm)", Phase.UIDL)).post("/?v-r=uidl&v-uiId=#{uiId}")
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(StringBody(session -> message(session, String.join(",",
                                        session.<String>getList("confirms")))))
                                .check(status().is(200), bodyString().saveAs("response")))
                        .exec(session -> received(session.set("confirms", List.of()), name)));
    }

    /** The server's node for a component id, from the changes seen so far. */
    static int node(Session session, String componentId) {
        Map<String, Integer> nodes = session.getMap("nodes");
        Integer node = nodes.get(componentId);
        if (node == null) {
            throw new IllegalStateException("No component with id '" + componentId + "' on " + session.getString("route"));
        }
        return node;
    }

    /** The first workspace the last answer links to or navigated to. */
    static String workspaceFrom(Session session) {
        Matcher m = WORKSPACE.matcher(session.getString("response"));
        if (!m.find()) {
            throw new IllegalStateException("No workspace in the answer to " + session.getString("route"));
        }
        return m.group(1);
    }

    private static Session received(Session session, String name) {
        String body = session.getString("response");
        Matcher sync = SYNC_ID.matcher(body);
        Integer syncId = null;
        while (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        Matcher client = CLIENT_ID.matcher(body);
        Session next = session;
        if (syncId != null) {
            next = next.set("syncId", syncId);
        }
        if (client.find()) {
            next = next.set("clientId", Integer.parseInt(client.group(1)));
        }
        Map<String, Integer> nodes = new HashMap<>(next.getMap("nodes"));
        Matcher ids = ID_ATTRIBUTE.matcher(body);
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
        }
        List<String> confirms = new ArrayList<>();
        Matcher grid = GRID_CONFIRM.matcher(body);
        while (grid.find()) {
            confirms.add("{\"type\":\"publishedEventHandler\",\"node\":" + grid.group(1)
                    + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + grid.group(2)
                    + "],\"promise\":0}");
        }
        // The rows each grid was sent, by their item keys (what a click on a row names).
        Map<String, List<String>> rows = new HashMap<>(next.contains("rows") ? next.<List<String>>getMap("rows") : Map.of());
        Matcher start = GRID_ROWS.matcher(body);
        while (start.find()) {
            int end = body.indexOf(GRID_ROWS_END, start.end());
            if (end < 0) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            Matcher key = ITEM_KEY.matcher(body.substring(start.end(), end));
            while (key.find()) {
                keys.add(key.group(1));
            }
            if (!keys.isEmpty()) {
                rows.put(start.group(1), keys);
            }
        }
        Map<String, Integer> sizes = new HashMap<>(next.contains("sizes") ? next.<Integer>getMap("sizes") : Map.of());
        Matcher size = GRID_SIZE.matcher(body);
        while (size.find()) {
            sizes.put(size.group(1), Integer.parseInt(size.group(2)));
        }
        return next.set("nodes", nodes).set("confirms", confirms).set("rows", rows).set("sizes", sizes);
    }

    private static String message(Session session, String rpc) {
        return "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":[" + rpc + "],\"syncId\":"
                + session.getInt("syncId") + ",\"clientId\":" + session.getInt("clientId") + "}";
    }

    private static String navigateRpc(String route, int historyIndex, String trigger) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + json(route)
                + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + historyIndex
                + "},\"trigger\":\"" + trigger + "\"}}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
