package dk.modningsportal.plan;

import java.time.LocalDate;

/**
 * A plan activity's title or day was changed. What another module keeps of it follows (a maturation workshop
 * is held on its plan activity's day): the plan is where a date is set.
 */
public record PlanActivityChanged(long activityId, String title, LocalDate startsOn) {
}
