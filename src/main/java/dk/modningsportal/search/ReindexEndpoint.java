package dk.modningsportal.search;

import java.time.Duration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * Rebuilds this node's search index from the database ({@code ./portal reindex}, on the management port). Each
 * node has its own index: behind a load balancer, ask each node.
 */
@Component
@Endpoint(id = "reindex")
class ReindexEndpoint {

    private final SearchIndexReplay index;

    ReindexEndpoint(SearchIndexReplay index) {
        this.index = index;
    }

    @WriteOperation
    public String reindex() {
        Duration took = index.rebuild();
        return "Search index rebuilt in " + took.toMillis() / 1000.0 + " s";
    }
}
