package co.pactos.kit.audit;

/** Puts a checkpoint signed outside a relay batch on the checkpoints topic (the relay does; the audit package needs no Kafka). */
@FunctionalInterface
public interface CheckpointPublisher {

    void publish(Checkpoint checkpoint);
}
