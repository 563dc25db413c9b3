package dk.modningsportal.search;

import java.util.List;
import java.util.Map;

/**
 * The hits, how many there are of each kind in all, whether the index was complete (not being rebuilt), and
 * whether they match only some of the words (none matched them all).
 */
public record SearchResults(List<SearchHit> hits, Map<SearchKind, Long> countsByKind, long total, boolean complete,
        boolean someWords) {

    static SearchResults empty(boolean complete) {
        return new SearchResults(List.of(), Map.of(), 0, complete, false);
    }
}
