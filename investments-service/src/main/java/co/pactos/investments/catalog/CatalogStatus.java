package co.pactos.investments.catalog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How far the goals catalog stands behind goals-service's topic: events still to read per partition (lag), and the
 * delay of the last events applied, from the instant goals-service recorded each one to the instant its row was
 * written here. Read by operators through {@code /actuator/health} (component {@code goalsCatalog}) and the
 * Micrometer gauges {@code pactos.catalog.lag} and {@code pactos.catalog.delay.p99} under {@code /actuator/metrics}.
 */
@Component
public class CatalogStatus {

    private static final int WINDOW = 1_000;

    private final Map<Integer, Long> lag = new ConcurrentHashMap<>();
    /** The delays of the last {@value #WINDOW} events applied, in milliseconds (a ring). */
    private final long[] delays = new long[WINDOW];
    private int delayCount;
    private int nextDelay;
    private long appliedSinceReport;
    private volatile long applied;
    private volatile Instant lastAppliedAt;
    private volatile String lastFailure;

    public CatalogStatus(MeterRegistry meters) {
        Gauge.builder("pactos.catalog.lag", this, CatalogStatus::totalLag)
                .description("events of goals-service's topic not yet applied to investments-service's catalog").register(meters);
        Gauge.builder("pactos.catalog.delay.p99", this, s -> s.delayPercentile(0.99))
                .description("99th percentile of the last events' delay from goals-service's record to the catalog row")
                .baseUnit("milliseconds").register(meters);
    }

    synchronized void applied(int records, List<Instant> recordedTimes, Instant appliedAt) {
        applied += records;
        appliedSinceReport += records;
        lastAppliedAt = appliedAt;
        lastFailure = null;
        for (Instant recorded : recordedTimes) {
            delays[nextDelay] = Math.max(0, Duration.between(recorded, appliedAt).toMillis());
            nextDelay = (nextDelay + 1) % WINDOW;
            delayCount = Math.min(delayCount + 1, WINDOW);
        }
    }

    void lag(int partition, long behind) {
        lag.put(partition, behind);
    }

    void forget(int partition) {
        lag.remove(partition);
    }

    void failed(Exception e) {
        lastFailure = e.toString();
    }

    /** Events still to read on the partitions this instance reads; -1 while unknown (no partition assigned yet). */
    public long totalLag() {
        if (lag.isEmpty() || lag.containsValue(-1L)) {
            return -1;
        }
        return lag.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<Integer, Long> lagByPartition() {
        return new TreeMap<>(lag);
    }

    /** The given percentile of the last events' delay in milliseconds; -1 before any event was applied. */
    public synchronized long delayPercentile(double percentile) {
        if (delayCount == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(delays, delayCount);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)];
    }

    public long applied() {
        return applied;
    }

    public Instant lastAppliedAt() {
        return lastAppliedAt;
    }

    public String lastFailure() {
        return lastFailure;
    }

    synchronized boolean reportDue() {
        return appliedSinceReport > 0;
    }

    synchronized String summary() {
        String line = "applied " + appliedSinceReport + " records since the last report; delay from goals-service's record to the"
                + " catalog row over the last " + delayCount + " events: p50 " + delayPercentile(0.5) + " ms, p99 "
                + delayPercentile(0.99) + " ms, max " + delayPercentile(1.0) + " ms; lag " + lagByPartition();
        appliedSinceReport = 0;
        return line;
    }
}
