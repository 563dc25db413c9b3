package dk.modningsportal.project.ui;

import dk.modningsportal.project.WorkspaceRoutes;
import com.vaadin.flow.router.BeforeEnterEvent;
import dk.modningsportal.base.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** Reads ids from the address; a malformed id reads as "not found" rather than a crash. */
@NamedInterface("ui")
public final class RouteIds {

    private RouteIds() {
    }

    public static long workspaceId(BeforeEnterEvent event) {
        return id(event, WorkspaceRoutes.WORKSPACE_ID, "error.workspaceRefused");
    }

    public static long id(BeforeEnterEvent event, String name, String messageKey) {
        return event.getRouteParameters().getLong(name)
                .orElseThrow(() -> new NotFoundException(messageKey, "Malformed " + name));
    }
}
