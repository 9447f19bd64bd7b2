package co.pactos.kit.audit;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time-driven side of the chain: a checkpoint of the head every {@link AuditSettings#checkpointEvery()}
 * when the head moved since the last one (batches sign the others), published on Kafka after it is stored.
 */
public class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final EventChain chain;
    private final Checkpoints checkpoints;
    private final ObjectProvider<CheckpointPublisher> relay;
    private final TransactionTemplate transaction;
    private final AuditSettings settings;
    private ScheduledExecutorService timer;

    public CheckpointSchedule(EventChain chain, Checkpoints checkpoints, ObjectProvider<CheckpointPublisher> relay,
                              TransactionTemplate transaction, AuditSettings settings) {
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.relay = relay;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** Signs a checkpoint of the head if it moved since the last one, and publishes it; the signed checkpoint, if any. */
    public Optional<Checkpoint> checkpointHead() {
        Optional<Checkpoint> signed = transaction.execute(status -> {
            chain.lock();
            return checkpoints.ofHead(chain.head());
        });
        signed.ifPresent(checkpoint -> relay.ifAvailable(r -> r.publish(checkpoint)));
        return signed;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.checkpointEvery().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                checkpointHead().ifPresent(c -> log.info("signed checkpoint at position {}", c.position()));
            } catch (RuntimeException e) {
                log.warn("the periodic checkpoint failed; trying again in {}", settings.checkpointEvery(), e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
