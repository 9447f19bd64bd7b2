package co.pactos.kit.relay;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.kit.web.Caller;
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
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Forwards every stored event to Kafka. It runs in a streaming event processor whose token sits in
 * the same database as the events: the event store is the outbox. A batch's token is stored only
 * after Kafka has acknowledged every record of the batch, so delivery is at least once and nothing
 * is lost while Kafka is down (the processor retries from its token). Consumers drop duplicates by
 * event id.
 */
@ProcessingGroup(KafkaEventRelay.PROCESSING_GROUP)
public class KafkaEventRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final Logger log = LoggerFactory.getLogger(KafkaEventRelay.class);
    private static final String PENDING = KafkaEventRelay.class.getName() + ".pending";

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final String source;
    private final KafkaSettings settings;
    private volatile boolean topicReady;

    public KafkaEventRelay(Producer<String, byte[]> producer, KafkaSettings settings, String topic, String source) {
        this.producer = producer;
        this.settings = settings;
        this.topic = topic;
        this.source = source;
    }

    @EventHandler
    public void on(PactosEvent event, EventMessage<?> message) {
        if (!topicReady) {
            // made here rather than at start-up, so that the service starts and takes writes while Kafka is away
            TopicProvisioner.ensure(settings, List.of(topic));
            topicReady = true;
        }
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        EventTypes.Descriptor type = EventTypes.of(event.getClass());
        CloudEventAttributes attributes = new CloudEventAttributes(
                message.getIdentifier(), source, type.name(), message.getTimestamp(), event.aggregateId(),
                type.revision(), sequence, event.validTime().toString(),
                (String) message.getMetaData().get(Caller.META_DEPENDENCY),
                (String) message.getMetaData().get(Caller.META_ACTOR),
                (String) message.getMetaData().get(Caller.META_SOURCE_SYSTEM),
                (String) message.getMetaData().get(Caller.META_CLIENT),
                (String) message.getMetaData().get(Caller.META_ON_BEHALF_OF));
        ProducerRecord<String, byte[]> record = EventRecords.of(topic, event, attributes);
        MDC.put("eventId", message.getIdentifier());
        try {
            pending().add(producer.send(record));
            log.debug("relaying {} of {} to {}", type.name(), event.aggregateId(), topic);
        } finally {
            MDC.remove("eventId");
        }
    }

    /** The sends of the current batch; the batch commits (and its token moves) only once all are acknowledged. */
    private static List<Future<RecordMetadata>> pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING, key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> awaitAll(sends));
            return sends;
        });
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
