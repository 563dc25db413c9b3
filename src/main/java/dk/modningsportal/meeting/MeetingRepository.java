package dk.modningsportal.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m "
            + "where m.activityId = :activityId and (m.organisationId = :organisationId "
            + "or (m.organisationId is null and :organisationId is null))")
    Optional<Meeting> findOf(long activityId, Long organisationId);

    @Query("select m from Meeting m "
            + "where m.id = :id")
    Optional<Meeting> findWithDetails(long id);

    @Query("select i from AgendaItem i join fetch i.meeting m "
            + "where i.id = :id")
    Optional<AgendaItem> findItem(long id);

    @Query("select o from MeetingOutcome o join fetch o.item i join fetch i.meeting m "
            + "where o.id = :id")
    Optional<MeetingOutcome> findOutcome(long id);

    /** Open follow-ups for people of the organisation, from published minutes of the project. */
    @Query("select o from MeetingOutcome o join fetch o.item i join fetch i.meeting m "
            + "where m.projectId = :projectId and o.responsibleId in :people "
            + "and o.kind = dk.modningsportal.meeting.OutcomeKind.FOLLOW_UP and o.done = false "
            + "and m.status = dk.modningsportal.meeting.Meeting.Status.PUBLISHED order by o.dueDate")
    List<MeetingOutcome> findOpenFollowUps(long projectId, java.util.Collection<Long> people);

    /** The project's meetings with their activities and organisations, by date. */
    @Query("select m from Meeting m "
            + "where m.projectId = :projectId order by m.startsAt")
    List<Meeting> findOfProject(long projectId);
}
