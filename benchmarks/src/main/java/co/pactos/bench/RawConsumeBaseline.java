package co.pactos.bench;

import co.pactos.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The raw baseline: one plain consumer thread reads both topics from offset 0 to their end and reads
 * every value with {@link EventJson#read}, the type taken from the {@code ce_type} header. What a
 * projection does on top of this (writing rows, storing positions) is its cost.
 */
final class RawConsumeBaseline {

    /** How many events were read and parsed, and in how long. */
    record Consumed(long events, double seconds, long unknownTypes) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private RawConsumeBaseline() {
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "pactos-benchmark-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TopicFiller.TOPICS) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    /** The sum of the end offsets of both topics: how many events a projection must have applied. */
    static long endOffsets(String bootstrapServers) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            return consumer.endOffsets(partitions(consumer)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static Consumed measure(String bootstrapServers) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long read = 0;
            long unknown = 0;
            long started = System.nanoTime();
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (type == null || EventJson.read(new String(type.value(), StandardCharsets.UTF_8), record.value()).isEmpty()) {
                        unknown++;
                    }
                    read++;
                }
            }
            return new Consumed(read, TopicFiller.seconds(started), unknown);
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
