package co.pactos.kit.relay;

import co.pactos.kit.audit.AuditConfig;
import co.pactos.kit.audit.Checkpoints;
import co.pactos.kit.audit.EventChain;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The outbox relay of a command service: every processing group handles events in the command's
 * own transaction (subscribing), except the Kafka relay, which tracks the event store with a token
 * stored beside the events and forwards them in batches.
 *
 * <p>Properties: {@code pactos.relay.topic} (the service's topic), {@code pactos.relay.source}
 * (the CloudEvents source, e.g. {@code /pactos/goals-service}), {@code pactos.relay.batch-size}.
 * The relay chains the events it forwards, so the verifiable log ({@link AuditConfig}) comes with it.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaSettings.class)
@Import(AuditConfig.class)
public class KafkaRelayConfig {

    @Bean(destroyMethod = "close")
    public Producer<String, byte[]> eventProducer(KafkaSettings kafka, @Value("${spring.application.name}") String clientId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, clientId + "-relay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                // a broker that is away for a while is waited for; the relay retries its batch after that
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    public KafkaEventRelay kafkaEventRelay(Producer<String, byte[]> eventProducer, KafkaSettings kafka,
                                           @Value("${pactos.relay.topic}") String topic, EventChain chain, Checkpoints checkpoints) {
        return new KafkaEventRelay(eventProducer, kafka, topic, chain, checkpoints);
    }

    @Autowired
    public void configureProcessors(EventProcessingConfigurer processing,
                                    @Value("${pactos.relay.batch-size:200}") int batchSize) {
        processing.usingSubscribingEventProcessors();
        processing.registerTrackingEventProcessor(KafkaEventRelay.PROCESSING_GROUP, Configuration::eventStore,
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }
}
