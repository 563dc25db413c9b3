package dk.modningsportal.live.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import dk.modningsportal.live.Presence;
import dk.modningsportal.live.Presence.Visitor;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/** "Also here now: …": the other people who have the same place open, kept current through push. */
@NamedInterface("ui")
public class PresenceIndicator extends Span {

    public PresenceIndicator(Presence presence, String place, Visitor me) {
        addClassNames("portal-badge", "presence");
        setVisible(false);
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration visit = presence.enter(place, me, visitors -> ui.access(() -> show(visitors, me)));
            addDetachListener(detach -> {
                visit.remove();
                detach.unregisterListener();
            });
        });
    }

    private void show(List<Visitor> visitors, Visitor me) {
        List<String> others = visitors.stream().filter(v -> v.userId() != me.userId()).map(Visitor::name).distinct()
                .toList();
        setVisible(!others.isEmpty());
        setText(getTranslation("presence.alsoHere", others.stream().collect(Collectors.joining(", "))));
    }

    /** The indicator for the signed-in user at a place, e.g. "workspace:12". */
    public static PresenceIndicator forViewer(Presence presence, CurrentUser currentUser, String place) {
        PortalUser user = currentUser.require();
        return new PresenceIndicator(presence, place, new Visitor(user.id(), user.displayName()));
    }

    /** The text shown, for tests. */
    public String shown() {
        return isVisible() ? getText() : "";
    }
}
