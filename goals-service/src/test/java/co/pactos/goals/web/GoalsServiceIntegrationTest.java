package co.pactos.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.TopicReader;
import co.pactos.infra.identity.TestIdentity;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** goals-service against real PostgreSQL and Kafka: writes are events in the store and on the topic. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Planeación: declares the plan and may write on behalf of any dependency. */
    private final ApiClient api = TestIdentity.as("planeacion");
    private final JsonMapper json = JsonMapper.builder().build();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String plan(String id) {
        ApiClient.Response response = api.put(url("/api/plans/" + id), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31","source":"SIGESI"}""");
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return id;
    }

    private void created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private static String activity(String dependency, String pactId, String goalId, long leaders) {
        return """
                {"dependency":"%s","title":"Capacitación y asistencia técnica a organismos de acción comunal",
                 "startDate":"2022-02-01","endDate":"2022-11-30","pacts":["%s"],"goals":["%s"],
                 "beneficiaries":[{"group":"líderes y lideresas comunales","count":%d}],
                 "municipalities":["76001","76109"],"topics":["legislación comunal","CONPES 3955"],"source":"SIGESI"}"""
                .formatted(dependency, pactId, goalId, leaders);
    }

    @Test
    void an_activity_is_recorded_once_published_and_answered_by_get() {
        String suffix = UUID.randomUUID().toString();
        String planId = plan("plan-" + suffix);
        String dependency = "STAC-" + suffix;
        String pactId = "pact-" + suffix;
        String goalId = "goal-" + suffix;
        String activityId = "act-" + suffix;
        created(api.put(url("/api/dependencies/" + dependency), "{\"name\":\"Subdirección Técnica de Acción Comunal\"}"));
        created(api.put(url("/api/pacts/" + pactId), "{\"planId\":\"" + planId + "\",\"name\":\"Acción comunal\"}"));
        created(api.put(url("/api/goals/" + goalId), """
                {"planId":"%s","code":"MP-1","statement":"Construir 1 plataforma","indicator":"Plataforma construida",
                 "unit":"número","kind":"PRODUCT","accumulation":"ACCUMULATED","baseline":0,"target":1,"dependency":"%s"}"""
                .formatted(planId, dependency)));

        ApiClient.Response recorded = api.put(url("/api/activities/" + activityId), activity(dependency, pactId, goalId, 23800));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.location()).isEqualTo("/api/activities/" + activityId);
        JsonNode body = json.readTree(recorded.body());
        String eventId = jdbc.sql("select event_identifier from domain_event_entry where aggregate_identifier = ?")
                .param(activityId).query(String.class).single();
        assertThat(body.get("eventIds").size()).isEqualTo(1);
        assertThat(body.get("eventIds").get(0).asString()).isEqualTo(eventId);

        ApiClient.Response got = api.get(url("/api/activities/" + activityId));
        assertThat(got.status()).isEqualTo(200);
        JsonNode view = json.readTree(got.body());
        assertThat(view.get("dependency").asString()).isEqualTo(dependency);
        assertThat(view.get("goals").get(0).asString()).isEqualTo(goalId);
        assertThat(view.get("beneficiaries").get(0).get("count").asLong()).isEqualTo(23800);
        assertThat(view.get("municipalities").size()).isEqualTo(2);

        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(), "pactos.goals.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> activityId.equals(r.key()));
            });
        }
        ConsumerRecord<String, byte[]> record = seen.stream().filter(r -> activityId.equals(r.key())).findFirst().orElseThrow();
        assertThat(TopicReader.headers(record))
                .containsEntry("ce_type", "co.pactos.goals.ActivityRecorded")
                .containsEntry("ce_id", eventId)
                .containsEntry("ce_subject", activityId)
                .containsEntry("ce_sourcesystem", "SIGESI");
        assertThat(json.readTree(record.value()).get("topics").get(1).asString()).isEqualTo("CONPES 3955");

        ApiClient.Response again = api.put(url("/api/activities/" + activityId), activity(dependency, pactId, goalId, 23800));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"eventIds\":[]");

        ApiClient.Response conflict = api.put(url("/api/activities/" + activityId), activity(dependency, pactId, goalId, 23801));
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(eventsOf(activityId)).isEqualTo(1);
    }

    @Test
    void an_activity_in_an_unknown_municipality_is_a_422_problem_and_records_nothing() {
        String suffix = UUID.randomUUID().toString();
        String planId = plan("plan-" + suffix);
        String dependency = "STAC-" + suffix;
        String pactId = "pact-" + suffix;
        String activityId = "act-" + suffix;
        created(api.put(url("/api/dependencies/" + dependency), "{\"name\":\"Subdirección Técnica de Acción Comunal\"}"));
        created(api.put(url("/api/pacts/" + pactId), "{\"planId\":\"" + planId + "\",\"name\":\"Acción comunal\"}"));

        ApiClient.Response rejected = api.put(url("/api/activities/" + activityId), """
                {"dependency":"%s","title":"Apoyo a elecciones de JAC","startDate":"2022-04-01","pacts":["%s"],
                 "municipalities":["76001","76999"]}""".formatted(dependency, pactId));
        ApiClient.Response missing = api.put(url("/api/activities/" + activityId), """
                {"pacts":["%s"],"allPacts":false}""".formatted(pactId));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(rejected.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("municipalities");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("76999");
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"dependency\"").contains("\"field\":\"title\"")
                .contains("\"field\":\"startDate\"");
        assertThat(eventsOf(activityId)).isZero();
        assertThat(api.get(url("/api/activities/" + activityId)).status()).isEqualTo(404);
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
                .containsEntry("ce_client", "planeacion")
                .containsEntry("ce_dependency", "DAPD")
                .containsEntry("ce_actor", "planeacion")
                .containsEntry("ce_sourcesystem", "SIGESI")
                .containsKey("ce_time");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"planId\":\"" + planId + "\"");
    }

    @Test
    void the_api_description_names_the_bearer_token_and_the_problem_answers() {
        ApiClient.Response docs = ApiClient.anonymous().get(url("/v3/api-docs"));

        assertThat(docs.status()).isEqualTo(200);
        JsonNode openApi = json.readTree(docs.body());
        assertThat(openApi.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        JsonNode put = openApi.at("/paths/~1api~1activities~1{activityId}/put");
        assertThat(put.get("security").toString()).contains("bearer");
        assertThat(put.at("/responses/403/content").has("application/problem+json")).isTrue();
        assertThat(put.at("/responses/401/content").has("application/problem+json")).isTrue();
        assertThat(openApi.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
    }
}
