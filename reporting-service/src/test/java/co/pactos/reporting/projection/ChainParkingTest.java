package co.pactos.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.EventTypes;
import co.pactos.events.Topics;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.kit.audit.AuditLine;
import co.pactos.kit.relay.EventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projection checks the chain headers of what it reads: an event whose hash does not match its content,
 * or that does not chain with its source's previous position (which may arrive later, on another partition),
 * is parked; events that chain, in any order, are applied.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChainParkingTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("reporting_chain_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.reporting.consumer-group", () -> "reporting-chain-it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private KafkaProducer<String, byte[]> producer;
    private final String source = "/pactos/chain-test-" + UUID.randomUUID();

    /** One event of the chain as the relay would put it on the topic, its hash computed from what is sent. */
    private record Sent(String eventId, String hash) {
    }

    @BeforeEach
    void start() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from projection_version where name = 'pact-progress' and state = 'LIVE'").query(Long.class).single() > 0);
    }

    @AfterEach
    void stop() {
        producer.close();
    }

    @Test
    void events_that_chain_are_applied_in_any_order_and_a_broken_link_or_content_is_parked() throws Exception {
        Sent first = send(1, AuditLine.GENESIS, null);
        // position 3 arrives before position 2, under another key (another partition)
        byte[] second = payload("B");
        CloudEventAttributes secondAttributes = attributes();
        String secondHash = AuditLine.hash(AuditLine.of(secondAttributes, second, 2, first.hash()));
        Sent third = send(3, secondHash, null);
        Sent secondSent = sendExactly(secondAttributes, 2, first.hash(), secondHash, second);
        // content changed after hashing: the hash is of "D", the value says "E"
        Sent edited = send(4, third.hash(), payload("E"));
        // a self-consistent event whose prevhash is not the hash of position 3
        Sent unchained = send(4, "a".repeat(64), null);
        // an event relayed before the chain existed: no chain headers, accepted as before
        String plain = UUID.randomUUID().toString();
        producer.send(EventRecords.of(Topics.GOALS, new DependencyRegisteredEvent("DEP-" + plain, "Antes de la cadena", null),
                new CloudEventAttributes(plain, source, "co.pactos.goals.DependencyRegistered", Instant.now(), "DEP-" + plain, 1, 0,
                        "../..", "DAPD", "test", "TEST"))).get();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode parked = parked();
            assertThat(parked.findValuesAsText("eventId")).contains(edited.eventId(), unchained.eventId());
        });
        JsonNode parked = parked();
        assertThat(parked.findValuesAsText("eventId")).doesNotContain(first.eventId(), secondSent.eventId(), third.eventId(), plain);
        for (JsonNode event : parked) {
            if (event.get("eventId").asText().equals(edited.eventId())) {
                assertThat(event.get("error").asText()).contains("does not match its hash");
            }
            if (event.get("eventId").asText().equals(unchained.eventId())) {
                assertThat(event.get("error").asText()).contains("position 4 of " + source + " does not chain")
                        .contains("position 3 has hash " + third.hash());
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from " + liveSchema() + ".chain_link where source = ?").param(source).query(Long.class).single())
                .isEqualTo(3));
    }

    private JsonNode parked() throws Exception {
        ApiClient.Response response = TestIdentity.as("operador").get("http://localhost:" + port + "/api/admin/parked-events");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private String liveSchema() {
        return jdbc.sql("select schema_name from projection_version where name = 'pact-progress' and state = 'LIVE'")
                .query(String.class).single();
    }

    private CloudEventAttributes attributes() {
        String id = UUID.randomUUID().toString();
        // one subject, so one partition: the order of arrival is the order of sending
        return new CloudEventAttributes(id, source, EventTypes.of(DependencyRegisteredEvent.class).name(), Instant.now(), "DEP-chain",
                1, 0, "../..", "DAPD", "test", "TEST", "planeacion");
    }

    private byte[] payload(String name) {
        return ("{\"code\":\"DEP-" + name + "\",\"name\":\"Dependencia " + name + "\",\"parentCode\":null}").getBytes(StandardCharsets.UTF_8);
    }

    /** Sends an event at a position, hashed over its own payload, or with {@code value} sent in its place. */
    private Sent send(long position, String prevhash, byte[] value) throws Exception {
        CloudEventAttributes attributes = attributes();
        byte[] payload = payload("p" + position);
        String hash = AuditLine.hash(AuditLine.of(attributes, payload, position, prevhash));
        return sendExactly(attributes, position, prevhash, hash, value == null ? payload : value);
    }

    private Sent sendExactly(CloudEventAttributes attributes, long position, String prevhash, String hash, byte[] value)
            throws Exception {
        ProducerRecord<String, byte[]> record = EventRecords.of(Topics.GOALS, value, attributes, position, prevhash, hash);
        producer.send(record).get();
        return new Sent(attributes.id(), hash);
    }
}
