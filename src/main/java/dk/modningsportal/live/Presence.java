package dk.modningsportal.live;

import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Who has a place (a workspace, a workshop board) open right now, on this node. Each open view is one
 * visit; a person with two tabs open counts once.
 */
@Component
public class Presence {

    public record Visitor(long userId, String name) {
    }

    private record Watcher(Consumer<List<Visitor>> listener) {
    }

    private final Map<String, Map<Object, Visitor>> visits = new ConcurrentHashMap<>();
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();

    /** Enters the place; the listener hears who is there now, at once and at every change, until it leaves. */
    public Registration enter(String place, Visitor visitor, Consumer<List<Visitor>> listener) {
        Object visit = new Object();
        Watcher watcher = new Watcher(listener);
        visits.computeIfAbsent(place, k -> new ConcurrentHashMap<>()).put(visit, visitor);
        watchers.computeIfAbsent(place, k -> ConcurrentHashMap.newKeySet()).add(watcher);
        changed(place);
        return () -> {
            visits.getOrDefault(place, Map.of()).remove(visit);
            watchers.getOrDefault(place, Set.of()).remove(watcher);
            changed(place);
        };
    }

    public List<Visitor> at(String place) {
        return visits.getOrDefault(place, Map.of()).values().stream().distinct()
                .sorted(Comparator.comparing(Visitor::name)).toList();
    }

    private void changed(String place) {
        List<Visitor> now = at(place);
        watchers.getOrDefault(place, Set.of()).forEach(w -> w.listener().accept(now));
    }
}
