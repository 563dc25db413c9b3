package dk.modningsportal.project.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The workspace the user last opened in this session, so quick capture knows where a note belongs. */
@NamedInterface("ui")
public final class CurrentWorkspace {

    private static final String ATTRIBUTE = CurrentWorkspace.class.getName();

    private CurrentWorkspace() {
    }

    public static void remember(long workspaceId) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, workspaceId);
        }
    }

    public static Optional<Long> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(ATTRIBUTE));
    }
}
