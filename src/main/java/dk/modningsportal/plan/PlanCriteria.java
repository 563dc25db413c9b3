package dk.modningsportal.plan;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's success criteria as other capabilities meet them: ticked by attendance, exported for the evaluation. */
@Service
@Transactional
public class PlanCriteria {

    private final PlanRepository activities;
    private final Clock clock;
    private final OrganisationService organisations;

    PlanCriteria(PlanRepository activities, Clock clock, OrganisationService organisations) {
        this.organisations = organisations;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * The attendance of an activity's meetings, as counted per participating organisation: its criteria that count
     * attendance ("Mindst 3 fra hver kommune") are ticked on or off to match. Called by the meetings when an organiser
     * records who came; other criteria stay as a person ticked them.
     */
    public void attendanceRecorded(long activityId, Map<Long, Integer> attendedByOrganisation,
            Map<Long, OrganisationKind> kinds, String recordedBy) {
        PlanActivity activity = activities.findById(activityId)
                .orElseThrow(() -> new NotFoundException("error.planRefused", "No activity " + activityId));
        for (PlanCriterion criterion : activity.getCriteria()) {
            AttendanceCriterion.parse(criterion.getText()).ifPresent(rule -> {
                boolean met = rule.metBy(attendedByOrganisation, kinds);
                if (met != criterion.isMet()) {
                    criterion.tick(met, recordedBy, clock.instant());
                }
            });
        }
    }

    /**
     * The project's success criteria for the evaluators' export: the activity (title, kind, first day), the criterion,
     * whether it was met, by whom and when. The caller has checked the evaluator's access.
     */
    public void criteriaRows(long projectId, Consumer<List<Object>> sink) {
        UnaryOperator<Object> organisationName = organisations.namer();
        for (PlanActivity activity : activities.findByProject(projectId)) {
            for (PlanCriterion c : activity.getCriteria()) {
                sink.accept(new ArrayList<>(Arrays.asList(activity.getTitle(), activity.getKind(),
                        activity.getStartsOn(), organisationName.apply(activity.getOrganisationId()),
                        c.getText(), c.isMet(), c.getMetBy(), c.getMetAt())));
            }
        }
    }
}
