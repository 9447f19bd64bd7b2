package co.pactos.kit.axon;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, waking its tailing readers (the Kafka relay) when new events are committed to
 * PostgreSQL, not when a unit of work's commit phase ends.
 *
 * <p>Axon wakes the reader at the end of every unit of work. A unit of work inside a longer Spring transaction (each
 * line of a batch, in a transaction of 100 lines) ends before its events are committed: the reader woke once per line,
 * read nothing (two queries each: the events, then the gap check), and then slept until its fetch delay ran out,
 * although the transaction had committed the whole chunk meanwhile. Here, while such a transaction is active, the
 * reader is woken once, after it commits.
 */
public class CommitAwareEventStore extends EmbeddedEventStore {

    /** Registered at most once per transaction (Spring keeps a transaction's synchronizations in a set). */
    private final TransactionSynchronization wakeReadersAfterCommit = new TransactionSynchronization() {
        @Override
        public void afterCommit() {
            CommitAwareEventStore.super.afterCommit(List.of());
        }
    };

    public CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(wakeReadersAfterCommit);
        } else {
            super.afterCommit(events);
        }
    }
}
