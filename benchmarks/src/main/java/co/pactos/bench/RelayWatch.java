package co.pactos.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A plain consumer of a service's topic from its end, noting when each event (by its CloudEvents {@code ce_id})
 * arrived: the relay's lag of an event is that time less the time its PUT was answered (same clock). Fetches
 * wait at most 5 ms, so the consumer adds little to what it measures.
 */
final class RelayWatch implements AutoCloseable {

    private static final String EVENT_ID = "ce_id";

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    RelayWatch(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before the run's first event
        thread = new Thread(this::consume, "relay-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void consume() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                Header id = record.headers().lastHeader(EVENT_ID);
                if (id != null) {
                    arrived.putIfAbsent(new String(id.value(), StandardCharsets.UTF_8), now);
                }
            }
        }
    }

    /** When the event arrived (System.nanoTime), or null if it has not. */
    Long arrival(String eventId) {
        return arrived.get(eventId);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
        consumer.close(Duration.ofSeconds(5));
    }
}
