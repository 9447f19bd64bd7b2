package co.pactos.bench;

import co.pactos.events.Topics;
import co.pactos.kit.relay.EventRecords;
import co.pactos.kit.relay.KafkaSettings;
import co.pactos.kit.relay.TopicProvisioner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates the two topics as the services do ({@link TopicProvisioner}: production partitions and
 * retention) and puts the generated events on them through {@link EventRecords}, the code the relay
 * uses, with the relay's producer settings plus more lingering and bigger batches.
 */
final class TopicFiller {

    /** What was produced, how long it took and how many bytes of JSON went out. */
    record Filled(long events, double seconds, long valueBytes) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static final List<String> TOPICS = List.of(Topics.GOALS, Topics.INVESTMENTS);
    private static final int CHUNK = 1000;

    private TopicFiller() {
    }

    static KafkaSettings settings(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, null, null);
    }

    static void createTopics(String bootstrapServers) {
        TopicProvisioner.ensure(settings(bootstrapServers), TOPICS);
    }

    /** The relay's producer (acks=all, idempotent, lz4) tuned for throughput: lingering 20 ms, 256 KiB batches. */
    static Producer<String, byte[]> producer(String bootstrapServers, int lingerMs) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "pactos-benchmark",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Generates and serializes on one thread and sends on this one, so that both cores work: the
     * records go across in chunks of {@value #CHUNK}.
     */
    static Filled fill(String bootstrapServers, EventGenerator generator, long events) throws InterruptedException {
        createTopics(bootstrapServers);
        AtomicLong failed = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        AtomicLong bytes = new AtomicLong();
        BlockingQueue<List<ProducerRecord<String, byte[]>>> chunks = new ArrayBlockingQueue<>(32);
        Thread builder = new Thread(() -> build(generator, chunks, bytes, firstFailure), "event-builder");
        long started = System.nanoTime();
        long reportEvery = Math.max(100_000, events / 10);
        long sent = 0;
        builder.start();
        try (Producer<String, byte[]> producer = producer(bootstrapServers, 20)) {
            for (List<ProducerRecord<String, byte[]>> chunk = chunks.take(); !chunk.isEmpty(); chunk = chunks.take()) {
                for (ProducerRecord<String, byte[]> record : chunk) {
                    producer.send(record, (metadata, e) -> {
                        if (e != null) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, e);
                        }
                    });
                    if (++sent % reportEvery == 0) {
                        System.out.printf("  produced %,d of %,d events (%.0f events/s)%n", sent, events, sent / seconds(started));
                    }
                }
            }
            producer.flush();
        }
        builder.join();
        if (failed.get() > 0 || firstFailure.get() != null || sent != events) {
            throw new IllegalStateException(sent + " of " + events + " events sent, " + failed.get() + " not acknowledged",
                    firstFailure.get());
        }
        return new Filled(events, seconds(started), bytes.get());
    }

    private static void build(EventGenerator generator, BlockingQueue<List<ProducerRecord<String, byte[]>>> chunks, AtomicLong bytes,
                              AtomicReference<Throwable> failure) {
        try {
            try {
                List<ProducerRecord<String, byte[]>> chunk = new ArrayList<>(CHUNK);
                while (generator.hasNext()) {
                    EventGenerator.GeneratedEvent generated = generator.next();
                    ProducerRecord<String, byte[]> record = EventRecords.of(generated.topic(), generated.event(), generated.attributes());
                    bytes.addAndGet(record.value().length);
                    chunk.add(record);
                    if (chunk.size() == CHUNK) {
                        chunks.put(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    chunks.put(chunk);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                chunks.put(List.of()); // the end
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
