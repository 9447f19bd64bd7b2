package co.pactos.goals.goal;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.kit.axon.cache.AggregateCache;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The aggregate cache: what a rolled-back transaction did is never answered from it, a write it did not see
 * (another instance of the service) is read from the store, and a goal with thousands of events loads reading
 * a bounded number of them (counted where Axon's storage engine reads, not timed).
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalAggregateCacheIntegrationTest {

    private static final int THRESHOLD = 100;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_cache_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.axon.snapshot-threshold", () -> THRESHOLD);
    }

    /** Counts what Axon's storage engine reads to load aggregates: events of one aggregate, snapshots, last sequence numbers. */
    static final class StorageReads {
        static final AtomicLong events = new AtomicLong();
        static final AtomicLong snapshots = new AtomicLong();
        static final AtomicLong sequenceLookups = new AtomicLong();
        /** Reads of the log from a tracking token: the relay's reader fetching what was appended. */
        static final AtomicLong trackedReads = new AtomicLong();

        static void reset() {
            events.set(0);
            snapshots.set(0);
            sequenceLookups.set(0);
            trackedReads.set(0);
        }
    }

    @TestConfiguration
    static class CountingStorage {

        @Bean
        static BeanPostProcessor countStorageReads() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof EventStorageEngine engine)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(EventStorageEngine.class.getClassLoader(), new Class<?>[]{EventStorageEngine.class},
                            (proxy, method, args) -> {
                                Object result;
                                try {
                                    result = method.invoke(engine, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                                if (method.getName().equals("readEvents") && args.length == 2 && args[0] instanceof String) {
                                    DomainEventStream stream = (DomainEventStream) result;
                                    return DomainEventStream.of(stream.asStream().peek(e -> StorageReads.events.incrementAndGet()),
                                            stream::getLastSequenceNumber);
                                }
                                if (method.getName().equals("readSnapshot")) {
                                    StorageReads.snapshots.incrementAndGet();
                                }
                                if (method.getName().equals("readEvents") && args.length == 2
                                        && args[0] instanceof org.axonframework.eventhandling.TrackingToken) {
                                    StorageReads.trackedReads.incrementAndGet();
                                }
                                if (method.getName().equals("lastSequenceNumberFor")) {
                                    StorageReads.sequenceLookups.incrementAndGet();
                                }
                                return result;
                            });
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AggregateCache cache;

    @Autowired
    EventStore eventStore;

    @Autowired
    PlatformTransactionManager transactions;

    private final ApiClient planeacion = TestIdentity.as("planeacion");
    private final JsonMapper json = JsonMapper.builder().build();
    private String goalId;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    @BeforeEach
    void goal() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        goalId = "goal-cache-" + s;
        ok(planeacion.put(url("/api/plans/plan-" + s), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}"""));
        ok(planeacion.put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(planeacion.put(url("/api/goals/" + goalId), """
                {"planId":"plan-%s","code":"MP-1","statement":"Construir 1 plataforma","indicator":"Plataforma",
                 "unit":"número","kind":"PRODUCT","accumulation":"FLOW","baseline":0,"target":100000,"dependency":"SDSP"}"""
                .formatted(s)));
    }

    private static String report(int value) {
        return "{\"effectiveDate\":\"2022-06-30\",\"value\":" + value + "}";
    }

    private ApiClient.Response progress(String reportId, int value) {
        return planeacion.put(url("/api/goals/" + goalId + "/progress/" + reportId), report(value));
    }

    private String line(String reportId, int value) {
        return "{\"put\":\"/api/goals/" + goalId + "/progress/" + reportId + "\",\"body\":" + report(value) + "}";
    }

    private List<String> batch(String query, String... lines) {
        ApiClient.Response response = planeacion.postBatch(url("/api/batch" + query), String.join("\n", lines) + "\n");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body().lines().map(l -> json.readTree(l).get("status").asString()).toList();
    }

    private long cacheAnswers() {
        return cache.hits() + cache.ownHits();
    }

    @Test
    void after_a_dry_run_the_goal_answers_from_what_was_recorded() {
        assertThat(progress("a", 1).status()).isEqualTo(201);
        long answered = cacheAnswers();

        assertThat(batch("?dryRun=true", line("b", 2), line("a", 1), line("c", 3))).containsExactly("CREATED", "UNCHANGED", "CREATED");

        // a cache that kept the dry run's goal would answer 409 (b was 2) and 200 (c was 3)
        assertThat(progress("b", 5).status()).isEqualTo(201);
        assertThat(progress("c", 6).status()).isEqualTo(201);
        assertThat(progress("b", 5).status()).isEqualTo(200);
        assertThat(progress("b", 2).status()).isEqualTo(409);
        assertThat(cacheAnswers()).as("the goal was answered from the cache").isGreaterThan(answered);
    }

    @Test
    void after_a_failed_atomic_batch_the_goal_answers_from_what_was_recorded() {
        assertThat(progress("a", 1).status()).isEqualTo(201);

        assertThat(batch("?atomic=true", line("b", 2), line("c", 3), line("a", 9)))
                .containsExactly("CREATED", "CREATED", "CONFLICT");

        assertThat(progress("b", 5).status()).isEqualTo(201);
        assertThat(progress("c", 6).status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(goalId)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void a_refused_line_does_not_leave_the_lines_before_it_in_its_transaction_unseen_or_its_own_write_seen() {
        assertThat(batch("", line("a", 1), line("a", 2), line("b", 1), line("a", 1), line("b", 1)))
                .containsExactly("CREATED", "CONFLICT", "CREATED", "UNCHANGED", "UNCHANGED");

        assertThat(progress("a", 1).status()).isEqualTo(200);
        assertThat(progress("b", 1).status()).isEqualTo(200);
        assertThat(progress("a", 2).status()).isEqualTo(409);
    }

    /**
     * Eight clients report on one goal at once: each command sees the events of the ones before it, so every report is
     * CREATED. (A PUT whose transaction outlived its command's unit of work, and so the aggregate's lock, let the next
     * command decide on the goal as it was before and fail on the store's key with 409.)
     */
    @Test
    void concurrent_reports_on_one_goal_are_all_created() throws Exception {
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String reportId = "c" + i;
                int value = i;
                answers.add(clients.submit(() -> progress(reportId, value).status()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(5, java.util.concurrent.TimeUnit.MINUTES));
            }
            assertThat(statuses).containsOnly(201);
        } finally {
            clients.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(goalId)
                .query(Long.class).single()).isEqualTo(81);
    }

    @Test
    void a_report_another_instance_recorded_is_seen_although_the_goal_was_cached() {
        assertThat(progress("a", 1).status()).isEqualTo(201);
        assertThat(progress("a", 1).status()).isEqualTo(200);
        long stale = cache.stale();

        // another instance of goals-service appends to the same store: this one's repository and cache are not involved
        long last = jdbc.sql("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?").param(goalId)
                .query(Long.class).single();
        String type = jdbc.sql("select type from domain_event_entry where aggregate_identifier = ? limit 1").param(goalId)
                .query(String.class).single();
        new TransactionTemplate(transactions).executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(type,
                goalId, last + 1, new ProgressReportedEvent(goalId, "elsewhere", LocalDate.parse("2022-06-30"), BigDecimal.valueOf(7),
                null, null, null), MetaData.emptyInstance())));

        // answered from a stale cache, the same body would be CREATED again (and refused by the store's key: 409)
        assertThat(progress("elsewhere", 7).status()).isEqualTo(200);
        assertThat(progress("elsewhere", 8).status()).isEqualTo(409);
        assertThat(cache.stale()).isGreaterThan(stale);
    }

    /**
     * Another writer (a batch's transaction, another instance) holds the goal's next sequence number uncommitted: this
     * write's insert waits for it, fails on the store's key once it commits, and is carried out again on the goal with
     * that write's event. Answered 409 "send again" before, although nothing conflicted in the domain.
     */
    @Test
    void a_report_racing_an_uncommitted_write_on_the_same_goal_is_created_once_that_write_commits() throws Exception {
        assertThat(progress("a", 1).status()).isEqualTo(201);
        assertThat(progress("a", 1).status()).as("the goal is cached").isEqualTo(200);

        ApiClient.Response answer = whileAnotherWriteWaits(() -> progress("b", 2));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(eventsOfGoal()).isEqualTo(4);
        assertThat(progress("elsewhere", 7).status()).isEqualTo(200);
        assertThat(progress("b", 2).status()).isEqualTo(200);
    }

    @Test
    void a_batch_line_racing_an_uncommitted_write_on_the_same_goal_is_created_once_that_write_commits() throws Exception {
        assertThat(progress("a", 1).status()).isEqualTo(201);
        assertThat(progress("a", 1).status()).as("the goal is cached").isEqualTo(200);

        List<String> statuses = whileAnotherWriteWaits(() -> batch("", line("b", 2), line("c", 3)));

        assertThat(statuses).containsExactly("CREATED", "CREATED");
        assertThat(eventsOfGoal()).isEqualTo(5);
        assertThat(progress("elsewhere", 7).status()).isEqualTo(200);
        assertThat(progress("c", 3).status()).isEqualTo(200);
    }

    private long eventsOfGoal() {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(goalId).query(Long.class).single();
    }

    /**
     * Appends a report ("elsewhere", 7) at the goal's next sequence number in a transaction of its own, left open until
     * {@code write} is waiting for a lock in PostgreSQL (on that sequence number), then commits it; answers what
     * {@code write} answered.
     */
    private <T> T whileAnotherWriteWaits(java.util.concurrent.Callable<T> write) throws Exception {
        long last = jdbc.sql("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?").param(goalId)
                .query(Long.class).single();
        String type = jdbc.sql("select type from domain_event_entry where aggregate_identifier = ? limit 1").param(goalId)
                .query(String.class).single();
        java.util.concurrent.CountDownLatch appended = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> other = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                eventStore.publish(new GenericDomainEventMessage<>(type, goalId, last + 1, new ProgressReportedEvent(goalId, "elsewhere",
                        LocalDate.parse("2022-06-30"), BigDecimal.valueOf(7), null, null, null), MetaData.emptyInstance()));
                appended.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(appended.await(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            java.util.concurrent.Future<T> answer = threads.submit(write);
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> answer.isDone() || jdbc.sql(
                    "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
                    .query(Long.class).single() > 0);
            assertThat(answer.isDone()).as("the write waited for the other one's lock").isFalse();
            commit.countDown();
            other.get(1, java.util.concurrent.TimeUnit.MINUTES);
            return answer.get(1, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void an_append_at_a_sequence_number_already_taken_is_refused_and_changes_nothing() {
        assertThat(progress("a", 1).status()).isEqualTo(201);
        long before = jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(goalId)
                .query(Long.class).single();
        String type = jdbc.sql("select type from domain_event_entry where aggregate_identifier = ? limit 1").param(goalId)
                .query(String.class).single();

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(type, goalId, before - 1,
                        new ProgressReportedEvent(goalId, "late", LocalDate.parse("2022-06-30"), BigDecimal.ONE, null, null, null),
                        MetaData.emptyInstance()))));

        assertThat(refused).isInstanceOf(org.axonframework.modelling.command.ConcurrencyException.class);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(goalId)
                .query(Long.class).single()).isEqualTo(before);
    }

    /**
     * The relay's reader is woken when a batch's transaction commits, not at the end of each line's unit of work (when
     * nothing of the line is committed yet): 300 lines in 3 transactions, not 300 reads that find nothing.
     */
    @Test
    void the_relay_reads_a_batch_once_per_transaction_not_once_per_line() {
        int lines = 300;
        StorageReads.reset();
        assertThat(batch("", IntStream.rangeClosed(1, lines).mapToObj(i -> line("w" + i, i)).toArray(String[]::new)))
                .hasSize(lines).containsOnly("CREATED");
        assertThat(StorageReads.trackedReads.get()).as("reads of the log while the batch ran").isLessThan(lines / 10);
    }

    @Test
    void a_goal_with_thousands_of_events_loads_reading_a_bounded_number_of_events() {
        int reports = 2_000;
        List<String> statuses = batch("", IntStream.rangeClosed(1, reports).mapToObj(i -> line("r" + i, i)).toArray(String[]::new));
        assertThat(statuses).hasSize(reports).containsOnly("CREATED");
        assertThat(jdbc.sql("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?").param(goalId)
                .query(Long.class).single()).isEqualTo(reports);

        // not in memory (a restarted or other instance): its latest snapshot and at most the threshold of events after it
        cache.removeAll();
        StorageReads.reset();
        assertThat(progress("cold", 1).status()).isEqualTo(201);
        assertThat(StorageReads.snapshots.get()).isEqualTo(1);
        assertThat(StorageReads.events.get()).isLessThanOrEqualTo(THRESHOLD);

        // in memory: one sequence number read, no event
        StorageReads.reset();
        assertThat(progress("warm", 1).status()).isEqualTo(201);
        assertThat(progress("r7", 7).status()).isEqualTo(200);
        assertThat(progress("r7", 8).status()).isEqualTo(409);
        assertThat(StorageReads.events.get()).isZero();
        assertThat(StorageReads.snapshots.get()).isZero();
        assertThat(StorageReads.sequenceLookups.get()).isEqualTo(3);
    }
}
