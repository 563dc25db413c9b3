package dk.modningsportal.base;

import java.time.Instant;

/**
 * Who changed a stored row last, when, and to which version: what an edit conflict tells the person whose save
 * came second. {@link TrackedEntity} carries it; entities that keep it in columns of their own say where.
 */
public interface ChangeStamp {

    Long getId();

    long getVersion();

    /** The account that changed it last, as an id (the security module names them); null if unknown. */
    Long getChangedById();

    Instant getChangedAt();
}
