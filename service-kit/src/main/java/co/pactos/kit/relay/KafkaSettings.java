package co.pactos.kit.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Kafka is and how the contract's topics are made.
 *
 * @param bootstrapServers  e.g. {@code localhost:9092}; env {@code PACTOS_KAFKA_BOOTSTRAP_SERVERS}
 * @param partitions        partitions of each topic when this service creates it
 * @param replicationFactor replicas of each topic when this service creates it (1 for a one-broker cluster)
 */
@ConfigurationProperties("pactos.kafka")
public record KafkaSettings(String bootstrapServers, Integer partitions, Short replicationFactor) {

    public KafkaSettings {
        bootstrapServers = bootstrapServers == null ? "localhost:9092" : bootstrapServers;
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
