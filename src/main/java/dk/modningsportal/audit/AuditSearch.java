package dk.modningsportal.audit;

import dk.modningsportal.audit.AuditLog.Filter;
import dk.modningsportal.base.TextRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;

/**
 * The log's filtered pages, with a condition only for each filter set: "(:x is null or …)" leaves
 * PostgreSQL unable to type a null parameter.
 */
@Component
class AuditSearch {

    private final EntityManager em;

    AuditSearch(EntityManager em) {
        this.em = em;
    }

    Slice<AuditEntry> page(Filter filter, Pageable page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (filter.action() != null) {
            where.add(cb.equal(entry.get("action"), filter.action()));
        }
        if (filter.organisationId() != null) {
            where.add(cb.equal(entry.get("organisationId"), filter.organisationId()));
        }
        String actor = TextRules.likePattern(filter.actor());
        if (actor != null) {
            where.add(cb.like(cb.lower(entry.get("actorName")), actor, TextRules.LIKE_ESCAPE));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), filter.until()));
        }
        query.where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        List<AuditEntry> rows = em.createQuery(query).setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize() + 1).getResultList();
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }
}
