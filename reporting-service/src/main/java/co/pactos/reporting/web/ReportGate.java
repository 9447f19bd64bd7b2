package co.pactos.reporting.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many reports are computed at once, so memory and database connections per request
 * stay bounded under overload: a request that cannot start within the wait answers 503 with
 * Retry-After instead of piling up until the heap or the pool runs out.
 */
@Component
public class ReportGate {

    /** Thrown when the service is saturated; answered 503 with Retry-After. */
    public static class Saturated extends RuntimeException {
        Saturated(String message) {
            super(message);
        }
    }

    private final Semaphore permits;
    private final long waitMillis;

    public ReportGate(@Value("${pactos.reporting.concurrent-reports:6}") int concurrent,
                      @Value("${pactos.reporting.report-wait-millis:2000}") long waitMillis) {
        this.permits = new Semaphore(concurrent, true);
        this.waitMillis = waitMillis;
    }

    public <T> T run(Supplier<T> report) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Saturated("interrupted while waiting to compute the report");
        }
        if (!acquired) {
            throw new Saturated("every report slot has been busy for " + waitMillis + " ms; send the request again in a second");
        }
        try {
            return report.get();
        } finally {
            permits.release();
        }
    }
}
