package dk.modningsportal.plan;

import dk.modningsportal.project.WorkspaceAccess;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's activities as other modules read them, by id: the meetings held on them, workshops, collection items. */
@Service
@Transactional(readOnly = true)
public class PlanActivities {

    /** A maturation workshop the plan has for the project: the day and title a workshop is held by. */
    public record PlannedWorkshop(long activityId, String title, LocalDate startsOn) {
    }

    private final PlanRepository activities;
    private final WorkspaceAccess workspaceAccess;

    PlanActivities(PlanRepository activities, WorkspaceAccess workspaceAccess) {
        this.activities = activities;
        this.workspaceAccess = workspaceAccess;
    }

    /** A plan activity, for another module's service that checks the person's access to its project. */
    public Optional<ActivityFacts> activity(long activityId) {
        return activities.findById(activityId).map(ActivityFacts::of);
    }

    /** These plan activities by id (those that exist), for rows that refer to them. */
    public Map<Long, ActivityFacts> activities(Collection<Long> activityIds) {
        return activityIds.isEmpty() ? Map.of() : activities.findAllById(activityIds).stream()
                .map(ActivityFacts::of).collect(Collectors.toMap(ActivityFacts::id, Function.identity()));
    }

    /**
     * The plan's cross-organisational gatherings where a round is matured (maturation workshops, and the joint
     * reflection meetings of a shorter course), by day: for a consultant preparing a workshop board.
     */
    public List<PlannedWorkshop> plannedWorkshops(long projectId) {
        workspaceAccess.requireConsultantOf(projectId);
        return activities.findByProject(projectId).stream()
                .filter(a -> !a.isLocal() && (a.getKind() == PlanActivityKind.MATURATION_WORKSHOP
                        || a.getKind() == PlanActivityKind.REFLECTION_MEETING))
                .map(a -> new PlannedWorkshop(a.getId(), a.getTitle(), a.getStartsOn()))
                .sorted(Comparator.comparing(PlannedWorkshop::startsOn)).toList();
    }
}
