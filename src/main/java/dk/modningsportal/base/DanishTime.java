package dk.modningsportal.base;

import java.time.ZoneId;

/** The portal's time zone: Danish time, for days, months, quarters and the hours people read. */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DanishTime() {
    }
}
