package dk.modningsportal.security;

import dk.modningsportal.base.ChangeStamp;
import dk.modningsportal.base.CommittedReads;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * The one way a service saves what a person edited from a version they saw: refused when someone else saved
 * since, naming them and when ({@link UserDirectory#conflictWith}), also when the other save commits between the
 * check and the write.
 */
@Component
public class VersionedSaves {

    private final UserDirectory userDirectory;
    private final CommittedReads committedReads;

    VersionedSaves(UserDirectory userDirectory, CommittedReads committedReads) {
        this.userDirectory = userDirectory;
        this.committedReads = committedReads;
    }

    /** Refuses the change when the stored row is no longer the version the person started from. */
    public void requireUnchanged(ChangeStamp stored, long versionSeen) {
        if (stored.getVersion() != versionSeen) {
            throw userDirectory.conflictWith(stored);
        }
    }

    /**
     * Writes the change now, so that a colleague's save that committed meanwhile is found here and told as a
     * conflict with what is stored now; {@code gone} when it was deleted meanwhile.
     */
    public <T extends ChangeStamp> T saveAndFlush(JpaRepository<T, Long> repository, T changed,
            Supplier<? extends RuntimeException> gone) {
        try {
            return repository.saveAndFlush(changed);
        } catch (OptimisticLockingFailureException race) {
            throw committedReads.read(() -> repository.findById(changed.getId())
                    .<RuntimeException>map(userDirectory::conflictWith)
                    .orElseGet(gone));
        }
    }
}
