package dk.modningsportal.base;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads what is committed now, in a short transaction of its own: after a save lost a race, the failed
 * transaction can no longer read, yet the person should be told who saved first and when.
 */
@Component
public class CommittedReads {

    private final TransactionTemplate fresh;

    CommittedReads(PlatformTransactionManager transactions) {
        fresh = new TransactionTemplate(transactions);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        fresh.setReadOnly(true);
    }

    public <T> T read(Supplier<T> read) {
        return fresh.execute(status -> read.get());
    }
}
