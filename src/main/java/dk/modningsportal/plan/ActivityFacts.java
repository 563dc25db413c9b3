package dk.modningsportal.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * A plan activity as other modules need it (a meeting held on it, a data-collection item tied to it): what it is,
 * when, where and for whom. {@code organisationId}: the one organisation a local activity is for, if only one.
 */
public record ActivityFacts(long id, long projectId, PlanActivityKind kind, String title, boolean local,
        Long organisationId, LocalDate startsOn, String location, Set<ParticipantGroup> participants) {

    static ActivityFacts of(PlanActivity a) {
        return new ActivityFacts(a.getId(), a.getProjectId(), a.getKind(), a.getTitle(), a.isLocal(),
                a.getOrganisationId(), a.getStartsOn(), a.getLocation(), Set.copyOf(a.getParticipants()));
    }
}
