package dk.modningsportal.trialaction;

import dk.modningsportal.base.TextRules;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the trial-action list; a null value means "any"; overdue: not completed and past its end. */
public record TrialActionFilter(TrialActionStatus status, Long coreElementId, Long versionId, Long responsibleId,
        String search, boolean overdueOnly) {

    public TrialActionFilter(TrialActionStatus status, Long coreElementId, Long versionId, Long responsibleId,
            String search) {
        this(status, coreElementId, versionId, responsibleId, search, false);
    }

    public static TrialActionFilter none() {
        return new TrialActionFilter(null, null, null, null, null, false);
    }

    /** The workspace's trial actions this filter lets through, as of today (for "overdue"). */
    Specification<TrialAction> of(long workspaceId, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("workspace").get("id"), workspaceId));
            if (overdueOnly) {
                predicates.add(root.get("status").in(TrialActionStatus.PLANNED, TrialActionStatus.IN_PROGRESS));
                predicates.add(cb.lessThan(root.get("endDate"), today));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (versionId != null) {
                predicates.add(cb.equal(root.get("interventionVersionId"), versionId));
            }
            if (responsibleId != null) {
                predicates.add(cb.equal(root.get("responsibleId"), responsibleId));
            }
            if (coreElementId != null) {
                var subquery = query.subquery(Long.class);
                var sub = subquery.from(TrialAction.class);
                var element = sub.join("coreElementIds", JoinType.INNER);
                subquery.select(sub.get("id")).where(cb.equal(element, coreElementId));
                predicates.add(root.get("id").in(subquery));
            }
            String pattern = TextRules.likePattern(search);
            if (pattern != null) {
                predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, TextRules.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("goal")), pattern, TextRules.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("plannedActivity")), pattern, TextRules.LIKE_ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
