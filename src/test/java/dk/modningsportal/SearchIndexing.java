package dk.modningsportal;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * For tests that run in a rolled-back transaction: the search index takes changes in at commit, so such a test
 * writes its pending changes to the index itself, and empties the index afterwards (what it wrote never existed).
 */
public final class SearchIndexing {

    private SearchIndexing() {
    }

    public static void indexNow(EntityManager em) {
        em.flush();
        // The portal writes the index after the commit without waiting (async); here the test waits for it.
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
        Search.session(em).indexingPlan().execute();
    }

    public static void emptyIndex(EntityManager em) {
        Search.mapping(em.getEntityManagerFactory()).scope(Object.class).workspace().purge();
    }
}
