package dk.modningsportal.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewSlotRepository extends JpaRepository<InterviewSlot, Long> {

    @Query("select s from InterviewSlot s where s.meetingId = :meetingId order by s.startsAt, s.id")
    List<InterviewSlot> findOf(long meetingId);
}
