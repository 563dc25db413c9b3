package dk.modningsportal.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

    @Query("select a from MeetingAttendance a where a.meetingId = :meetingId")
    Optional<MeetingAttendance> findOf(long meetingId);

    @Query("select a from MeetingAttendance a where a.meetingId in "
            + "(select m.id from Meeting m where m.projectId = :projectId)")
    List<MeetingAttendance> findOfProject(long projectId);
}
