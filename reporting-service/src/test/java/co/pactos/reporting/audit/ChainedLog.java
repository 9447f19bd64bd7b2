package co.pactos.reporting.audit;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.kit.audit.AuditKey;
import co.pactos.kit.audit.AuditLine;
import co.pactos.kit.audit.CanonicalJson;
import co.pactos.kit.audit.Checkpoint;
import co.pactos.kit.relay.EventRecords;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A command service's log as the relay and the audit export make it, for tests: each event chained (position, prevhash,
 * hash), put on its topic with the chain headers, written as a line of {@code GET /api/audit/events}, and checkpoints
 * signed with an Ed25519 key of its own.
 */
final class ChainedLog {

    /** An event of the log: its id and where it stands. */
    record Entry(String eventId, long position, String hash) {
    }

    private final String origin;
    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final KeyPair key;
    private final String keyId;
    private final List<String> lines = new ArrayList<>();
    private String head = AuditLine.GENESIS;

    ChainedLog(String origin, String topic, String bootstrapServers) {
        this.origin = origin;
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG,
                "all"), new StringSerializer(), new ByteArraySerializer());
        try {
            this.key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.keyId = "ed25519-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String origin() {
        return origin;
    }

    /** Records the event at the next position, recorded at {@code recordedAt}, by SDSP through SIGESI. */
    Entry append(PactosEvent event, Instant recordedAt) {
        EventTypes.Descriptor type = EventTypes.of(event.getClass());
        CloudEventAttributes attributes = new CloudEventAttributes(UUID.randomUUID().toString(), origin, type.name(), recordedAt,
                event.aggregateId(), type.revision(), 0, event.validTime().toString(), "SDSP", "test", "SIGESI", "sigesi");
        byte[] payload = EventJson.toBytes(event);
        long position = lines.size() + 1;
        Map<String, Object> line = AuditLine.of(attributes, payload, position, head);
        String hash = AuditLine.hash(line);
        lines.add(AuditLine.withHash(line, hash));
        try {
            producer.send(EventRecords.of(topic, payload, attributes, position, head, hash)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the record", e);
        }
        head = hash;
        return new Entry(attributes.id(), position, hash);
    }

    /** The export, as {@code GET /api/audit/events?after=0} answers it. */
    byte[] export() {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The export with one line replaced. */
    byte[] exportWith(long position, String line) {
        List<String> edited = new ArrayList<>(lines);
        edited.set((int) position - 1, line);
        return (String.join("\n", edited) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    String line(long position) {
        return lines.get((int) position - 1);
    }

    /** A checkpoint of the chain's head at {@code position}, signed with this log's key. */
    Checkpoint checkpoint(Entry at) {
        return sign(new Checkpoint(origin, at.position(), at.hash(), Instant.now().toString(), keyId, null), key);
    }

    /** The same checkpoint signed with a key that is not this log's (its keyId still says it is). */
    Checkpoint forged(Entry at) {
        try {
            return sign(new Checkpoint(origin, at.position(), at.hash(), Instant.now().toString(), keyId, null),
                    KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] checkpoints(Checkpoint... checkpoints) {
        return ("[" + String.join(",", java.util.Arrays.stream(checkpoints).map(Checkpoint::json).toList()) + "]")
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] keys() {
        AuditKey public_ = new AuditKey(keyId, "Ed25519", Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
        return ("[" + CanonicalJson.string(Map.of("keyId", public_.keyId(), "algorithm", public_.algorithm(), "publicKey",
                public_.publicKey())) + "]").getBytes(StandardCharsets.UTF_8);
    }

    private static Checkpoint sign(Checkpoint unsigned, KeyPair with) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(with.getPrivate());
            signature.update(CanonicalJson.bytes(unsigned.signed()));
            return new Checkpoint(unsigned.origin(), unsigned.position(), unsigned.hash(), unsigned.signedAt(), unsigned.keyId(),
                    Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    void close() {
        producer.close();
    }
}
