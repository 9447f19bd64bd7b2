package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.Topics;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.audit.AuditVerifier;
import co.pactos.infra.audit.AuditVerifier.Verdict;
import co.pactos.infra.identity.TestIdentity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * investments-service learns of a period's closure from the goals topic (its catalog), not from its own log: once the
 * catalog has recorded a {@code PeriodClosed}, the service signs a checkpoint of its own chain's head, although the head
 * is far from the every-N-events checkpoint and the hourly one is not due.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsClosureCheckpointIntegrationTest {

    private static final String DATABASE = "investments_closure_checkpoint_it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // the checkpoints are counted from an empty log every run
        AuditVerifier.recreateDatabase(TestInfrastructure.get().postgres(), DATABASE);
        GoalsTopic.properties(registry, DATABASE);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ApiClient planeacion = TestIdentity.as("planeacion");
    private final ApiClient contraloria = TestIdentity.as("contraloria");

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void a_closure_learned_from_the_goals_topic_signs_a_checkpoint_of_the_head_of_this_services_chain() {
        GoalsTopic.seed(jdbc);
        ok(planeacion.put(url("/api/programmes/valleinn"), "{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}"));
        ok(planeacion.put(url("/api/investments/inv-1"), """
                {"dependency":"SDSP","amount":11224170162,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"]}"""));
        // closures other tests put on the topic earlier have been read (and may have signed what was chained then) ...
        awaitCatalogAtEndOfTopic();
        // ... so that nothing but the closure below signs the head after this write
        ok(planeacion.put(url("/api/investments/inv-1/executions/ej-1"), "{\"date\":\"2022-06-30\",\"amount\":150000000}"));
        long events = count("select count(*) from domain_event_entry");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count("select count(*) from audit_chain")).isEqualTo(events));
        long head = count("select max(position) from audit_chain");
        assertThat(count("select count(*) from audit_checkpoint where position = " + head)).isZero();

        String plan = "plan-" + UUID.randomUUID();
        GoalsTopic.publish(new PeriodClosedEvent(plan, "2022-06-30", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), "corte"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(count("select count(*) from audit_checkpoint where position = " + head)).isOne());
        assertThat(jdbc.sql("select hash from audit_checkpoint where position = ?").param(head).query(String.class).single())
                .isEqualTo(jdbc.sql("select hash from audit_chain where position = ?").param(head).query(String.class).single());
        assertThat(count("select count(*) from goals_period_closure where plan_id = '" + plan + "'")).isOne();
        String checkpoints = get("/api/audit/checkpoints");
        Verdict verdict = AuditVerifier.verify(get("/api/audit/events"), checkpoints, get("/api/audit/keys"));
        assertThat(verdict.exitCode()).as(verdict.output()).isZero();
        assertThat(verdict.output()).startsWith("OK: " + head + " events of /pactos/investments-service")
                .contains("verified (signature and hash), the last at position " + head);
    }

    /** Waits until the catalog's stored positions reach the end of every partition of the goals topic. */
    private void awaitCatalogAtEndOfTopic() {
        Map<TopicPartition, Long> ends;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.GOALS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            ends = consumer.endOffsets(partitions);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ends.forEach((partition, end) -> assertThat(jdbc.sql(
                "select coalesce(max(next_offset), 0) from goals_catalog_position where topic = ? and partition = ?")
                .params(partition.topic(), partition.partition()).query(Long.class).single()).as(partition.toString())
                .isGreaterThanOrEqualTo(end)));
    }

    private String get(String path) {
        ApiClient.Response response = contraloria.get(url(path));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
