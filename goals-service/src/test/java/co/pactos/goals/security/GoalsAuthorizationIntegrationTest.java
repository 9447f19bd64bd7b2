package co.pactos.goals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.TopicReader;
import co.pactos.infra.identity.AuthorizationServer;
import co.pactos.infra.identity.TestIdentity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may write what in goals-service, with real tokens from the authorization server: Planeación
 * declares the plan; a secretariat writes activities and progress for its dependency and sub-units
 * only; oversight and operators write nothing; a token that is missing or not valid is 401. A refused
 * write records nothing.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsAuthorizationIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_auth_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String s;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private ApiClient.Response put(String client, String path, String body) {
        return TestIdentity.as(client).put(url(path), body);
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private JsonNode metaDataOf(String aggregateId) {
        return json.readTree(jdbc.sql("select convert_from(meta_data, 'UTF8') from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(String.class).single());
    }

    /** A plan with SDSP (and its sub-unit STAC-x), SALUD, a pact, and a goal coordinated by each of SDSP and SALUD. */
    @BeforeEach
    void plan() {
        s = UUID.randomUUID().toString().substring(0, 8);
        ok(put("planeacion", "/api/plans/plan-" + s, """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}"""));
        ok(put("planeacion", "/api/dependencies/SDSP", "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(put("planeacion", "/api/dependencies/SALUD", "{\"name\":\"Secretaría de Salud\"}"));
        ok(put("planeacion", "/api/dependencies/STAC-" + s, "{\"name\":\"Subdirección Técnica de Acción Comunal\",\"parentCode\":\"SDSP\"}"));
        ok(put("planeacion", "/api/pacts/pact-" + s, "{\"planId\":\"plan-" + s + "\",\"name\":\"Acción comunal\"}"));
        ok(put("planeacion", "/api/goals/goal-sdsp-" + s, goal("SDSP")));
        ok(put("planeacion", "/api/goals/goal-salud-" + s, goal("SALUD")));
    }

    private String goal(String dependency) {
        return """
                {"planId":"plan-%s","code":"MP-%s","statement":"Construir 1 plataforma","indicator":"Plataforma",
                 "unit":"número","kind":"PRODUCT","accumulation":"ACCUMULATED","baseline":0,"target":1,"dependency":"%s"}"""
                .formatted(s, dependency, dependency);
    }

    private String activity(String dependency) {
        return """
                {"dependency":"%s","title":"Taller","startDate":"2022-03-01","pacts":["pact-%s"],"source":"SIGESI"}"""
                .formatted(dependency, s);
    }

    /** Each of Planeación's kinds of write, as path and body, for the test's plan. */
    private Map<String, String[]> planningWrites() {
        Map<String, String[]> writes = new HashMap<>();
        writes.put("plan", new String[] {"/api/plans/other-" + s,
                "{\"name\":\"Otro\",\"territoryCode\":\"76\",\"startDate\":\"2020-01-01\",\"endDate\":\"2023-12-31\"}"});
        writes.put("dependency", new String[] {"/api/dependencies/NEW-" + s, "{\"name\":\"Nueva\"}"});
        writes.put("pact", new String[] {"/api/pacts/other-" + s, "{\"planId\":\"plan-" + s + "\",\"name\":\"Otro\"}"});
        writes.put("goal", new String[] {"/api/goals/other-" + s, goal("SDSP")});
        writes.put("link", new String[] {"/api/goals/goal-sdsp-" + s + "/pacts/pact-" + s, "{\"link\":\"DIRECT\"}"});
        writes.put("target", new String[] {"/api/goals/goal-sdsp-" + s + "/targets/2022", "{\"value\":1}"});
        return writes;
    }

    static Stream<Arguments> planningKindsAndOtherClients() {
        return Stream.of("plan", "dependency", "pact", "goal", "link", "target")
                .flatMap(kind -> Stream.of("sigesi", "salud", "contraloria", "operador").map(client -> Arguments.of(kind, client)));
    }

    @ParameterizedTest(name = "{0} by {1} is 403")
    @MethodSource("planningKindsAndOtherClients")
    void only_planeacion_declares_the_plan(String kind, String client) {
        String[] write = planningWrites().get(kind);
        long before = events();

        ApiClient.Response refused = put(client, write[0], write[1]);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(problem.get("detail").asString()).contains("Nothing was recorded");
        if (client.equals("sigesi")) {
            assertThat(problem.get("allowedDependency").asString()).isEqualTo("SDSP");
            assertThat(problem.get("detail").asString()).contains("may write only for dependency SDSP");
        }
        assertThat(events()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} by planeacion is 201")
    @ValueSource(strings = {"plan", "dependency", "pact", "goal", "link", "target"})
    void planeacion_declares_each_part_of_the_plan(String kind) {
        String[] write = planningWrites().get(kind);

        ApiClient.Response created = put("planeacion", write[0], write[1]);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void a_secretariat_records_activities_for_its_dependency_and_its_sub_units() {
        ApiClient.Response own = put("sigesi", "/api/activities/a1-" + s, activity("SDSP"));
        ApiClient.Response subUnit = put("sigesi", "/api/activities/a2-" + s, activity("STAC-" + s));

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(subUnit.status()).as(subUnit.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "an activity of SALUD by {0} is 403")
    @ValueSource(strings = {"sigesi", "sidrac", "sdec", "contraloria", "operador"})
    void a_token_of_another_dependency_cannot_record_an_activity_and_records_nothing(String client) {
        long before = events();

        ApiClient.Response refused = put(client, "/api/activities/a3-" + s, activity("SALUD"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("for dependency SALUD");
        assertThat(events()).isEqualTo(before);
        assertThat(TestIdentity.as("planeacion").get(url("/api/activities/a3-" + s)).status()).isEqualTo(404);
    }

    @Test
    void a_refusal_names_the_dependency_the_token_may_write_for() {
        JsonNode problem = json.readTree(put("sigesi", "/api/activities/a4-" + s, activity("SALUD")).body());

        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("allowedDependency").asString()).isEqualTo("SDSP");
        assertThat(problem.get("detail").asString()).contains("'sigesi' may write only for dependency SDSP and its sub-units");
    }

    @Test
    void planeacion_records_on_behalf_of_any_dependency_and_the_event_says_who_and_for_whom() {
        ApiClient.Response created = put("planeacion", "/api/activities/a5-" + s, activity("SDSP"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode meta = metaDataOf("a5-" + s);
        assertThat(meta.get("client").asString()).isEqualTo("planeacion");
        assertThat(meta.get("actor").asString()).isEqualTo("planeacion");
        assertThat(meta.get("dependency").asString()).isEqualTo("DAPD");
        assertThat(meta.get("onBehalfOf").asString()).isEqualTo("SDSP");
        assertThat(headersOf("a5-" + s))
                .containsEntry("ce_client", "planeacion")
                .containsEntry("ce_dependency", "DAPD")
                .containsEntry("ce_onbehalfof", "SDSP");
    }

    @Test
    void planeacion_reporting_progress_of_a_goal_records_the_coordinating_dependency_it_wrote_for() {
        ok(put("planeacion", "/api/goals/goal-salud-" + s + "/progress/r9", "{\"effectiveDate\":\"2022-06-30\",\"value\":0.1}"));

        JsonNode meta = jdbc.sql("select convert_from(meta_data, 'UTF8') from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type like '%ProgressReported%'").param("goal-salud-" + s).query(String.class).list().stream()
                .map(json::readTree).findFirst().orElseThrow();
        assertThat(meta.get("dependency").asString()).isEqualTo("DAPD");
        assertThat(meta.get("onBehalfOf").asString()).isEqualTo("SALUD");
    }

    @Test
    void a_secretariat_writing_for_a_sub_unit_records_it_and_for_its_own_dependency_records_no_on_behalf_of() {
        ok(put("sigesi", "/api/activities/a10-" + s, activity("STAC-" + s)));
        ok(put("sigesi", "/api/activities/a11-" + s, activity("SDSP")));

        assertThat(metaDataOf("a10-" + s).get("dependency").asString()).isEqualTo("SDSP");
        assertThat(metaDataOf("a10-" + s).get("onBehalfOf").asString()).isEqualTo("STAC-" + s);
        assertThat(metaDataOf("a11-" + s).has("onBehalfOf")).isFalse();
    }

    @Test
    void a_declaration_by_planeacion_is_not_on_behalf_of_anyone() {
        assertThat(metaDataOf("pact-" + s).has("onBehalfOf")).isFalse();
        assertThat(metaDataOf("pact-" + s).get("dependency").asString()).isEqualTo("DAPD");
    }

    /** The Kafka headers of the first record of the aggregate on goals-service's topic. */
    private Map<String, String> headersOf(String aggregateId) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(), "pactos.goals.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> aggregateId.equals(r.key()));
            });
        }
        return TopicReader.headers(seen.stream().filter(r -> aggregateId.equals(r.key())).findFirst().orElseThrow());
    }

    @Test
    void a_secretariat_reports_progress_only_of_the_goals_its_dependency_coordinates() {
        long before = events();
        ApiClient.Response foreign = put("sigesi", "/api/goals/goal-salud-" + s + "/progress/r1", "{\"effectiveDate\":\"2022-06-30\",\"value\":0.1}");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        assertThat(foreign.body()).contains("for dependency SALUD").contains("\"allowedDependency\":\"SDSP\"");
        assertThat(events()).isEqualTo(before);

        ok(put("sigesi", "/api/goals/goal-sdsp-" + s + "/progress/r1", "{\"effectiveDate\":\"2022-06-30\",\"value\":0.1}"));
        ok(put("salud", "/api/goals/goal-salud-" + s + "/progress/r1", "{\"effectiveDate\":\"2022-06-30\",\"value\":0.2}"));
    }

    @ParameterizedTest(name = "progress by {0} is 403")
    @ValueSource(strings = {"contraloria", "operador"})
    void oversight_and_operators_write_nothing(String client) {
        long before = events();

        ApiClient.Response progress = put(client, "/api/goals/goal-sdsp-" + s + "/progress/r2", "{\"effectiveDate\":\"2022-06-30\",\"value\":0.1}");
        ApiClient.Response activity = put(client, "/api/activities/a6-" + s, activity("SDSP"));

        assertThat(progress.status()).as(progress.body()).isEqualTo(403);
        assertThat(activity.status()).as(activity.body()).isEqualTo(403);
        assertThat(progress.body()).contains("writes nothing");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void every_event_records_the_tokens_client_user_and_dependency_and_the_source_the_caller_names() {
        ok(put("sigesi", "/api/activities/a7-" + s, activity("SDSP")));

        JsonNode meta = metaDataOf("a7-" + s);
        assertThat(meta.get("client").asString()).isEqualTo("sigesi");
        assertThat(meta.get("actor").asString()).isEqualTo("sigesi");
        assertThat(meta.get("dependency").asString()).isEqualTo("SDSP");
        assertThat(meta.get("sourceSystem").asString()).isEqualTo("SIGESI");

        assertThat(headersOf("a7-" + s))
                .containsEntry("ce_client", "sigesi")
                .containsEntry("ce_actor", "sigesi")
                .containsEntry("ce_dependency", "SDSP")
                .containsEntry("ce_sourcesystem", "SIGESI")
                .doesNotContainKey("ce_onbehalfof");
    }

    static Stream<Arguments> tokensThatAreNotValid() {
        AuthorizationServer server = TestIdentity.server();
        AuthorizationServer.Client sigesi = TestIdentity.client("sigesi");
        Map<String, Object> expired = new HashMap<>(server.claimsFor(sigesi, Duration.ofMinutes(5)));
        expired.put("iat", java.time.Instant.now().minus(Duration.ofHours(2)));
        expired.put("nbf", java.time.Instant.now().minus(Duration.ofHours(2)));
        expired.put("exp", java.time.Instant.now().minus(Duration.ofHours(1)));
        Map<String, Object> otherIssuer = new HashMap<>(server.claimsFor(sigesi, Duration.ofMinutes(5)));
        otherIssuer.put("iss", "http://localhost:1/not-ours");
        Map<String, Object> otherAudience = new HashMap<>(server.claimsFor(sigesi, Duration.ofMinutes(5)));
        otherAudience.put("aud", List.of("another-system"));
        return Stream.of(
                Arguments.of("none", null),
                Arguments.of("expired", server.sign(expired)),
                Arguments.of("forged", AuthorizationServer.forge(server.claimsFor(sigesi, Duration.ofMinutes(5)))),
                Arguments.of("wrong issuer", server.sign(otherIssuer)),
                Arguments.of("wrong audience", server.sign(otherAudience)),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @ParameterizedTest(name = "{0} token: 401")
    @MethodSource("tokensThatAreNotValid")
    void a_write_without_a_valid_token_is_401_and_records_nothing(String what, String token) {
        long before = events();

        ApiClient.Response refused = new ApiClient(token).put(url("/api/activities/a8-" + s), activity("SDSP"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(problem.get("detail").asString()).contains("Authorization: Bearer");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_signed_token_for_the_right_issuer_and_audience_is_accepted() {
        String token = TestIdentity.server().sign(TestIdentity.server().claimsFor(TestIdentity.client("sigesi"), Duration.ofMinutes(5)));

        ApiClient.Response created = new ApiClient(token).put(url("/api/activities/a9-" + s), activity("SDSP"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void published_resources_are_readable_without_a_token() {
        ApiClient.Response goal = ApiClient.anonymous().get(url("/api/goals/goal-sdsp-" + s));

        assertThat(goal.status()).isEqualTo(200);
        assertThat(goal.body()).contains("\"dependency\":\"SDSP\"");
    }
}
