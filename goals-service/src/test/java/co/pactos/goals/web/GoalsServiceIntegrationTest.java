package co.pactos.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** goals-service against real PostgreSQL and Kafka: writes are events in the store and on the topic. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_it").forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ApiClient api = new ApiClient("SDSP", "ana");

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String plan(String id) {
        ApiClient.Response response = api.put(url("/api/plans/" + id), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31","source":"SIGESI"}""");
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return id;
    }

    @Test
    void a_write_is_stored_as_an_event_and_answered_with_its_id() {
        String planId = "plan-" + UUID.randomUUID();

        ApiClient.Response created = api.put(url("/api/plans/" + planId), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31","source":"SIGESI"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/plans/" + planId);
        assertThat(created.body()).contains("\"name\":\"Valle Invencible\"").contains("eventIds");
        String payloadType = jdbc.sql("select payload_type from domain_event_entry where aggregate_identifier = ?")
                .param(planId).query(String.class).single();
        assertThat(payloadType).isEqualTo("co.pactos.events.goals.PlanDeclaredEvent");
    }

    @Test
    void the_same_body_again_answers_200_and_records_nothing() {
        String planId = plan("plan-" + UUID.randomUUID());

        ApiClient.Response again = api.put(url("/api/plans/" + planId), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}""");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("\"eventIds\":[]");
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(planId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_different_body_under_an_existing_id_is_a_409_problem() {
        String planId = plan("plan-" + UUID.randomUUID());

        ApiClient.Response conflict = api.put(url("/api/plans/" + planId), """
                {"name":"Otro plan","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}""");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.body()).contains("already exists with a different body");
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_records_nothing() {
        String planId = "plan-" + UUID.randomUUID();

        ApiClient.Response missing = api.put(url("/api/plans/" + planId), """
                {"name":"","territoryCode":"76","startDate":"2020-01-01"}""");
        ApiClient.Response badDate = api.put(url("/api/plans/" + planId), """
                {"name":"V","territoryCode":"76","startDate":"2020-13-01","endDate":"2023-12-31"}""");
        ApiClient.Response badId = api.put(url("/api/plans/-bad"), """
                {"name":"V","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}""");
        ApiClient.Response unknownPlan = api.put(url("/api/pacts/p-" + UUID.randomUUID()), """
                {"planId":"no-such-plan","name":"Pacto"}""");
        ApiClient.Response notJson = api.put(url("/api/plans/" + planId), "{");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"name\"").contains("\"field\":\"endDate\"");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"startDate\"");
        assertThat(badId.status()).isIn(400, 404);
        assertThat(unknownPlan.status()).isEqualTo(422);
        assertThat(unknownPlan.body()).contains("\"field\":\"planId\"").contains("no plan 'no-such-plan'");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(planId).query(Long.class).single()).isZero();
    }

    @Test
    void a_sub_resource_of_an_unknown_goal_is_a_404_problem() {
        ApiClient.Response response = api.put(url("/api/goals/no-such-goal/targets/2022"), "{\"value\":10}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void events_reach_the_topic_with_their_cloudevents_headers() {
        String planId = plan("plan-" + UUID.randomUUID());
        String eventId = jdbc.sql("select event_identifier from domain_event_entry where aggregate_identifier = ?")
                .param(planId).query(String.class).single();

        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(), "pactos.goals.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> planId.equals(r.key()));
            });
        }
        ConsumerRecord<String, byte[]> record = seen.stream().filter(r -> planId.equals(r.key())).findFirst().orElseThrow();
        Map<String, String> headers = TopicReader.headers(record);
        assertThat(headers)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", eventId)
                .containsEntry("ce_source", "/pactos/goals-service")
                .containsEntry("ce_type", "co.pactos.goals.PlanDeclared")
                .containsEntry("ce_subject", planId)
                .containsEntry("ce_revision", "1")
                .containsEntry("ce_sequence", "0")
                .containsEntry("ce_dependency", "SDSP")
                .containsEntry("ce_actor", "ana")
                .containsEntry("ce_sourcesystem", "SIGESI")
                .containsKey("ce_time");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"planId\":\"" + planId + "\"");
    }
}
