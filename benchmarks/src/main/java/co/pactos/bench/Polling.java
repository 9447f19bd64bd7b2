package co.pactos.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a step on a scheduler, at a fixed delay, until it gives an answer or the time is up: how the benchmark
 * waits for the service (health, positions, a version going LIVE, idleness) without sleeping in a loop.
 */
final class Polling {

    /** One look: an answer ends the wait; empty looks again after the interval. */
    @FunctionalInterface
    interface Step<T> {
        Optional<T> look() throws IOException, InterruptedException;
    }

    private Polling() {
    }

    /** The step's first answer, or empty when {@code atMost} passed without one. A step's failure ends the wait with it. */
    static <T> Optional<T> every(Duration interval, Duration atMost, Step<T> step) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "benchmark-polling");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<Optional<T>> done = new CompletableFuture<>();
        long deadline = System.nanoTime() + atMost.toNanos();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                Optional<T> answer = step.look();
                if (answer.isPresent() || System.nanoTime() >= deadline) {
                    done.complete(answer);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return done.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (InterruptedException) cause;
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** Waits {@code pause} on the scheduler (a settle time after a condition, not a poll). */
    static void pause(Duration pause) throws InterruptedException {
        every(pause, pause, () -> Optional.empty());
    }
}
