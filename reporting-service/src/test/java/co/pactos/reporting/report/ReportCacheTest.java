package co.pactos.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pactos.reporting.projection.KnownAt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReportCacheTest {

    private static KnownAt known(long generation) {
        return new KnownAt(null, Instant.parse("2022-07-01T12:00:00Z"), "pact_progress_v1", 1, null, generation,
                java.util.Map.of("progress_report", generation), 0);
    }

    @Test
    void requests_for_a_report_being_computed_wait_for_that_computation() throws Exception {
        ReportCache cache = new ReportCache(1_000_000);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.bytes(known(1), "pact:a", () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return new byte[] {42};
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.bytes(known(1), "pact:a", () -> {
                    computed.incrementAndGet();
                    return new byte[] {0};
                })));
            }
            release.countDown();
            for (Future<byte[]> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly(42);
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_new_generation_computes_the_report_again() {
        ReportCache cache = new ReportCache(1_000_000);
        assertThat(cache.bytes(known(1), "pact:a", () -> new byte[] {1})).containsExactly(1);
        assertThat(cache.bytes(known(1), "pact:a", () -> new byte[] {2})).containsExactly(1);
        assertThat(cache.bytes(known(2), "pact:a", () -> new byte[] {3})).containsExactly(3);
    }

    @Test
    void the_least_recently_used_reports_leave_when_the_bytes_exceed_the_budget() {
        ReportCache cache = new ReportCache(1_000);
        cache.bytes(known(1), "a", () -> new byte[400]);
        cache.bytes(known(1), "b", () -> new byte[400]);
        cache.bytes(known(1), "a", () -> new byte[1]); // a is now the most recently used
        cache.bytes(known(1), "c", () -> new byte[400]);

        assertThat(cache.held()).isLessThanOrEqualTo(1_000);
        assertThat(cache.bytes(known(1), "a", () -> new byte[1])).hasSize(400);
        assertThat(cache.bytes(known(1), "b", () -> new byte[1])).hasSize(1);
    }

    @Test
    void a_report_larger_than_the_budget_is_served_and_not_kept() {
        ReportCache cache = new ReportCache(100);
        assertThat(cache.bytes(known(1), "big", () -> new byte[500])).hasSize(500);
        assertThat(cache.held()).isZero();
        assertThat(cache.bytes(known(1), "big", () -> new byte[1])).hasSize(1);
    }

    @Test
    void a_failed_computation_is_not_kept() {
        ReportCache cache = new ReportCache(1_000);
        assertThatThrownBy(() -> cache.bytes(known(1), "a", () -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cache.bytes(known(1), "a", () -> new byte[] {7})).containsExactly(7);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_part_made_from_some_tables_is_kept_while_other_tables_move_and_computed_again_when_one_of_them_does() {
        ReportCache cache = new ReportCache(1_000_000);
        List<String> money = List.of("investment", "investment_execution");
        assertThat(part(cache, facts(1, 5, 0), money, "first")).isEqualTo("first");
        assertThat(part(cache, facts(2, 5, 0), money, "after a progress report")).isEqualTo("first");
        assertThat(part(cache, facts(2, 6, 0), money, "after an investment")).isEqualTo("after an investment");
        assertThat(part(cache, facts(2, 6, 1), money, "after an event was parked")).isEqualTo("after an event was parked");
    }

    private static KnownAt facts(long progress, long investments, long parked) {
        return new KnownAt(null, Instant.parse("2022-07-01T12:00:00Z"), "pact_progress_v1", 1, null, progress + investments + parked,
                java.util.Map.of("progress_report", progress, "investment", investments), parked);
    }

    private static String part(ReportCache cache, KnownAt known, List<String> facts, String computed) {
        return cache.get(known, facts, "money:pact", () -> computed, text -> 100);
    }
}
