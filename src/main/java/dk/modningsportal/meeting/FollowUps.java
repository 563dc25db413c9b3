package dk.modningsportal.meeting;

import java.util.stream.Collectors;
import java.util.Map;
import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.meeting.MeetingService.FollowUp;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings. The organisers are the project's consultants, and for a local meeting also the organisation's
 * project leader: they keep the agenda, the time and place, and the minutes. Everyone invited reads the
 * meeting and may propose agenda items. Publishing the minutes puts their outcomes to work: follow-ups
 * appear in the responsible person's workspace, experience notes and proposed changes join the
 * organisation's notes (and so the maturation board).
 */
/** The follow-ups meetings assign: open ones in each organisation's workspace, closed by whoever is responsible. */
@Service
@Transactional
public class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final MeetingRepository meetings;
    private final MeetingRules rules;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;

    FollowUps(MeetingRepository meetings, MeetingRules rules, WorkspaceAccess workspaceAccess, CurrentUser currentUser,
            UserDirectory userDirectory) {
        this.userDirectory = userDirectory;
        this.meetings = meetings;
        this.rules = rules;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
    }

    /** The open follow-ups for the people of a workspace's organisation. */
    @Transactional(readOnly = true)
    public List<FollowUp> followUps(long workspaceId) {
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        PortalUser me = currentUser.require();
        Map<Long, String> people = userDirectory.peopleOfOrganisation(workspace.organisationId()).stream()
                .collect(Collectors.toMap(Person::id, Person::displayName));
        if (people.isEmpty()) {
            return List.of();
        }
        List<MeetingOutcome> open = meetings.findOpenFollowUps(workspace.projectId(), people.keySet());
        Map<Long, ActivityFacts> activities = rules.activitiesOf(open.stream().map(o -> o.getItem().getMeeting())
                .distinct().toList());
        return open.stream()
                .filter(o -> !o.getItem().isInternal() || rules.isOrganiser(me, o.getItem().getMeeting()))
                .map(o -> new FollowUp(o.getId(), o.getText(), people.get(o.getResponsibleId()), o.getDueDate(),
                        activities.get(o.getItem().getMeeting().getActivityId()).title(),
                        o.getItem().getMeeting().getActivityId(),
                        o.getItem().getMeeting().getOrganisationId(),
                        o.getResponsibleId() == me.id()))
                .toList();
    }


    /** The responsible person (or an organiser) marks a follow-up done. */
    public void markDone(long outcomeId) {
        PortalUser me = currentUser.require();
        MeetingOutcome outcome = meetings.findOutcome(outcomeId).orElseThrow(() -> MeetingRules.notFound(outcomeId));
        Meeting meeting = outcome.getItem().getMeeting();
        workspaceAccess.requireOpenProject(meeting.getProjectId());
        boolean responsible = outcome.getResponsibleId() != null && outcome.getResponsibleId() == me.id();
        if (!responsible && !rules.isOrganiser(me, meeting)) {
            throw new AccessRefusedException("error.meetingRefused", me + " may not close follow-up " + outcomeId);
        }
        outcome.markDone(true);
    }
}
