package co.pactos.kit.axon;

import co.pactos.events.EventJson;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.kit.axon.cache.AggregateCache;
import co.pactos.kit.web.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.commandhandling.CommandBus;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Axon stores events in a service's PostgreSQL database: Axon's JDBC engine on the tables of
 * migration V1 (snake_case), events as JSON in the contract's form with the contract's revisions,
 * the caller's client, dependency, user and system copied from the command onto every event, and duplicate
 * appends reported as concurrency conflicts.
 *
 * <p>Aggregates that accumulate events (a goal's progress reports, an investment's executions and
 * adjustments, a call's results) name {@link #SNAPSHOT_TRIGGER} in {@code @Aggregate}: every
 * {@code pactos.axon.snapshot-threshold} events a snapshot of the aggregate (JSON, through the same
 * mapper) is stored, so that loading one reads the latest snapshot and at most that many events after it.
 * Axon's handler timeout monitoring ({@code axon.timeout.*}) is switched off in each service's
 * {@code application.yml}: it called {@code Thread.getStackTrace()} for every handler invocation.
 *
 * <p>Every aggregate of the service is cached ({@link #AGGREGATE_CACHE}, an {@link AggregateCache} that follows
 * Spring's transactions and checks each entry's version against the store): a command on an aggregate already
 * in memory reads one sequence number instead of a snapshot and up to {@code snapshot-threshold} events.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfig {

    /** Axon's JacksonSerializer uses this mapper: the same JSON form the events have on Kafka. */
    @Bean("defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper() {
        return EventJson.configure(JsonMapper.builder()).build();
    }

    /** The bean name aggregates give as {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOT_TRIGGER = "snapshotTrigger";

    /**
     * A snapshot after every {@code threshold} events loaded or applied; Axon's Spring Boot snapshotter
     * takes it after the command's transaction commits (in the same thread).
     */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${pactos.axon.snapshot-threshold:100}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("pactos.axon.snapshot-threshold must be at least 1, was " + threshold);
        }
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** The bean name of the aggregates' cache. */
    public static final String AGGREGATE_CACHE = "aggregateCache";

    /**
     * Aggregates last committed, kept in memory ({@code pactos.axon.cache.max-aggregates}, 0 switches the cache
     * off); see {@link AggregateCache} for why it never answers with state the database does not hold.
     */
    @Bean(AGGREGATE_CACHE)
    public AggregateCache aggregateCache(ObjectProvider<EventStorageEngine> storage,
                                         @Value("${pactos.axon.cache.max-aggregates:1024}") int maxAggregates,
                                         @Value("${pactos.axon.cache.max-per-transaction:1024}") int maxPerTransaction) {
        return new AggregateCache(maxAggregates, maxPerTransaction, id -> storage.getObject().lastSequenceNumberFor(id));
    }

    /**
     * Gives every {@code @Aggregate} of the service the cache without naming it in each aggregate class: Axon's
     * Spring lookup makes one {@link SpringAggregateConfigurer} per aggregate, configured here before it is used.
     */
    @Bean
    public static BeanPostProcessor aggregateCacheOnEveryAggregate() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringAggregateConfigurer<?> aggregate) {
                    aggregate.setCache(AGGREGATE_CACHE);
                }
                return bean;
            }
        };
    }

    /**
     * The connection of the Spring transaction Axon's unit of work runs in, committed or rolled back by
     * that transaction only. Axon's default wraps it to commit or roll back the JDBC connection itself
     * when the unit of work ends: a refused command then rolled back the whole surrounding transaction
     * (a batch's, savepoints included) rather than its own part of it.
     */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /**
     * Axon's JDBC storage engine as its auto-configuration builds it (which steps aside once {@link #eventStore} is
     * declared), with the bounds of its gap handling set here. An event's global index is taken when it is inserted
     * and seen by the relay's reader when its transaction commits, so a transaction that is still open leaves gaps
     * that the reader keeps watching: for {@code pactos.axon.gap-timeout} once more than 250 are open (Axon: 60 s),
     * and up to {@code pactos.axon.max-gap-offset} indexes behind the newest event (Axon: 10 000). A gap dropped
     * earlier than its transaction's commit means events stored and never relayed. The longest transaction here is an
     * atomic or dry-run batch, bounded by {@code pactos.batch.whole-batch-time} (1 min) and
     * {@code pactos.batch.max-whole-batch-lines} (5 000): the timeout gives it twice that time, and the offset
     * room for 100 000 other events written meanwhile.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema schema,
                                                 @Value("${pactos.axon.gap-timeout:PT2M}") Duration gapTimeout,
                                                 @Value("${pactos.axon.max-gap-offset:100000}") int maxGapOffset) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(maxGapOffset)
                .build();
    }

    /** Axon's embedded event store as its auto-configuration builds it, waking the relay when a transaction commits. */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /** Contract events carry their revision in {@code @EventType}; Axon's own messages in {@code @Revision}. */
    @Bean
    public RevisionResolver revisionResolver() {
        AnnotationRevisionResolver axonRevisions = new AnnotationRevisionResolver();
        return type -> PactosEvent.class.isAssignableFrom(type)
                ? Integer.toString(EventTypes.of(type).revision())
                : axonRevisions.revisionOf(type);
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** pgJDBC reports a duplicate (aggregate, sequence) as SQLState 23505, which Axon's default resolver misses. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    public CorrelationDataProvider callerCorrelation() {
        return new SimpleCorrelationDataProvider(Caller.META_CLIENT, Caller.META_DEPENDENCY, Caller.META_ACTOR, Caller.META_SOURCE_SYSTEM,
                Caller.META_ON_BEHALF_OF);
    }

    /** Declared beside {@link #callerCorrelation()} so that correlation and trace ids still reach the events. */
    @Bean
    public CorrelationDataProvider originCorrelation() {
        return new MessageOriginProvider();
    }

    @Bean
    public SmartInitializingSingleton recordedEventsInterceptors(CommandBus commandBus, EventStore eventStore) {
        return () -> {
            commandBus.registerHandlerInterceptor(RecordedEvents.commandInterceptor());
            eventStore.registerDispatchInterceptor(RecordedEvents.eventInterceptor());
        };
    }
}
