package co.pactos.kit.axon.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's aggregate cache, made to follow Spring's transactions: it never answers with state that the database
 * does not hold for the caller.
 *
 * <ul>
 *   <li>What a transaction writes stays its own until it commits: the aggregates it stores are kept per
 *       transaction and reach the shared cache only after the commit ({@code afterCompletion(COMMITTED)}); a
 *       rollback (dry run, failed atomic batch, any error) drops them, and so does the rollback of a savepoint
 *       (a batch line that failed), since an aggregate's object is changed in place by each command.</li>
 *   <li>An aggregate taken from the shared cache is taken out of it while the transaction uses it, so that no
 *       other request sees the object that transaction is changing; it comes back when the transaction commits.</li>
 *   <li>Before a shared entry is used, the sequence number of the aggregate's last stored event is read (one
 *       indexed look-up through Axon's storage engine); when it differs from the cached aggregate's version,
 *       another instance of the service (or a transaction that committed later) wrote it, and the entry is
 *       dropped so that the aggregate loads from the store. A write racing that look-up still meets the event
 *       store's unique (aggregate, sequence) key: Axon reports a {@code ConcurrencyException} (409, send
 *       again), nothing is lost or overwritten.</li>
 * </ul>
 *
 * <p>Without an active transaction synchronization (not the case for Axon's units of work here, which run in
 * Spring transactions) it behaves as a plain bounded cache with the version check.
 */
public final class AggregateCache implements Cache {

    private final CommittedAggregates committed;
    private final Function<String, Optional<Long>> lastSequence;
    private final int perTransaction;
    private final LongAdder hits = new LongAdder();
    private final LongAdder ownHits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder stale = new LongAdder();

    /**
     * @param capacity       how many committed aggregates are kept (0: none, the cache is off)
     * @param perTransaction how many aggregates one transaction keeps for itself (a dry run of 100 000 lines touches many)
     * @param lastSequence   the sequence number of an aggregate's last stored event, in the caller's transaction
     */
    public AggregateCache(int capacity, int perTransaction, Function<String, Optional<Long>> lastSequence) {
        if (capacity < 0 || perTransaction < 0) {
            throw new IllegalArgumentException("cache sizes must not be negative");
        }
        this.committed = new CommittedAggregates(capacity);
        this.perTransaction = capacity == 0 ? 0 : perTransaction;
        this.lastSequence = lastSequence;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Pending pending = pending(true);
        if (pending != null) {
            Object own = pending.entries.get(key);
            if (own != null) {
                ownHits.increment();
                return (V) own;
            }
        }
        CommittedAggregates.Versioned shared = pending != null ? committed.take(key) : committed.peek(key);
        if (shared == null) {
            misses.increment();
            return null;
        }
        Optional<Long> stored = lastSequence.apply(key.toString());
        if (stored.isEmpty() || stored.get() != shared.version()) {
            committed.remove(key);
            stale.increment();
            return null;
        }
        hits.increment();
        return (V) shared.entry();
    }

    @Override
    public void put(Object key, Object value) {
        Long version = versionOf(value);
        if (version == null) {
            remove(key);
            return;
        }
        Pending pending = pending(true);
        if (pending == null) {
            committed.putIfNewer(key, new CommittedAggregates.Versioned(value, version));
        } else if (pending.entries.size() < perTransaction || pending.entries.containsKey(key)) {
            pending.entries.put(key, value);
        } else {
            // beyond what one transaction keeps: the next load reads the store, which holds this transaction's writes
            pending.entries.remove(key);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public boolean remove(Object key) {
        Pending pending = pending(false);
        boolean removed = pending != null && pending.entries.remove(key) != null;
        return committed.remove(key) || removed;
    }

    @Override
    public void removeAll() {
        Pending pending = pending(false);
        if (pending != null) {
            pending.entries.clear();
        }
        committed.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        Pending pending = pending(false);
        return (pending != null && pending.entries.containsKey(key)) || committed.contains(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener entryListener) {
        // no listener is needed by Axon's caching repository; entries are not announced
        return () -> true;
    }

    /** Answers from the shared cache whose version matched the store. */
    public long hits() {
        return hits.sum();
    }

    /** Answers from what the caller's own transaction stored. */
    public long ownHits() {
        return ownHits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    /** Shared entries dropped because the store had moved on (another instance, or a later commit). */
    public long stale() {
        return stale.sum();
    }

    public int size() {
        return committed.size();
    }

    /** The aggregate's version (its last event's sequence number), or null when it cannot be read. */
    private static Long versionOf(Object value) {
        if (!(value instanceof AggregateCacheEntry<?> entry)) {
            return null;
        }
        try {
            // an entry made in this JVM hands back the aggregate it was made from; the arguments are unused then
            return entry.recreateAggregate(null, null, null, null).version();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The entries of the current transaction, bound on first use when {@code create}; null outside transactions. */
    private Pending pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null && create) {
            // a get binds too: the entry it takes out must not be answered to anyone else before this transaction ends
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** One transaction's aggregates: published when it commits, dropped when it or one of its savepoints rolls back. */
    private final class Pending implements TransactionSynchronization {

        final Map<Object, Object> entries = new HashMap<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AggregateCache.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AggregateCache.this, this);
        }

        @Override
        public void savepointRollback(Object savepoint) {
            entries.clear();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AggregateCache.this);
            if (status == STATUS_COMMITTED) {
                entries.forEach((key, value) -> {
                    Long version = versionOf(value);
                    if (version != null) {
                        committed.putIfNewer(key, new CommittedAggregates.Versioned(value, version));
                    }
                });
            }
            entries.clear();
        }
    }
}
