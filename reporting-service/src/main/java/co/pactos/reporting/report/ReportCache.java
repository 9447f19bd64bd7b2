package co.pactos.reporting.report;

import co.pactos.reporting.projection.KnownAt;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reports computed from the projection, kept while the projection has not moved: the key holds the
 * version read and its generation (which moves with every batch applied and every parked event
 * retried), the instant asked for, and the day (which years "have begun"). A report is never served
 * from a generation other than the one the request's snapshot read. Bounded: least recently used
 * reports leave first.
 */
@Component
public class ReportCache {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private record Key(String schema, long generation, String report, String asked, LocalDate today) {
    }

    private final Map<Key, Object> entries;

    public ReportCache(@Value("${pactos.reporting.report-cache-size:256}") int size) {
        this.entries = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > size;
            }
        };
    }

    @SuppressWarnings("unchecked")
    public <T> T get(KnownAt known, String report, Supplier<T> compute) {
        Key key = new Key(known.schema(), known.generation(), report, String.valueOf(known.asked()),
                LocalDate.ofInstant(known.at(), BOGOTA));
        synchronized (entries) {
            Object cached = entries.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        T computed = compute.get();
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }
}
