package dk.modningsportal.meeting;

import dk.modningsportal.base.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Who of a meeting's invited attended (their account ids), and how many others came by kind. */
@Entity
@Table(name = "meeting_attendance")
class MeetingAttendance extends TrackedEntity {

    @Column(name = "meeting_id", nullable = false, unique = true)
    private long meetingId;

    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "attendance_id"))
    @Column(name = "user_id")
    private Set<Long> attendeeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_guests", joinColumns = @JoinColumn(name = "attendance_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "guest_kind")
    @Column(name = "guests")
    private Map<GuestKind, Integer> guests = new EnumMap<>(GuestKind.class);

    protected MeetingAttendance() {
    }

    MeetingAttendance(long meetingId) {
        this.meetingId = meetingId;
    }

    void record(Set<Long> attended, Map<GuestKind, Integer> others) {
        attendeeIds.clear();
        attendeeIds.addAll(attended);
        guests.clear();
        others.forEach((kind, count) -> {
            if (count != null && count > 0) {
                guests.put(kind, count);
            }
        });
    }

    long getMeetingId() {
        return meetingId;
    }

    Set<Long> getAttendeeIds() {
        return attendeeIds;
    }

    Map<GuestKind, Integer> getGuests() {
        return guests;
    }
}
