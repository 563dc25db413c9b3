package dk.modningsportal.maturation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a project's workshops are held, for other modules' figures (the dashboard's "new since the last
 * workshop"). Dates only: no access check, the calling service has checked the person follows the project.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopDates {

    private final MaturationRepository workshops;

    WorkshopDates(MaturationRepository workshops) {
        this.workshops = workshops;
    }

    /** The latest workshop of the project held on or before the day. */
    public Optional<LocalDate> lastHeldOnOrBefore(long projectId, LocalDate day) {
        return workshops.findLastHeldOnOrBefore(projectId, day);
    }
}
