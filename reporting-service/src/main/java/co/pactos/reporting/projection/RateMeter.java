package co.pactos.reporting.projection;

import java.util.ArrayDeque;
import java.util.Deque;

/** Events per second over the last few seconds, from samples of a running total. */
final class RateMeter {

    private static final long WINDOW_NANOS = 5_000_000_000L;

    private record Sample(long nanos, long total) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();

    synchronized void record(long total) {
        long now = System.nanoTime();
        samples.addLast(new Sample(now, total));
        while (samples.size() > 2 && now - samples.peekFirst().nanos() > WINDOW_NANOS) {
            samples.removeFirst();
        }
    }

    synchronized double perSecond() {
        if (samples.size() < 2 || System.nanoTime() - samples.peekLast().nanos() > WINDOW_NANOS) {
            return 0;
        }
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long nanos = last.nanos() - first.nanos();
        return nanos == 0 ? 0 : (last.total() - first.total()) * 1e9 / nanos;
    }
}
