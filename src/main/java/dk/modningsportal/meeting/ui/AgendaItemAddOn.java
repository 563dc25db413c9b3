package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.Component;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What another module shows under an agenda item of a meeting (the teams' reflection presentations): a Spring bean
 * that makes a new component per item shown, reading through its own services with the reader's rights. The
 * meeting module knows nothing of what is shown.
 */
@NamedInterface("ui")
public interface AgendaItemAddOn {

    /** A component for this agenda item, or nothing when there is nothing to show the reader. */
    Optional<Component> forItem(MeetingDetails meeting, ItemRow item);
}
