package co.pactos.investments.web;

import static org.awaitility.Awaitility.await;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import co.pactos.events.Topics;
import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.infra.TestInfrastructure;
import co.pactos.kit.relay.EventRecords;
import co.pactos.kit.relay.KafkaSettings;
import co.pactos.kit.relay.TopicProvisioner;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * goals-service's topic as goals-service would fill it, without goals-service: events produced as CloudEvents records
 * through the relay's own {@link EventRecords}. Holds the plan, dependencies, pact and goal the tests name. Each test
 * context reads it in a consumer group of its own, since each has a database (and a catalog) of its own.
 */
public final class GoalsTopic {

    static final String PLAN = "valle";
    static final String PACT = "accion-comunal";
    static final String GOAL = "mp-sigesi";

    private static final String SOURCE = "/pactos/goals-service";
    private static final Map<String, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();
    private static Producer<String, byte[]> producer;
    private static boolean seeded;

    private GoalsTopic() {
    }

    /** The service's settings for a test context: its database and Kafka, the test tokens' issuer, its own catalog group. */
    static void properties(DynamicPropertyRegistry registry, String database) {
        TestInfrastructure.get().serviceProperties(database).forEach((key, value) -> registry.add(key, () -> value));
        co.pactos.infra.identity.TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.catalog.consumer-group", () -> "investments-catalog-" + database);
    }

    /** The plan, dependencies, pact and goal the tests name, on the topic once per JVM; waits until this context's catalog has them. */
    static void seed(JdbcClient jdbc) {
        synchronized (GoalsTopic.class) {
            if (!seeded) {
                publish(new PlanDeclaredEvent(PLAN, "Valle Invencible", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
                publish(new DependencyRegisteredEvent("SDSP", "Secretaría de Desarrollo Social y Participación", null));
                publish(new DependencyRegisteredEvent("SDE", "Secretaría de Desarrollo Económico y Competitividad", null));
                publish(new DependencyRegisteredEvent("STAC", "Subdirección Técnica de Acción Comunal", "SDSP"));
                publish(new DependencyRegisteredEvent("SDEC", "Secretaría de Desarrollo Económico y Competitividad", null));
                publish(new DependencyRegisteredEvent("SALUD", "Secretaría de Salud", null));
                publish(new PactDeclaredEvent(PACT, PLAN, "Pacto Vallecaucano hacia la Política Pública de los Organismos de Acción Comunal",
                        null));
                publish(goal(GOAL, PLAN));
                seeded = true;
            }
        }
        awaitKnown(jdbc, List.of("PLAN:" + PLAN, "DEPENDENCY:SDSP", "DEPENDENCY:SDE", "DEPENDENCY:STAC", "DEPENDENCY:SDEC",
                "DEPENDENCY:SALUD", "PACT:" + PACT, "GOAL:" + GOAL));
    }

    static GoalDeclaredEvent goal(String goalId, String planId) {
        return new GoalDeclaredEvent(goalId, planId, "MP-1", "Construir 1 plataforma dentro del SIGESI", "Plataforma", "número",
                GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, "SDSP");
    }

    /** Waits until the catalog holds every {@code KIND:id}. */
    static void awaitKnown(JdbcClient jdbc, List<String> entries) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select kind || ':' || id from goals_catalog_entry").query(String.class).list()).containsAll(entries));
    }

    /** Produces the event as goals-service's relay would, recorded now by Planeación; answers its event id. */
    static String publish(PactosEvent event) {
        return publish(event, Instant.now());
    }

    static synchronized String publish(PactosEvent event, Instant recordedAt) {
        EventTypes.Descriptor type = EventTypes.of(event.getClass());
        String id = UUID.randomUUID().toString();
        long sequence = SEQUENCES.computeIfAbsent(event.aggregateId(), key -> new AtomicLong()).getAndIncrement();
        CloudEventAttributes attributes = new CloudEventAttributes(id, SOURCE, type.name(), recordedAt, event.aggregateId(),
                type.revision(), sequence, event.validTime().toString(), "DAPD", "ana.planeacion", null, "planeacion");
        send(EventRecords.of(Topics.GOALS, event, attributes));
        return id;
    }

    /** Sends a record as it is (e.g. the same record twice, as a redelivery would). */
    static synchronized void send(org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot produce to " + record.topic(), e);
        }
    }

    private static Producer<String, byte[]> producer() {
        if (producer == null) {
            String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
            TopicProvisioner.ensure(new KafkaSettings(bootstrap, 2, (short) 1), List.of(Topics.GOALS));
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
