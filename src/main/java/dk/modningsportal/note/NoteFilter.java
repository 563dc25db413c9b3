package dk.modningsportal.note;

import dk.modningsportal.base.TextRules;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the note list; a null value means "any". */
public record NoteFilter(NoteKind kind, Long coreElementId, Long versionId, NoteSource source, String search) {

    public static NoteFilter none() {
        return new NoteFilter(null, null, null, null, null);
    }

    /** The workspace's notes this filter lets through. */
    Specification<ExperienceNote> of(long workspaceId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("workspace").get("id"), workspaceId));
            if (kind != null) {
                predicates.add(cb.equal(root.get("kind"), kind));
            }
            if (source != null) {
                predicates.add(cb.equal(root.get("source"), source));
            }
            if (coreElementId != null) {
                predicates.add(cb.equal(root.get("coreElementId"), coreElementId));
            }
            if (versionId != null) {
                predicates.add(cb.equal(root.get("interventionVersionId"), versionId));
            }
            String pattern = TextRules.likePattern(search);
            if (pattern != null) {
                predicates.add(cb.or(cb.like(cb.lower(root.get("summary")), pattern, TextRules.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("details")), pattern, TextRules.LIKE_ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
