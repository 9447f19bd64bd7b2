package co.pactos.kit.axon.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The aggregates as last committed, at most {@code capacity} of them, the least recently used dropped first.
 * An entry is taken out while a transaction uses it (its object is changed in place by the commands it runs)
 * and put back by that transaction once it has committed; a put never replaces a newer version.
 */
final class CommittedAggregates {

    /** A cached aggregate (Axon's cache entry) and the sequence number of its last event. */
    record Versioned(Object entry, long version) {
    }

    private final int capacity;
    private final LinkedHashMap<Object, Versioned> entries;

    CommittedAggregates(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Versioned> eldest) {
                return size() > CommittedAggregates.this.capacity;
            }
        };
    }

    synchronized Versioned take(Object key) {
        return entries.remove(key);
    }

    synchronized Versioned peek(Object key) {
        return entries.get(key);
    }

    synchronized void putIfNewer(Object key, Versioned value) {
        if (capacity == 0) {
            return;
        }
        Versioned present = entries.get(key);
        if (present == null || present.version() < value.version()) {
            entries.put(key, value);
        }
    }

    synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    synchronized boolean contains(Object key) {
        return entries.containsKey(key);
    }

    synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }
}
