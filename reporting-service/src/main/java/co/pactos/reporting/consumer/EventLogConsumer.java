package co.pactos.reporting.consumer;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.PactosEvent;
import co.pactos.events.Topics;
import co.pactos.kit.relay.KafkaSettings;
import co.pactos.kit.relay.TopicProvisioner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads both services' topics in batches and applies each batch to the projection in one database
 * transaction, together with the position reached in each partition. Kafka's own committed offsets
 * are not used: on every assignment the consumer seeks to the positions stored in the database, so
 * a crash between the projection and the position cannot happen, and a rewind (or a redelivery)
 * only re-applies events, which the projection ignores.
 */
@Component
public class EventLogConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventLogConsumer.class);
    private static final List<String> TOPICS = List.of(Topics.GOALS, Topics.INVESTMENTS);

    private final KafkaSettings kafka;
    private final PactProgressProjection projection;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String group;
    private final int maxBatch;
    private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private volatile boolean running;
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private Thread thread;
    private KafkaConsumer<String, byte[]> consumer;

    public EventLogConsumer(KafkaSettings kafka, PactProgressProjection projection, JdbcClient jdbc, TransactionTemplate transactions,
                            @Value("${pactos.reporting.consumer-group}") String group,
                            @Value("${pactos.reporting.max-batch}") int maxBatch) {
        this.kafka = kafka;
        this.projection = projection;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.group = group;
        this.maxBatch = maxBatch;
    }

    @Override
    public synchronized void start() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxBatch,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        stopped = new CountDownLatch(1);
        thread = new Thread(this::run, "event-log-consumer");
        thread.start();
    }

    /**
     * Polls until stopped. A failure (Kafka or PostgreSQL unreachable, a batch that cannot be written)
     * rolls the batch back; the consumer waits, with a backoff doubling up to 30 s, then starts again
     * from the positions stored with the projection, so nothing is skipped and nothing counts twice.
     */
    private void run() {
        Duration backoff = INITIAL_BACKOFF;
        try {
            while (running) {
                try {
                    TopicProvisioner.ensure(kafka, TOPICS);
                    consumer.subscribe(TOPICS, new SeekToStoredPositions());
                    while (running) {
                        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                        if (!records.isEmpty()) {
                            transactions.executeWithoutResult(tx -> applyBatch(records));
                        }
                        backoff = INITIAL_BACKOFF;
                    }
                } catch (WakeupException e) {
                    if (running) {
                        throw e;
                    }
                } catch (RuntimeException e) {
                    log.error("the event log consumer failed; starting again from the stored positions in {} s",
                            backoff.toSeconds(), e);
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

    private void applyBatch(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEventAttributes meta = CloudEventAttributes.fromHeaders(headers(record));
            MDC.put("eventId", meta.id());
            try {
                Optional<PactosEvent> event = EventJson.read(meta.type(), record.value());
                event.ifPresentOrElse(e -> projection.apply(e, meta),
                        () -> log.warn("skipping event of unknown type {}", meta.type()));
                log.debug("applied {} of {}", meta.type(), meta.subject());
            } finally {
                MDC.remove("eventId");
            }
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        next.forEach((partition, offset) -> jdbc.sql("""
                        insert into consumer_offset (topic, partition, next_offset) values (?, ?, ?)
                        on conflict (topic, partition) do update set next_offset = excluded.next_offset""")
                .params(partition.topic(), partition.partition(), offset).update());
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** On assignment, continue from the positions stored with the projection (or the beginning of the log). */
    private final class SeekToStoredPositions implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                Optional<Long> stored = jdbc.sql("select next_offset from consumer_offset where topic = ? and partition = ?")
                        .params(partition.topic(), partition.partition()).query(Long.class).optional();
                if (stored.isPresent()) {
                    consumer.seek(partition, stored.get());
                } else {
                    consumer.seekToBeginning(List.of(partition));
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // positions are stored with every batch; nothing to flush
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
