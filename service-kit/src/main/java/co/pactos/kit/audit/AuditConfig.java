package co.pactos.kit.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verifiable log of a command service (API.md, "The chain"): the chain the relay writes
 * ({@link EventChain}), the checkpoints and their key ({@link Checkpoints}, {@link SigningKeys},
 * {@link CheckpointSchedule}) and the audit endpoints ({@link AuditController}). Settings:
 * {@link AuditSettings}; the chain's origin is {@code pactos.relay.source}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
@Import(AuditController.class)
public class AuditConfig {

    @Bean
    public EventChain eventChain(JdbcTemplate jdbc, @Value("${pactos.relay.source}") String source) {
        return new EventChain(jdbc, source);
    }

    /** The key is read or made in a transaction of its own, so a batch rolled back never loses it. */
    @Bean
    public SigningKeys auditSigningKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditSettings settings) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SigningKeys(jdbc, own, settings);
    }

    @Bean
    public Checkpoints auditCheckpoints(JdbcTemplate jdbc, SigningKeys keys, EventChain chain, AuditSettings settings) {
        return new Checkpoints(jdbc, keys, chain.origin(), settings.checkpointEvents());
    }

    @Bean
    public CheckpointSchedule auditCheckpointSchedule(EventChain chain, Checkpoints checkpoints, ObjectProvider<CheckpointPublisher> relay,
                                                      PlatformTransactionManager transactions, AuditSettings settings) {
        return new CheckpointSchedule(chain, checkpoints, relay, new TransactionTemplate(transactions), settings);
    }

    /**
     * A store that had events before the chain existed has them chained from the first, once, before the relay starts
     * (the relay then finds them chained and chains only what follows).
     */
    @Bean
    public SmartInitializingSingleton auditBackfill(EventChain chain, PlatformTransactionManager transactions) {
        return () -> new TransactionTemplate(transactions).executeWithoutResult(status -> chain.backfill());
    }
}
