package co.pactos.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * PUTs at a fixed offered rate whatever the answers do (as {@link OpenLoopLoad}, latency from each PUT's due
 * time), with the relay's lag of each recorded event: the time from its PUT's answer to its record reaching a
 * plain consumer of the topic ({@link RelayWatch}). Events not on the topic {@link #DRAIN} after the last answer
 * are counted as behind.
 */
final class OpenLoopPuts {

    static final Duration DRAIN = Duration.ofSeconds(10);

    record Result(int rate, int scheduled, int accepted, Map<String, Integer> statuses, double acceptedPerSecond,
                  Percentiles latency, Percentiles relayLag, int events, int behind) {
    }

    private OpenLoopPuts() {
    }

    static Result run(WritesHttp http, RelayWatch relay, int rate, Duration duration, int maxInFlight, ClosedLoopPuts.Write write)
            throws InterruptedException {
        int scheduled = (int) (rate * duration.toMillis() / 1000);
        long period = 1_000_000_000L / rate;
        long[] latency = new long[scheduled];
        boolean[] done = new boolean[scheduled];
        List<long[]> answered = new ArrayList<>(); // {answered at (nanoTime)} per event, beside its id
        List<String> answeredIds = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread thread = new Thread(r, "open-loop-put");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < scheduled; i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int slot = i;
            String[] put = write.next(0, i);
            senders.execute(() -> {
                String outcome;
                List<String> ids = List.of();
                try {
                    WritesHttp.Answer answer = http.put(put[0], put[1]);
                    outcome = Integer.toString(answer.status());
                    ids = answer.eventIds();
                } catch (IOException e) {
                    outcome = "io: " + e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                synchronized (statuses) {
                    latency[slot] = now - due;
                    done[slot] = true;
                    statuses.merge(outcome, 1, Integer::sum);
                    if (outcome.equals("201")) {
                        accepted.incrementAndGet();
                    }
                    for (String id : ids) {
                        answeredIds.add(id);
                        answered.add(new long[] {now});
                    }
                }
            });
        }
        long lastDue = start + (long) (scheduled - 1) * period;
        senders.shutdown();
        senders.awaitTermination(Math.max(0, lastDue + DRAIN.toNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
        senders.shutdownNow();
        long gaveUp = System.nanoTime();
        double window = Math.max(duration.toNanos(), gaveUp - start - DRAIN.toNanos()) / 1e9;
        // give the relay the drain too, then read what arrived
        long relayDeadline = System.nanoTime() + DRAIN.toNanos();
        synchronized (statuses) {
            while (System.nanoTime() < relayDeadline && answeredIds.stream().anyMatch(id -> relay.arrival(id) == null)) {
                LockSupport.parkNanos(100_000_000L);
            }
            boolean[] censored = new boolean[scheduled];
            for (int i = 0; i < scheduled; i++) {
                if (!done[i]) {
                    censored[i] = true;
                    latency[i] = gaveUp - (start + i * period);
                }
            }
            long[] lag = new long[answeredIds.size()];
            boolean[] lagCensored = new boolean[lag.length];
            int behind = 0;
            long now = System.nanoTime();
            for (int i = 0; i < lag.length; i++) {
                Long arrival = relay.arrival(answeredIds.get(i));
                if (arrival == null) {
                    behind++;
                    lagCensored[i] = true;
                    lag[i] = now - answered.get(i)[0];
                } else {
                    lag[i] = Math.max(0, arrival - answered.get(i)[0]); // 0: on the topic before the answer reached the client
                }
            }
            return new Result(rate, scheduled, accepted.get(), Map.copyOf(statuses), accepted.get() / window,
                    Percentiles.of(latency, censored), Percentiles.of(lag, lagCensored), lag.length, behind);
        }
    }
}
