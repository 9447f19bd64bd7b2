package co.pactos.reporting.projection;

import co.pactos.events.EventJson;
import co.pactos.events.PactosEvent;
import co.pactos.events.UnreadableEvent;
import co.pactos.kit.audit.ChainedRecord;
import co.pactos.kit.relay.KafkaSettings;
import co.pactos.kit.relay.SeekToStoredOffsets;
import co.pactos.kit.relay.TopicProvisioner;
import co.pactos.reporting.projection.BatchWriter.Decoded;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

/**
 * Keeps one version of the projection up to date with the log: a Kafka consumer of its own
 * (group per version, so instances split the partitions) that applies each poll in one database
 * transaction together with the positions reached. Kafka's committed offsets are not used: on every
 * assignment it seeks to the positions stored with the version, so a crash between the rows and the
 * positions cannot happen, and a redelivery only re-applies events, which changes nothing. A failure
 * rolls the batch back and the runner starts again from the stored positions after a backoff.
 */
final class ProjectionRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);
    private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration WATERMARK_EVERY = Duration.ofMillis(500);
    private static final int PARALLEL_DECODE = 1_000;

    private final ProjectionVersion version;
    private final List<String> topics;
    private final KafkaSettings kafka;
    private final DataSource dataSource;
    private final String groupPrefix;
    private final int maxBatch;
    private final long catchUpLag;

    private final AtomicLong applied = new AtomicLong();
    private final Map<TopicPartition, Long> endOffsets = new ConcurrentHashMap<>();
    private final RateMeter rate = new RateMeter();
    private volatile boolean running;
    private volatile boolean retryParked;
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private Thread thread;
    private KafkaConsumer<String, byte[]> consumer;

    ProjectionRunner(ProjectionVersion version, List<String> topics, KafkaSettings kafka, DataSource dataSource, String groupPrefix,
                     int maxBatch, long catchUpLag) {
        this.catchUpLag = catchUpLag;
        this.version = version;
        this.topics = topics;
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.groupPrefix = groupPrefix;
        this.maxBatch = maxBatch;
    }

    ProjectionVersion version() {
        return version;
    }

    long applied() {
        return applied.get();
    }

    double eventsPerSecond() {
        return rate.perSecond();
    }

    /** The end of each partition this instance reads, as last seen by the consumer. */
    Map<TopicPartition, Long> endOffsets() {
        return Map.copyOf(endOffsets);
    }

    /** Asks the runner to try its parked events again (after a fix), on its own thread. */
    void retryParked() {
        retryParked = true;
    }

    synchronized void start() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "-" + version.name() + "-v" + version.version(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxBatch,
                // large fetches for a rebuild, but bounded: each version has a consumer, and memory is counted
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16 * 1024 * 1024,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        stopped = new CountDownLatch(1);
        thread = new Thread(this::run, "projection-" + version.name() + "-v" + version.version());
        thread.start();
    }

    private void run() {
        Duration backoff = INITIAL_BACKOFF;
        try {
            while (running) {
                Writer writer = null;
                try {
                    TopicProvisioner.ensure(kafka, topics);
                    writer = new Writer();
                    consumer.subscribe(topics, new SeekToStoredOffsets(consumer, dataSource, """
                            select next_offset from projection_position where name = ? and version = ? and topic = ? and partition = ?""",
                            List.of(version.name(), version.version()), version.schema(),
                            revoked -> revoked.forEach(endOffsets::remove)));
                    Instant lastWatermark = Instant.EPOCH;
                    while (running) {
                        writer.rethrowFailure();
                        Instant polled = Instant.now();
                        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                        boolean watermarkDue = Duration.between(lastWatermark, polled).compareTo(WATERMARK_EVERY) >= 0;
                        if (!records.isEmpty() || watermarkDue) {
                            writer.submit(read(records, polled));
                            lastWatermark = polled;
                        }
                        backoff = INITIAL_BACKOFF;
                    }
                } catch (WakeupException e) {
                    if (running) {
                        throw e;
                    }
                } catch (RuntimeException | SQLException e) {
                    log.error("{} v{} failed; starting again from the stored positions in {} s", version.name(), version.version(),
                            backoff.toSeconds(), e);
                    consumer.unsubscribe();
                    if (writer != null) {
                        writer.stop();
                        writer = null;
                    }
                    if (stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                } finally {
                    if (writer != null) {
                        writer.stop();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close();
        }
    }

    /** A poll read and decoded, with the positions and the partitions caught up after it: what the writer commits. */
    private record Batch(List<Decoded> events, Map<TopicPartition, Long> positions, List<TopicPartition> caughtUp, Instant polled,
                         long lag) {
    }

    /** On the consumer's thread: decodes the poll and notes where each assigned partition stands after it. */
    private Batch read(ConsumerRecords<String, byte[]> records, Instant polled) {
        List<ConsumerRecord<String, byte[]>> polledRecords = new ArrayList<>(records.count());
        records.forEach(polledRecords::add);
        // a large poll (a build from offset 0) is decoded on the common pool as well, in order: reading the log is
        // the limit of a build, and decoding one event needs nothing of another
        List<Decoded> events = polledRecords.size() >= PARALLEL_DECODE
                ? polledRecords.parallelStream().map(ProjectionRunner::decode).toList()
                : polledRecords.stream().map(ProjectionRunner::decode).toList();
        Map<TopicPartition, Long> positions = new HashMap<>();
        List<TopicPartition> caughtUp = new ArrayList<>();
        // before the group has assigned any partition, how far behind is unknown, not zero (taking the keys then would
        // make the whole fill go through the indexes)
        long behind = consumer.assignment().isEmpty() ? Long.MAX_VALUE : 0;
        for (TopicPartition partition : consumer.assignment()) {
            long position = consumer.position(partition, Duration.ofSeconds(10));
            OptionalLong lag = consumer.currentLag(partition);
            behind = lag.isPresent() && behind != Long.MAX_VALUE ? behind + lag.getAsLong() : Long.MAX_VALUE;
            positions.put(partition, position);
            endOffsets.put(partition, position + (lag.isPresent() ? lag.getAsLong() : 0));
            if (lag.isPresent() && lag.getAsLong() == 0) {
                caughtUp.add(partition);
            }
        }
        return new Batch(events, positions, caughtUp, polled, behind);
    }

    /**
     * The second stage: writes the batches the consumer's thread has read, each in one transaction with its
     * positions, on a connection of its own, while the consumer reads and decodes the next poll (PostgreSQL and
     * the decoding then use both cores). At most two batches wait. A failure stops it; the consumer then starts
     * again from the stored positions, so the batches that were waiting are read again, never lost.
     */
    private final class Writer {

        private final java.util.concurrent.BlockingQueue<Batch> queue = new java.util.concurrent.ArrayBlockingQueue<>(1);
        private final Connection connection;
        private BatchWriter batches;
        private final Thread thread;
        private volatile boolean stopping;
        private volatile Exception failure;

        Writer() throws SQLException {
            connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to " + version.schema() + ", public");
                    // a commit need not wait for its WAL to reach the disk: should the server crash, the rows and the
                    // positions of the last batches are lost together, and the batches are read again from Kafka
                    statement.execute("set synchronous_commit to off");
                }
                connection.commit();
                batches = new BatchWriter(connection, !ProjectionRegistry.indexed(connection, version));
                ChainLinks.ensureTable(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            thread = new Thread(this::loop, "projection-" + version.name() + "-v" + version.version() + "-writer");
            thread.start();
        }

        void submit(Batch batch) throws InterruptedException, SQLException {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        }

        void rethrowFailure() throws SQLException {
            Exception e = failure;
            if (e instanceof SQLException sql) {
                throw sql;
            }
            if (e != null) {
                throw new IllegalStateException("the projection's writer failed", e);
            }
        }

        private void loop() {
            try {
                while (!stopping) {
                    if (retryParked) {
                        retryParked = false;
                        retry(connection, batches);
                    }
                    Batch batch = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (batch != null) {
                        apply(batch);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException | RuntimeException e) {
                failure = e;
            }
        }

        /** One transaction: the batch's rows, its parked events, and the positions (and watermarks) reached. */
        private void apply(Batch batch) throws SQLException {
            if (batches.bulk() && ProjectionRegistry.indexed(connection, version)) {
                batches = new BatchWriter(connection, false); // another instance took the keys
            }
            try {
                if (!batch.events().isEmpty()) {
                    batches.write(ChainLinks.check(connection, batch.events()));
                }
                storePositions(connection, batch);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
            applied.addAndGet(batch.events().size());
            rate.record(applied.get());
            if (batches.bulk() && batch.lag() <= catchUpLag) {
                takeKeys();
            }
        }

        /** Caught up while filling without keys: drop what was written twice, take the keys, write with them from now on. */
        private void takeKeys() throws SQLException {
            long started = System.nanoTime();
            try {
                ProjectionRegistry.takeKeys(connection, version);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
            batches = new BatchWriter(connection, false);
            log.info("{} v{}: caught up; keys and indexes taken in {} ms", version.name(), version.version(),
                    (System.nanoTime() - started) / 1_000_000);
        }

        private void rollbackQuietly() {
            try {
                connection.rollback();
            } catch (SQLException e) {
                log.debug("rollback after a failed batch failed too", e);
            }
        }

        void stop() {
            stopping = true;
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the writer's connection failed", e);
            }
        }
    }

    static Decoded decode(ConsumerRecord<String, byte[]> record) {
        LogHeaders meta;
        try {
            meta = LogHeaders.of(record);
        } catch (RuntimeException e) {
            return new Decoded(record, null, null, "unreadable CloudEvents headers: " + e.getMessage());
        }
        String unchained = ChainedRecord.contentError(record);
        if (unchained != null) {
            return new Decoded(record, meta, null, unchained);
        }
        try {
            PactosEvent event = EventJson.read(meta.type(), meta.revision(), record.value());
            return new Decoded(record, meta, PactProgressFacts.rowOf(event, meta), null);
        } catch (UnreadableEvent e) {
            return new Decoded(record, meta, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Decoded(record, meta, null, "cannot be applied: " + e);
        }
    }

    private void storePositions(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into projection_position (name, version, topic, partition, next_offset, caught_up_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (name, version, topic, partition) do update
                set next_offset = greatest(projection_position.next_offset, excluded.next_offset),
                    caught_up_at = greatest(projection_position.caught_up_at, excluded.caught_up_at)""")) {
            for (Map.Entry<TopicPartition, Long> position : batch.positions().entrySet()) {
                upsert.setString(1, version.name());
                upsert.setInt(2, version.version());
                upsert.setString(3, position.getKey().topic());
                upsert.setInt(4, position.getKey().partition());
                upsert.setLong(5, position.getValue());
                upsert.setTimestamp(6, batch.caughtUp().contains(position.getKey()) ? BatchWriter.timestamp(batch.polled()) : null);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Applies the parked events again; those that now apply leave the parking, the others stay with their new reason. */
    private void retry(Connection connection, BatchWriter writer) throws SQLException {
        List<Decoded> again = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select topic, kafka_partition, kafka_offset, headers::text, payload from parked_event")) {
            while (rs.next()) {
                ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(rs.getString(1), rs.getInt(2), rs.getLong(3), null,
                        rs.getBytes(5));
                Map<String, String> headers = EventJson.mapper().readValue(rs.getString(4),
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
                headers.forEach((k, v) -> record.headers().add(k, v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
                again.add(decode(record));
            }
        } catch (java.io.IOException e) {
            throw new SQLException("a parked event's headers are not JSON", "22000", e);
        }
        try {
            List<Decoded> stillParked = writer.write(ChainLinks.check(connection, again));
            BatchWriter.unpark(connection, again.stream().filter(d -> !stillParked.contains(d)
                    && stillParked.stream().noneMatch(p -> p.record() == d.record())).toList());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        log.info("{} v{}: retried {} parked events", version.name(), version.version(), again.size());
    }

    synchronized void stop() {
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
}
