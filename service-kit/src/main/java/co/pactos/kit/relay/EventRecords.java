package co.pactos.kit.relay;

import co.pactos.events.ChainHeaders;
import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.PactosEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The one place that turns an event and its attributes into a Kafka record: key = aggregate id,
 * value = the event's JSON, CloudEvents attributes as {@code ce_*} headers (binary content mode).
 * The relay and the benchmarks produce through it, so what they put on a topic is the same.
 */
public final class EventRecords {

    private EventRecords() {
    }

    public static ProducerRecord<String, byte[]> of(String topic, PactosEvent event, CloudEventAttributes attributes) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.aggregateId(), EventJson.toBytes(event));
        attributes.toHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /**
     * A stored event as it is: value = the payload bytes as the event store holds them (at their stored revision,
     * which {@code ce_revision} names), with its place in the chain as {@code ce_position}, {@code ce_prevhash} and
     * {@code ce_hash}, so that a consumer can check the hash against what it received.
     */
    public static ProducerRecord<String, byte[]> of(String topic, byte[] payload, CloudEventAttributes attributes, long position,
                                                    String prevhash, String hash) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, attributes.subject(), payload);
        attributes.toHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(ChainHeaders.POSITION, Long.toString(position).getBytes(StandardCharsets.UTF_8));
        record.headers().add(ChainHeaders.PREVHASH, prevhash.getBytes(StandardCharsets.UTF_8));
        record.headers().add(ChainHeaders.HASH, hash.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
