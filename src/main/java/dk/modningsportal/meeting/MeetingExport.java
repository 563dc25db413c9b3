package dk.modningsportal.meeting;

import java.util.stream.Stream;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Map;
import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.base.DanishTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's meetings for the evaluators' export: the meetings, their agenda items with the minutes, and the
 * outcomes the minutes decided. Internal agenda items are the organisers' alone and are left out. The caller has
 * checked the evaluator's access to the project.
 */
@Service
@Transactional(readOnly = true)
public class MeetingExport {

    private final MeetingRepository meetings;
    private final UserDirectory userDirectory;
    private final MeetingRules rules;

    MeetingExport(MeetingRepository meetings, UserDirectory userDirectory, MeetingRules rules) {
        this.rules = rules;
        this.meetings = meetings;
        this.userDirectory = userDirectory;
    }

    /** Title, kind, organisation (local meetings), day, start, minutes long, place, state, published when and by. */
    public void meetingRows(long projectId, Consumer<List<Object>> sink) {
        List<Meeting> found = meetings.findOfProject(projectId);
        Map<Long, ActivityFacts> activities = rules.activitiesOf(found);
        for (Meeting m : found) {
            ActivityFacts activity = activities.get(m.getActivityId());
            sink.accept(new ArrayList<>(Arrays.asList(activity.title(), activity.kind(),
                    rules.organisationName(m.getOrganisationId()),
                    LocalDate.ofInstant(m.getStartsAt(), DanishTime.ZONE), m.getStartsAt(), m.getDurationMinutes(),
                    m.getLocation(), m.getStatus(), m.getPublishedAt(), m.getPublishedBy())));
        }
    }

    /** A row per agenda item (its minutes) and per outcome of it (decision, follow-up, note, proposed change). */
    public void minutesRows(long projectId, Consumer<List<Object>> sink) {
        List<Meeting> found = meetings.findOfProject(projectId);
        Map<Long, String> responsible = responsibleOf(found.stream().flatMap(m -> m.getItems().stream()));
        for (Meeting m : found) {
            String title = rules.title(m);
            LocalDate day = LocalDate.ofInstant(m.getStartsAt(), DanishTime.ZONE);
            for (AgendaItem item : m.getItems()) {
                if (item.isInternal()) {
                    continue;
                }
                sink.accept(new ArrayList<>(Arrays.asList(title, day, item.getSortOrder(), item.getTitle(),
                        item.getOwnerName(), item.getMinutesText(), null, null, null, null, null)));
                for (MeetingOutcome outcome : item.getOutcomes()) {
                    sink.accept(new ArrayList<>(Arrays.asList(title, day, item.getSortOrder(), item.getTitle(), null, null,
                            outcome.getKind(), outcome.getText(),
                            outcome.getResponsibleId() == null ? null : responsible.get(outcome.getResponsibleId()),
                            outcome.getDueDate(), rules.organisationName(outcome.getOrganisationId()))));
                }
            }
        }
    }

    /** The names of those responsible for the items' follow-ups, in one query. */
    Map<Long, String> responsibleOf(Stream<AgendaItem> items) {
        return userDirectory.displayNamesOf(items.flatMap(i -> i.getOutcomes().stream())
                .map(MeetingOutcome::getResponsibleId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }
}
