package dk.modningsportal.meeting;

import dk.modningsportal.base.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One interview of a case visit: when, with whom of the organisation's staff, and the room its project leader confirmed. */
@Entity
@Table(name = "interview_slot")
class InterviewSlot extends TrackedEntity {

    static final int ROOM_MAX = 200;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "interviewee_id")
    private Long intervieweeId;

    @Column(name = "room", length = ROOM_MAX)
    private String room;

    @Column(name = "confirmed_by_id")
    private Long confirmedById;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected InterviewSlot() {
    }

    InterviewSlot(long meetingId, Instant startsAt, int durationMinutes, Long intervieweeId) {
        this.meetingId = meetingId;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.intervieweeId = intervieweeId;
    }

    void confirm(String confirmedRoom, long by, Instant at) {
        room = confirmedRoom;
        confirmedById = by;
        confirmedAt = at;
    }

    long getMeetingId() {
        return meetingId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    Long getIntervieweeId() {
        return intervieweeId;
    }

    String getRoom() {
        return room;
    }

    Long getConfirmedById() {
        return confirmedById;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }
}
