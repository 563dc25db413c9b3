package dk.modningsportal.project.ui;

import com.vaadin.flow.server.VaadinService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The workspace's sections as the capabilities contribute them, in the band's order. */
@Component
class WorkspaceSections {

    private final Map<WorkspaceHeader.Section, WorkspaceSection> sections = new EnumMap<>(WorkspaceHeader.Section.class);

    WorkspaceSections(List<WorkspaceSection> contributed) {
        contributed.forEach(s -> sections.put(s.section(), s));
    }

    /** The section's address in the workspace, or null when no capability contributes it. */
    String href(WorkspaceHeader.Section section, long workspaceId) {
        WorkspaceSection contributed = sections.get(section);
        return contributed == null ? null : contributed.href(workspaceId);
    }

    /** The application's sections, for a header that Spring does not create. */
    static WorkspaceSections current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(WorkspaceSections.class);
    }
}
