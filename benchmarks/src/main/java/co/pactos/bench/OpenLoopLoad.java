package co.pactos.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests at a fixed offered rate whatever the answers do (an open loop): request i is due at
 * start + i / rate, and its latency is measured from that due time, so a slow answer delays nothing
 * and hides nothing (no coordinated omission). At most {@code maxInFlight} are sent at once; the
 * others wait their turn, and the wait counts. A warm-up at the same rate comes first and is not
 * counted (answered/s counts its answers too: it is what the service got through while offered the rate). Requests still unanswered {@link #DRAIN} after the last one was due are counted with the
 * time they had waited, as lower bounds.
 */
final class OpenLoopLoad {

    static final Duration DRAIN = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** The outcome of one run. */
    record Result(String name, String path, int rate, int scheduled, int answeredOk, Map<String, Integer> errors,
                  int unanswered, double answeredPerSecond, Percentiles latency) {
    }

    private OpenLoopLoad() {
    }

    static Result run(ServiceHttp http, String name, String path, int rate, Duration warmup, Duration duration, int maxInFlight)
            throws InterruptedException {
        int warm = (int) (rate * warmup.toMillis() / 1000);
        int measured = (int) (rate * duration.toMillis() / 1000);
        long period = 1_000_000_000L / rate;
        long[] latency = new long[measured];
        boolean[] done = new boolean[measured];
        Map<String, Integer> errors = new TreeMap<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger answeredInAll = new AtomicInteger(); // the warm-up's answers too: what the service got through
        AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
        HttpRequest request = http.request(path, REQUEST_TIMEOUT).GET().build();
        ExecutorService senders = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread thread = new Thread(r, "open-loop-" + name);
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < warm + measured; i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int slot = i - warm;
            senders.execute(() -> {
                String outcome;
                try {
                    int status = http.send(request);
                    outcome = status == 200 ? null : Integer.toString(status);
                } catch (HttpTimeoutException e) {
                    outcome = "timeout";
                } catch (IOException e) {
                    outcome = "io: " + e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    return; // given up on at the end of the drain
                }
                long now = System.nanoTime();
                answeredInAll.incrementAndGet();
                lastAnswer.accumulateAndGet(now, Math::max);
                if (slot >= 0) {
                    synchronized (errors) {
                        latency[slot] = now - due;
                        done[slot] = true;
                        if (outcome == null) {
                            ok.incrementAndGet();
                        } else {
                            errors.merge(outcome, 1, Integer::sum);
                        }
                    }
                }
            });
        }
        long lastDue = start + (long) (warm + measured - 1) * period;
        senders.shutdown();
        senders.awaitTermination(Math.max(0, lastDue + DRAIN.toNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
        senders.shutdownNow(); // what was never sent or is still unanswered counts as unanswered
        long gaveUp = System.nanoTime();
        synchronized (errors) {
            boolean[] censored = new boolean[measured];
            int unanswered = 0;
            for (int i = 0; i < measured; i++) {
                if (!done[i]) {
                    censored[i] = true;
                    latency[i] = gaveUp - (start + (long) (warm + i) * period);
                    unanswered++;
                }
            }
            double window = Math.max(warmup.plus(duration).toNanos(), lastAnswer.get() - start) / 1e9;
            return new Result(name, path, rate, measured, ok.get(), Map.copyOf(errors), unanswered, answeredInAll.get() / window,
                    Percentiles.of(latency, censored));
        }
    }
}
