package dk.modningsportal.search;

import dk.modningsportal.comment.Comment;
import dk.modningsportal.intervention.CoreElementText;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.meeting.AgendaItem;
import dk.modningsportal.meeting.Meeting;
import dk.modningsportal.meeting.MeetingOutcome;
import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.trialaction.TrialAction;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.internal.SessionFactoryImpl;
import org.springframework.stereotype.Component;

/**
 * Writes a row to {@code search_change} in the same transaction as every change of something searchable, so
 * the other nodes replay it into their own indexes ({@link SearchIndexReplay}). This node's own index takes the
 * change in through Hibernate Search at once; the row names this node as its origin so it is not done twice.
 */
@Component
class SearchIndexFeed implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    /** This node, for the lifetime of the process. */
    final String origin = UUID.randomUUID().toString();

    private static final Map<Class<?>, String> RECORDED = Map.of(TrialAction.class, "TrialAction",
            ExperienceNote.class, "ExperienceNote", Comment.class, "Comment", AgendaItem.class, "AgendaItem",
            InterventionVersion.class, "InterventionVersion", Meeting.class, "Meeting");

    /** Per open session, the changes of its transaction, written just before it commits. */
    private static final Map<SharedSessionContractImplementor, Pending> PENDING =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private record Pending(Set<String> changes) {
    }

    SearchIndexFeed(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImpl.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner != null) {
            record(event.getSession(), owner, event.getAffectedOwnerIdOrNull());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(SharedSessionContractImplementor session, Object entity, Object id) {
        String name;
        long entityId;
        if (entity instanceof CoreElementText text) {
            name = "InterventionVersion";
            entityId = text.getInterventionVersion().getId();
        } else if (entity instanceof MeetingOutcome outcome) {
            name = "AgendaItem";
            entityId = outcome.getItem().getId();
        } else {
            name = RECORDED.get(org.hibernate.Hibernate.getClass(entity));
            if (name == null || !(id instanceof Long value)) {
                return;
            }
            entityId = value;
        }
        pending(session).add(name + ":" + entityId);
    }

    /** The changes of this transaction, written just before it commits. */
    private Set<String> pending(SharedSessionContractImplementor session) {
        Pending pending = PENDING.get(session);
        if (pending == null) {
            Pending created = new Pending(new LinkedHashSet<>());
            PENDING.put(session, created);
            session.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) s -> {
                        PENDING.remove(s);
                        write(s, created.changes());
                    });
            session.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) ->
                            PENDING.remove(s));
            return created.changes();
        }
        return pending.changes();
    }

    private void write(SharedSessionContractImplementor session, Set<String> changes) {
        if (changes.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into search_change (entity, entity_id, origin) values (?, ?, ?)")) {
                for (String change : changes) {
                    int colon = change.indexOf(':');
                    insert.setString(1, change.substring(0, colon));
                    insert.setLong(2, Long.parseLong(change.substring(colon + 1)));
                    insert.setString(3, origin);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
