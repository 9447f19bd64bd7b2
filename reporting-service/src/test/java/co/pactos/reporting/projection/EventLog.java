package co.pactos.reporting.projection;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.events.Topics;
import co.pactos.kit.relay.EventRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts events on the topics as the command services' relay does (same record form), for projection tests. */
public final class EventLog implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventLog(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    static String topicOf(PactosEvent event) {
        return event.getClass().getPackageName().endsWith(".investments") ? Topics.INVESTMENTS : Topics.GOALS;
    }

    /** Publishes the event under a new event id, recorded now; returns its id. */
    String publish(PactosEvent event) {
        return publish(event, UUID.randomUUID().toString(), Instant.now());
    }

    String publish(PactosEvent event, String eventId, Instant recordedAt) {
        EventTypes.Descriptor type = EventTypes.of(event.getClass());
        CloudEventAttributes attributes = new CloudEventAttributes(eventId, "/pactos/test", type.name(), recordedAt,
                event.aggregateId(), type.revision(), 0, event.validTime().toString(), "SDSP", "test", "TEST");
        send(EventRecords.of(topicOf(event), event, attributes));
        return eventId;
    }

    /** Publishes the event as written by a caller: its dependency, user and OAuth2 client in the headers. */
    public String publishAs(PactosEvent event, Instant recordedAt, String dependency, String actor, String client) {
        String eventId = UUID.randomUUID().toString();
        EventTypes.Descriptor type = EventTypes.of(event.getClass());
        CloudEventAttributes attributes = new CloudEventAttributes(eventId, "/pactos/test", type.name(), recordedAt,
                event.aggregateId(), type.revision(), 0, event.validTime().toString(), dependency, actor, "TEST", client);
        send(EventRecords.of(topicOf(event), event, attributes));
        return eventId;
    }

    /** Publishes raw JSON with the headers of a given type and revision, as an older (or unknown) writer would have. */
    String publishRaw(String topic, String key, String type, int revision, String json) {
        String eventId = UUID.randomUUID().toString();
        CloudEventAttributes attributes = new CloudEventAttributes(eventId, "/pactos/test", type, Instant.now(), key, revision, 0,
                null, "SDSP", "test", "TEST");
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        attributes.toHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        send(record);
        return eventId;
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the record", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
