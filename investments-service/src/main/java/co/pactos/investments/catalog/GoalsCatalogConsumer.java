package co.pactos.investments.catalog;

import co.pactos.events.Topics;
import co.pactos.kit.audit.CheckpointSchedule;
import co.pactos.kit.relay.KafkaSettings;
import co.pactos.kit.relay.SeekToStoredOffsets;
import co.pactos.kit.relay.TopicProvisioner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps investments-service's catalog of goals-service's plans, dependencies, pacts, goals, activities and period
 * closures from goals-service's topic ({@link Topics#GOALS}). Each poll is applied in one database transaction with
 * the positions reached ({@code goals_catalog_position}); Kafka's committed offsets are not used: on assignment the
 * consumer seeks to the stored positions, so a crash between rows and positions cannot happen and a redelivery
 * changes nothing. Instances share the catalog's database and split the partitions through the consumer group
 * {@code pactos.catalog.consumer-group}. A failure rolls the poll back and starts again after a backoff (1 s doubling
 * to 30 s), so commands keep being answered from the catalog as it stands while Kafka or goals-service is away.
 *
 * <p>A poll that held a period's closure ({@code PeriodClosed}) makes this service sign a checkpoint of its own chain
 * once the poll is committed ({@link #checkpointAtClosure()}): investments-service learns of closures only here, so
 * the checkpoint that goals-service signs at a closure's position has its counterpart in this log.
 */
@Component
public class GoalsCatalogConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GoalsCatalogConsumer.class);
    private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final KafkaSettings kafka;
    private final DataSource dataSource;
    private final CatalogStatus status;
    private final ObjectProvider<CheckpointSchedule> checkpoints;
    private final String group;
    private final String topic;
    private volatile boolean running;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public GoalsCatalogConsumer(KafkaSettings kafka, DataSource dataSource, CatalogStatus status,
                                ObjectProvider<CheckpointSchedule> checkpoints,
                                @Value("${pactos.catalog.consumer-group:pactos-investments-catalog}") String group,
                                @Value("${pactos.catalog.topic:" + Topics.GOALS + "}") String topic) {
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.status = status;
        this.checkpoints = checkpoints;
        this.group = group;
        this.topic = topic;
    }

    @Override
    public synchronized void start() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.CLIENT_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "goals-catalog");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Duration backoff = INITIAL_BACKOFF;
        Instant lastReport = Instant.now();
        try {
            while (running) {
                try {
                    TopicProvisioner.ensure(kafka, List.of(topic));
                    consumer.subscribe(List.of(topic), new SeekToStoredOffsets(consumer, dataSource,
                            "select next_offset from goals_catalog_position where topic = ? and partition = ?", List.of(),
                            "the goals catalog", revoked -> revoked.forEach(p -> status.forget(p.partition()))));
                    while (running) {
                        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                        if (!records.isEmpty()) {
                            apply(records);
                        }
                        noteLag();
                        backoff = INITIAL_BACKOFF;
                        if (Duration.between(lastReport, Instant.now()).compareTo(REPORT_EVERY) >= 0 && status.reportDue()) {
                            log.info("goals catalog: {}", status.summary());
                            lastReport = Instant.now();
                        }
                    }
                } catch (WakeupException e) {
                    if (running) {
                        throw e;
                    }
                } catch (RuntimeException | SQLException e) {
                    status.failed(e);
                    log.error("goals catalog: failed; starting again from the stored positions in {} s", backoff.toSeconds(), e);
                    consumer.unsubscribe();
                    if (stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close();
        }
    }

    /** One transaction: the rows of every record of the poll (a JDBC batch per table), then the positions after it. */
    private void apply(ConsumerRecords<String, byte[]> records) throws SQLException {
        List<Instant> recorded = new ArrayList<>();
        boolean closed = false;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<TopicPartition, Long> next = new HashMap<>();
                try (CatalogRows rows = new CatalogRows(connection)) {
                    for (ConsumerRecord<String, byte[]> record : records) {
                        Instant time = rows.apply(record);
                        if (time != null) {
                            recorded.add(time);
                        }
                        next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
                    }
                    rows.flush();
                    closed = rows.closedAPeriod();
                }
                storePositions(connection, next);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        status.applied(records.count(), recorded, Instant.now());
        if (closed) {
            checkpointAtClosure();
        }
    }

    /**
     * A checkpoint of this service's chain as it stands when the catalog has recorded a closure (after that transaction
     * committed). Why the head as chained at that moment, and not the position of the last event recorded before the
     * closure was learned: the chain is written by the relay a moment after each write, so that position may not be
     * chained yet, and signing it would mean waiting here (holding up the catalog) for the relay; the head is what this
     * service can vouch for now, it covers every event chained before the closure was known, and the relay's lag (well
     * under a second while Kafka is up) is the only difference. A closure redelivered, or several in one poll, sign at
     * most one checkpoint: none when the head has not moved since the last one (that one already covers it). A failure
     * is logged, not retried: the catalog has the closure, and the periodic checkpoint covers the head later.
     */
    private void checkpointAtClosure() {
        CheckpointSchedule schedule = checkpoints.getIfAvailable();
        if (schedule == null) {
            return;
        }
        try {
            schedule.checkpointHead().ifPresent(c -> log.info("goals catalog: a period's closure recorded; signed checkpoint at position {}",
                    c.position()));
        } catch (RuntimeException e) {
            log.warn("goals catalog: a period's closure recorded, but the checkpoint of the chain's head failed", e);
        }
    }

    private void noteLag() {
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            status.lag(partition.partition(), lag.isPresent() ? lag.getAsLong() : -1);
        }
    }

    private static void storePositions(Connection connection, Map<TopicPartition, Long> next) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into goals_catalog_position (topic, partition, next_offset, updated_at) values (?, ?, ?, clock_timestamp())
                on conflict (topic, partition) do update
                set next_offset = greatest(goals_catalog_position.next_offset, excluded.next_offset), updated_at = excluded.updated_at""")) {
            for (Map.Entry<TopicPartition, Long> position : next.entrySet()) {
                upsert.setString(1, position.getKey().topic());
                upsert.setInt(2, position.getKey().partition());
                upsert.setLong(3, position.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopped.countDown();
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
