package dk.modningsportal.base;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.OptimisticLock;

/** An entity a team can share with its project's other organisations (a trial action, an experience note). */
@MappedSuperclass
public abstract class ShareableEntity extends TrackedEntity {

    /** Sharing is no edit of the content: it does not make a colleague's open form out of date. */
    @Embedded
    @OptimisticLock(excluded = true)
    private SharedWithProject sharing = new SharedWithProject();

    /** With the project's other organisations, or not (Hibernate leaves it null when nothing was shared). */
    public SharedWithProject getSharing() {
        if (sharing == null) {
            sharing = new SharedWithProject();
        }
        return sharing;
    }
}
