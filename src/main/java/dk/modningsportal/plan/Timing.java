package dk.modningsportal.plan;

/** How exactly an activity's time is known: a day, or only its month or quarter while not yet fixed. */
public enum Timing {
    DAY, MONTH, QUARTER
}
