package co.pactos.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.kit.relay.EventRecords;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** What the relay puts on Kafka for a stored event, a consumer rebuilds into the same line and the same hash. */
class ChainedRecordTest {

    private static final String PAYLOAD = "{\"goalId\":\"mp-1\",\"reportId\":\"avance-1\",\"effectiveDate\":\"2022-06-30\",\"value\":0.10,"
            + "\"note\":\"primer módulo\",\"corrects\":null,\"reason\":null}";
    private static final String META = "{\"client\":\"sigesi\",\"dependency\":\"SDSP\",\"actor\":\"sigesi\",\"sourceSystem\":\"SIGESI\","
            + "\"onBehalfOf\":\"STAC\",\"traceId\":\"t-1\",\"correlationId\":\"c-1\"}";

    private final StoredEvent stored = new StoredEvent(42, "e-42", "mp-1", 3, ProgressReportedEvent.class.getName(), "1",
            PAYLOAD.getBytes(StandardCharsets.UTF_8), META.getBytes(StandardCharsets.UTF_8), "2026-11-27T12:00:00.123456789Z");

    @Test
    void the_record_the_relay_sends_hashes_as_the_chain_did() {
        CloudEventAttributes attributes = stored.attributes("/pactos/goals-service");
        String hash = AuditLine.hash(AuditLine.of(attributes, stored.payload(), 7, "b".repeat(64)));

        ConsumerRecord<String, byte[]> received = received(EventRecords.of("pactos.goals.events", stored.payload(), attributes, 7,
                "b".repeat(64), hash), stored.payload());

        assertThat(attributes.type()).isEqualTo("co.pactos.goals.ProgressReported");
        assertThat(attributes.validTime()).isEqualTo("2022-06-30");
        assertThat(attributes.onBehalfOf()).isEqualTo("STAC");
        assertThat(ChainedRecord.contentError(received)).isNull();
        assertThat(ChainedRecord.of(received)).isEqualTo(new ChainedRecord("/pactos/goals-service", 7, "b".repeat(64), hash));
    }

    @Test
    void a_record_whose_value_or_header_changed_on_the_way_does_not_match_its_hash() {
        CloudEventAttributes attributes = stored.attributes("/pactos/goals-service");
        String hash = AuditLine.hash(AuditLine.of(attributes, stored.payload(), 7, "b".repeat(64)));
        ProducerRecord<String, byte[]> sent = EventRecords.of("pactos.goals.events", stored.payload(), attributes, 7, "b".repeat(64), hash);

        ConsumerRecord<String, byte[]> otherValue = received(sent, PAYLOAD.replace("0.10", "0.9").getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> otherActor = received(sent, stored.payload());
        otherActor.headers().remove("ce_actor");
        otherActor.headers().add("ce_actor", "someone-else".getBytes(StandardCharsets.UTF_8));

        assertThat(ChainedRecord.contentError(otherValue)).contains("does not match its hash").contains("position 7");
        assertThat(ChainedRecord.contentError(otherActor)).contains("does not match its hash");
    }

    @Test
    void a_record_from_before_the_chain_is_not_checked() {
        ConsumerRecord<String, byte[]> old = new ConsumerRecord<>("pactos.goals.events", 0, 0, "mp-1", stored.payload());
        assertThat(ChainedRecord.of(old)).isNull();
        assertThat(ChainedRecord.contentError(old)).isNull();
    }

    /** The record as a consumer receives it: same headers, and the value given. */
    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent, byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), value);
        sent.headers().forEach(h -> record.headers().add(h.key(), h.value()));
        return record;
    }
}
