package co.pactos.kit.relay;

import co.pactos.events.Topics;
import co.pactos.kit.audit.ChainedEvent;
import co.pactos.kit.audit.Checkpoint;
import co.pactos.kit.audit.CheckpointPublisher;
import co.pactos.kit.audit.Checkpoints;
import co.pactos.kit.audit.EventChain;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards every stored event to Kafka. It runs in a streaming event processor whose token sits in
 * the same database as the events: the event store is the outbox. A batch's token is stored only
 * after Kafka has acknowledged every record of the batch, so delivery is at least once and nothing
 * is lost while Kafka is down (the processor retries from its token). Consumers drop duplicates by
 * event id.
 *
 * <p>The handler only notes each event's id; when the batch commits, the relay reads the batch's rows
 * as stored, chains them ({@link EventChain}, in the same transaction as the token), sends each row's
 * payload bytes with its CloudEvents and chain headers, and signs the checkpoints the batch calls for
 * ({@link Checkpoints}), which go to {@link Topics#AUDIT_CHECKPOINTS}.
 */
@ProcessingGroup(KafkaEventRelay.PROCESSING_GROUP)
public class KafkaEventRelay implements CheckpointPublisher {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final Logger log = LoggerFactory.getLogger(KafkaEventRelay.class);
    private static final String BATCH = KafkaEventRelay.class.getName() + ".batch";

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final KafkaSettings settings;
    private final EventChain chain;
    private final Checkpoints checkpoints;
    private volatile boolean topicReady;

    public KafkaEventRelay(Producer<String, byte[]> producer, KafkaSettings settings, String topic, EventChain chain,
                           Checkpoints checkpoints) {
        this.producer = producer;
        this.settings = settings;
        this.topic = topic;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    /** Any payload: every stored event is chained and relayed, also one this service can no longer read. */
    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        batch().add(message.getIdentifier());
    }

    /** The event ids of the current batch, in the log's order; relayed when the batch is about to commit. */
    private List<String> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(BATCH, key -> {
            List<String> ids = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> relay(ids));
            return ids;
        });
    }

    private void relay(List<String> eventIds) {
        if (!topicReady) {
            // made here rather than at start-up, so that the service starts and takes writes while Kafka is away
            TopicProvisioner.ensure(settings, List.of(topic, Topics.AUDIT_CHECKPOINTS));
            topicReady = true;
        }
        List<ChainedEvent> chained = chain.append(eventIds);
        List<Future<RecordMetadata>> sends = new ArrayList<>(chained.size() + 1);
        for (ChainedEvent event : chained) {
            sends.add(producer.send(EventRecords.of(topic, event.event().payload(), event.attributes(), event.position(),
                    event.prevhash(), event.hash())));
        }
        for (Checkpoint checkpoint : checkpoints.afterAppend(chained, chain.head())) {
            sends.add(producer.send(checkpointRecord(checkpoint)));
        }
        log.debug("relaying {} events to {}", chained.size(), topic);
        awaitAll(sends);
    }

    static ProducerRecord<String, byte[]> checkpointRecord(Checkpoint checkpoint) {
        return new ProducerRecord<>(Topics.AUDIT_CHECKPOINTS, checkpoint.origin(), checkpoint.json().getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a checkpoint signed outside a batch (the hourly one) and waits for Kafka's acknowledgement. */
    @Override
    public void publish(Checkpoint checkpoint) {
        if (!topicReady) {
            TopicProvisioner.ensure(settings, List.of(topic, Topics.AUDIT_CHECKPOINTS));
            topicReady = true;
        }
        awaitAll(List.of(producer.send(checkpointRecord(checkpoint))));
    }

    private static void awaitAll(List<Future<RecordMetadata>> sends) {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch; it will be sent again", e);
        }
    }
}
