package dk.modningsportal.trialaction.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** Lets another capability show something under a trial action (its comment thread) without this package knowing it. */
@NamedInterface("ui")
public interface TrialActionAddition {

    Optional<Component> forTrialAction(long trialActionId, long workspaceId);
}
