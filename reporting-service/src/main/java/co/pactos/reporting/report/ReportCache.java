package co.pactos.reporting.report;

import co.pactos.reporting.projection.KnownAt;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reports computed from the projection, kept while the projection has not moved: the key holds the
 * version read and its generation (which moves with every batch applied and every parked event
 * retried), the instant asked for, and the day (which years "have begun"). A report is never served
 * from a generation other than the one the request's snapshot read.
 *
 * <p>Requests for a report being computed wait for that one computation instead of starting their own
 * (a report asked 200 times a second is computed once per generation). Bounded by an estimate of the
 * bytes held: least recently used reports leave first; one larger than the whole budget is served
 * and not kept.
 */
@Component
public class ReportCache {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private record Key(String schema, long generation, String report, String asked, LocalDate today) {
    }

    private static final class Entry {
        final CompletableFuture<Object> value = new CompletableFuture<>();
        long bytes;
    }

    private final long budget;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long held;

    public ReportCache(@Value("${pactos.reporting.report-cache-bytes:67108864}") long budget) {
        this.budget = budget;
    }

    /** The report under that name as {@code known} sees it, computed once; {@code size} estimates its bytes in memory. */
    public <T> T get(KnownAt known, String report, Supplier<T> compute, ToLongFunction<T> size) {
        return get(new Key(known.schema(), known.generation(), report, String.valueOf(known.asked()),
                LocalDate.ofInstant(known.at(), BOGOTA)), compute, size);
    }

    /**
     * A part of a report made only from the fact tables named: kept until one of them is written to, however much
     * the rest of the projection moves.
     */
    public <T> T get(KnownAt known, List<String> facts, String part, Supplier<T> compute, ToLongFunction<T> size) {
        return get(new Key(known.schema(), known.generationOf(facts), part + "@" + String.join(",", facts),
                String.valueOf(known.asked()), LocalDate.ofInstant(known.at(), BOGOTA)), compute, size);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Key key, Supplier<T> compute, ToLongFunction<T> size) {
        Entry entry;
        boolean mine = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null) {
                entry = new Entry();
                entries.put(key, entry);
                mine = true;
            }
        }
        if (!mine) {
            try {
                return (T) entry.value.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }
        try {
            T computed = compute.get();
            entry.value.complete(computed);
            keep(key, entry, size.applyAsLong(computed));
            return computed;
        } catch (RuntimeException | Error e) {
            entry.value.completeExceptionally(e);
            synchronized (entries) {
                entries.remove(key, entry);
            }
            throw e;
        }
    }

    /** A JSON answer: its size is its length. */
    public byte[] bytes(KnownAt known, String report, Supplier<byte[]> compute) {
        return get(known, report, compute, bytes -> bytes.length + 64L);
    }

    private void keep(Key key, Entry entry, long bytes) {
        synchronized (entries) {
            if (entries.get(key) != entry) {
                return;
            }
            if (bytes > budget) {
                entries.remove(key);
                return;
            }
            entry.bytes = bytes;
            held += bytes;
            Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
            while (held > budget && eldest.hasNext()) {
                Entry old = eldest.next().getValue();
                if (old != entry && old.value.isDone()) {
                    held -= old.bytes;
                    eldest.remove();
                }
            }
        }
    }

    /** Bytes the cache holds now (estimated); for tests and metrics. */
    long held() {
        synchronized (entries) {
            return held;
        }
    }
}
