package co.pactos.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code clients} clients, each sending its next PUT as soon as the last one answered, for {@code duration}:
 * how many writes the service accepts (201) per second, at which latency, over the whole run and in its first
 * and last {@code window} (does the rate hold as the aggregates grow?).
 */
final class ClosedLoopPuts {

    /** The n-th PUT of a client: its path and JSON body. */
    interface Write {
        String[] next(int client, long n);
    }

    /** Accepted/s and latency of the PUTs that ended in one part of the run. */
    record Part(double acceptedPerSecond, Percentiles latency) {
    }

    record Result(int clients, double seconds, long accepted, Map<String, Integer> statuses, Part all, Part first, Part last) {
    }

    private ClosedLoopPuts() {
    }

    static Result run(WritesHttp http, int clients, Duration duration, Duration window, Write write) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<long[]> samples = new ArrayList<>(); // {ended (ns from start), latency (ns), status}
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                List<long[]> mine = new ArrayList<>();
                for (long n = 0; System.nanoTime() < end; n++) {
                    String[] put = write.next(client, n);
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.put(put[0], put[1]).status();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                    long now = System.nanoTime();
                    mine.add(new long[] {now - start, now - sent, status});
                }
                synchronized (samples) {
                    samples.addAll(mine);
                }
            }, "closed-loop-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a client failed", failure.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> statuses = new TreeMap<>();
        long accepted = 0;
        for (long[] s : samples) {
            statuses.merge(s[2] < 0 ? "io error" : Long.toString(s[2]), 1, Integer::sum);
            accepted += s[2] == 201 ? 1 : 0;
        }
        long windowNanos = window.toNanos();
        long lastFrom = (long) (seconds * 1e9) - windowNanos;
        return new Result(clients, seconds, accepted, statuses, part(samples, 0, Long.MAX_VALUE, seconds),
                part(samples, 0, windowNanos, window.toNanos() / 1e9), part(samples, lastFrom, Long.MAX_VALUE, windowNanos / 1e9));
    }

    private static Part part(List<long[]> samples, long from, long to, double seconds) {
        List<long[]> in = samples.stream().filter(s -> s[0] >= from && s[0] < to).toList();
        long accepted = in.stream().filter(s -> s[2] == 201).count();
        return new Part(accepted / seconds, Percentiles.of(in.stream().mapToLong(s -> s[1]).toArray(), null));
    }

    /** "accepted/s, p50, p99" as text. */
    static String text(Part part) {
        return String.format("%,.0f accepted/s, p50 %s, p99 %s", part.acceptedPerSecond(), part.latency().millis(50),
                part.latency().millis(99));
    }
}
