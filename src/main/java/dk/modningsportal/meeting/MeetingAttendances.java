package dk.modningsportal.meeting;

import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.plan.PlanCriteria;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory.PersonInOrganisation;
import dk.modningsportal.security.UserDirectory.Reader;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance at meetings and competence-development days: an organiser ticks who of the invited came, during or
 * after the day, and how many others came by kind. Counted per organisation for the dashboard and the evaluation,
 * and the activity's attendance criteria ("Mindst 3 fra hver kommune") are ticked from it.
 */
@Service
@Transactional(readOnly = true)
public class MeetingAttendances {

    private static final Logger log = LoggerFactory.getLogger(MeetingAttendances.class);
    private static final int MAX_GUESTS = 10_000;

    public record Invitee(long id, String name, String organisation, boolean attended) {
    }

    public record OrganisationCount(String organisation, int invited, int attended) {
    }

    /** A meeting's attendance as stored (version -1: nothing recorded yet). */
    public record Attendance(long meetingId, long version, List<Invitee> invitees, Map<GuestKind, Integer> guests,
            boolean editable, boolean dayReached, String changedBy, Instant changedAt, List<OrganisationCount> byOrganisation) {

        public int attended() {
            return (int) invitees.stream().filter(Invitee::attended).count();
        }

        public int guestsInAll() {
            return guests.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One organisation's attendance over a project's meetings so far. */
    public record ProjectAttendance(long organisationId, String organisation, int meetingsInvited, int meetingsAttended,
            int attendances) {
    }

    private final MeetingRepository meetings;
    private final MeetingAttendanceRepository attendances;
    private final MeetingRules rules;
    private final ProjectQueries projects;
    private final PlanCriteria plans;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingAttendances(MeetingRepository meetings, MeetingAttendanceRepository attendances, MeetingRules rules,
            ProjectQueries projects, PlanCriteria plans, UserDirectory userDirectory, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.attendances = attendances;
        this.rules = rules;
        this.projects = projects;
        this.plans = plans;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A meeting's attendance, for those who read the meeting. */
    public Attendance attendance(long meetingId) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.readable(meetingId, me);
        return attendance(meeting, attendances.findOf(meetingId).orElse(null), rules.isOrganiser(me, meeting));
    }

    /**
     * Records who of the invited came and how many others, from the meeting's day on, by its organisers.
     * {@code expectedVersion}: the version shown (-1: none recorded); a colleague's record in between is named.
     */
    @Transactional
    public Attendance record(long meetingId, long expectedVersion, Set<Long> attended, Map<GuestKind, Integer> guests) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.organised(meetingId, me);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!dayReached(meeting)) {
            errors.put("attended", "meeting.attendanceNotYet");
        }
        Set<Long> invited = rules.invitees(meeting).stream().map(Reader::id).collect(Collectors.toSet());
        if (!invited.containsAll(attended)) {
            errors.put("attended", "meeting.attendeeNotInvited");
        }
        guests.forEach((kind, count) -> {
            if (count != null && (count < 0 || count > MAX_GUESTS)) {
                errors.put("guests:" + kind.name(), "meeting.guestsRange");
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        MeetingAttendance stored = attendances.findOf(meetingId).orElseGet(() -> new MeetingAttendance(meetingId));
        if ((stored.getId() == null ? -1 : stored.getVersion()) != expectedVersion) {
            throw userDirectory.conflictWith(stored);
        }
        stored.record(attended, guests);
        stored.changedBy(me.id(), clock.instant());
        MeetingAttendance saved = attendances.saveAndFlush(stored);
        tickCriteria(meeting, me);
        log.info("{} recorded the attendance of meeting {}: {} invited came, {} others", me, meetingId, attended.size(),
                guests.values().stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum());
        return attendance(meeting, saved, true);
    }

    /** The activity's attendance criteria follow the attendance of all its meetings (one per organisation if local). */
    private void tickCriteria(Meeting meeting, PortalUser me) {
        long projectId = meeting.getProjectId();
        long activityId = meeting.getActivityId();
        Map<Long, OrganisationKind> kinds = new HashMap<>();
        projects.workspacesOf(projectId).stream().filter(w -> !w.withdrawn())
                .forEach(w -> kinds.put(w.organisationId(), w.organisationKind()));
        Map<Long, Integer> byOrganisation = new HashMap<>();
        for (Meeting m : meetings.findOfProject(projectId)) {
            if (m.getActivityId() != activityId) {
                continue;
            }
            // Every participating organisation that was invited counts, with nobody if none came.
            Set<Long> invited = rules.invitees(m).stream().map(Reader::id).collect(Collectors.toSet());
            userDirectory.withOrganisations(invited).stream().filter(p -> kinds.containsKey(p.organisationId()))
                    .forEach(p -> byOrganisation.putIfAbsent(p.organisationId(), 0));
            attendances.findOf(m.getId()).ifPresent(a -> userDirectory.withOrganisations(a.getAttendeeIds()).stream()
                    .filter(p -> kinds.containsKey(p.organisationId()))
                    .forEach(p -> byOrganisation.merge(p.organisationId(), 1, Integer::sum)));
        }
        plans.attendanceRecorded(activityId, byOrganisation, kinds, me.displayName());
    }

    /** Per participating organisation: meetings it was invited to and came to, and how many of its people came. */
    public List<ProjectAttendance> byOrganisation(long projectId) {
        rules.requireScope(projectId);
        Map<Long, String> names = new TreeMap<>();
        projects.workspacesOf(projectId).forEach(w -> names.put(w.organisationId(), w.organisationName()));
        Map<Long, MeetingAttendance> recorded = attendances.findOfProject(projectId).stream()
                .collect(Collectors.toMap(MeetingAttendance::getMeetingId, a -> a));
        Map<Long, int[]> counts = new HashMap<>();
        List<Meeting> ofProject = meetings.findOfProject(projectId);
        Map<Long, ActivityFacts> activities = rules.activitiesOf(ofProject);
        for (Meeting m : ofProject) {
            MeetingAttendance a = recorded.get(m.getId());
            if (a == null) {
                continue;
            }
            Map<Long, Long> came = userDirectory.withOrganisations(a.getAttendeeIds()).stream()
                    .collect(Collectors.groupingBy(PersonInOrganisation::organisationId, Collectors.counting()));
            Set<Long> invitedOrganisations = userDirectory.withOrganisations(
                    rules.invitees(m).stream().map(Reader::id).toList()).stream()
                    .map(PersonInOrganisation::organisationId).collect(Collectors.toSet());
            for (Long organisation : names.keySet()) {
                int[] c = counts.computeIfAbsent(organisation, o -> new int[3]);
                c[0] += invitedOrganisations.contains(organisation) ? 1 : 0;
                c[1] += came.containsKey(organisation) ? 1 : 0;
                c[2] += came.getOrDefault(organisation, 0L).intValue();
            }
        }
        List<ProjectAttendance> rows = new ArrayList<>();
        names.forEach((id, name) -> {
            int[] c = counts.getOrDefault(id, new int[3]);
            rows.add(new ProjectAttendance(id, name, c[0], c[1], c[2]));
        });
        rows.sort(java.util.Comparator.comparing(ProjectAttendance::organisation));
        return rows;
    }

    /**
     * The evaluators' export: a row per recorded meeting and organisation (invited, attended), and one per kind of
     * other guests. The caller has checked the evaluator's access.
     */
    public void exportRows(long projectId, Consumer<List<Object>> sink) {
        Map<Long, MeetingAttendance> recorded = attendances.findOfProject(projectId).stream()
                .collect(Collectors.toMap(MeetingAttendance::getMeetingId, a -> a));
        List<Meeting> ofProject = meetings.findOfProject(projectId);
        Map<Long, ActivityFacts> activities = rules.activitiesOf(ofProject);
        for (Meeting m : ofProject) {
            MeetingAttendance a = recorded.get(m.getId());
            if (a == null) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(m.getStartsAt(), DanishTime.ZONE);
            ActivityFacts activity = activities.get(m.getActivityId());
            String title = rules.title(m, activity);
            Map<String, int[]> byOrganisation = new TreeMap<>();
            userDirectory.withOrganisations(rules.invitees(m).stream().map(Reader::id).toList()).forEach(p -> {
                int[] c = byOrganisation.computeIfAbsent(p.organisationName(), o -> new int[2]);
                c[0]++;
                c[1] += a.getAttendeeIds().contains(p.id()) ? 1 : 0;
            });
            byOrganisation.forEach((organisation, c) -> sink.accept(new ArrayList<>(java.util.Arrays.asList(title,
                    activity.kind(), day, organisation, c[0], c[1], null, null))));
            a.getGuests().forEach((kind, count) -> sink.accept(new ArrayList<>(java.util.Arrays.asList(title,
                    activity.kind(), day, null, null, null, kind, count))));
        }
    }

    private Attendance attendance(Meeting meeting, MeetingAttendance stored, boolean organiser) {
        List<Reader> invitees = rules.invitees(meeting);
        Map<Long, PersonInOrganisation> people = userDirectory.withOrganisations(invitees.stream().map(Reader::id).toList())
                .stream().collect(Collectors.toMap(PersonInOrganisation::id, p -> p));
        Set<Long> came = stored == null ? Set.of() : stored.getAttendeeIds();
        List<Invitee> rows = invitees.stream().map(r -> new Invitee(r.id(), r.displayName(),
                people.containsKey(r.id()) ? people.get(r.id()).organisationName() : "", came.contains(r.id())))
                .sorted(java.util.Comparator.comparing(Invitee::organisation).thenComparing(Invitee::name)).toList();
        Map<String, int[]> counts = new TreeMap<>();
        rows.forEach(i -> {
            int[] c = counts.computeIfAbsent(i.organisation(), o -> new int[2]);
            c[0]++;
            c[1] += i.attended() ? 1 : 0;
        });
        List<OrganisationCount> byOrganisation = counts.entrySet().stream()
                .map(e -> new OrganisationCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        Map<GuestKind, Integer> guests = new EnumMap<>(GuestKind.class);
        if (stored != null) {
            guests.putAll(stored.getGuests());
        }
        boolean reached = dayReached(meeting);
        return new Attendance(meeting.getId(), stored == null || stored.getId() == null ? -1 : stored.getVersion(), rows,
                guests, organiser && reached && meeting.getId() != null, reached,
                stored == null || stored.getChangedById() == null ? null : userDirectory.displayNameOf(stored.getChangedById()),
                stored == null ? null : stored.getChangedAt(), byOrganisation);
    }

    /** Attendance is ticked during or after the day, not before. */
    private boolean dayReached(Meeting meeting) {
        return !LocalDate.ofInstant(meeting.getStartsAt(), DanishTime.ZONE).isAfter(LocalDate.now(clock));
    }
}
