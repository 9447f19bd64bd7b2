package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventTypes;
import co.pactos.events.Topics;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.kit.relay.EventRecords;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * investments-service keeps its own catalog of goals-service's references and closed periods from goals-service's
 * topic. goals-service does not run in this test at all: the topic is fed with CloudEvents records as its relay
 * would produce them.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsCatalogIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(GoalsCatalogIntegrationTest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        GoalsTopic.properties(registry, "investments_catalog_it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void references() {
        GoalsTopic.seed(jdbc);
    }

    private record Answer(int status, String retryAfter, JsonNode body) {
    }

    private Answer put(String path, String json) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TestIdentity.token("planeacion"))
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                    JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(aggregateId).query(Long.class).single();
    }

    private static String investment(String pact, String date) {
        return """
                {"dependency":"SDSP","amount":1000,"fiscalYear":%s,"date":"%s","pacts":["%s"]}""".formatted(date.substring(0, 4), date, pact);
    }

    @Test
    void a_valid_write_is_taken_while_goals_service_is_not_running() {
        String id = unique("inv");

        Answer answer = put("/api/investments/" + id, investment(GoalsTopic.PACT, "2022-03-01"));

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void a_reference_not_seen_yet_is_refused_saying_when_to_retry_and_is_taken_once_its_event_is_on_the_topic() {
        String pact = unique("pacto");
        String id = unique("inv");

        Answer refused = put("/api/investments/" + id, investment(pact, "2022-03-01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.retryAfter()).isEqualTo("2");
        assertThat(refused.body().get("type").asString()).isEqualTo("/problems/reference-not-yet-known");
        assertThat(refused.body().get("retryAfterSeconds").asInt()).isEqualTo(2);
        assertThat(refused.body().get("detail").asString())
                .contains("no pact '" + pact + "' is known to investments-service yet", "goals-service's events", "Nothing was recorded");
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("pacts");
        assertThat(eventsOf(id)).isZero();

        GoalsTopic.publish(new PactDeclaredEvent(pact, GoalsTopic.PLAN, "Pacto nuevo", null));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(put("/api/investments/" + id, investment(pact, "2022-03-01")).status()).isEqualTo(201));
        assertThat(put("/api/investments/" + id, investment(pact, "2022-03-01")).status()).isEqualTo(200);
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void a_batch_line_naming_a_reference_not_seen_yet_carries_the_problem_a_loader_retries_on() {
        String pact = unique("pacto");
        String id = unique("inv");
        String ndjson = "{\"put\":\"/api/investments/" + id + "\",\"body\":" + investment(pact, "2022-03-01") + "}\n";

        ApiClient.Response answer = TestIdentity.as("planeacion").send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/batch"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(ndjson)));

        JsonNode line = JSON.readTree(answer.body().lines().findFirst().orElseThrow());
        assertThat(line.get("status").asString()).isEqualTo("INVALID");
        assertThat(line.get("recorded").asBoolean()).isFalse();
        assertThat(line.at("/problem/type").asString()).isEqualTo("/problems/reference-not-yet-known");
        assertThat(line.at("/problem/retryAfterSeconds").asInt()).isEqualTo(2);
        assertThat(line.at("/problem/errors/0/field").asString()).isEqualTo("pacts");
        assertThat(eventsOf(id)).isZero();
    }

    /** A plan of two years from {@code firstYear} with one pact, once both have reached the catalog. */
    private void declarePlanWithPact(String plan, String pact, int firstYear) {
        GoalsTopic.publish(new PlanDeclaredEvent(plan, "Plan futuro", "76", LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 1, 12, 31)));
        GoalsTopic.publish(new PactDeclaredEvent(pact, plan, "Pacto futuro", null));
        GoalsTopic.awaitKnown(jdbc, List.of("PLAN:" + plan, "PACT:" + pact));
    }

    @Test
    void a_closed_period_refuses_investments_executions_adjustments_and_call_results_until_planeacion_reopens_it() {
        // a plan of its own, in years no other test writes in: the topic is shared by every test context of this JVM
        String plan = unique("plan");
        String pact = unique("pacto");
        declarePlanWithPact(plan, pact, 2030);
        String programme = unique("fondo");
        String call = unique("convocatoria");
        String open = unique("inv");
        assertThat(put("/api/programmes/" + programme, "{\"name\":\"Fondo\",\"dependency\":\"SDE\"}").status()).isEqualTo(201);
        assertThat(put("/api/calls/" + call, "{\"programmeId\":\"" + programme + "\",\"name\":\"C\",\"fiscalYear\":2030}").status())
                .isEqualTo(201);
        assertThat(put("/api/investments/" + open, investment(pact, "2030-03-01")).status()).isEqualTo(201);

        GoalsTopic.publish(new PeriodClosedEvent(plan, "2030-06-30", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30), "cierre semestral"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from goals_period_closure where plan_id = ?").param(plan).query(Long.class).single()).isOne());

        String later = unique("inv");
        List<Answer> refused = List.of(
                put("/api/investments/" + later, investment(pact, "2030-03-01")),
                put("/api/investments/" + open + "/executions/e1", "{\"date\":\"2030-04-01\",\"amount\":100}"),
                put("/api/investments/" + open + "/adjustments/a1", "{\"date\":\"2030-05-01\",\"amount\":-100,\"reason\":\"recorte\"}"),
                put("/api/calls/" + call + "/results/r1", "{\"date\":\"2030-06-30\",\"ventures\":1,\"jobs\":2}"));
        for (Answer answer : refused) {
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(409);
            assertThat(answer.body().get("type").asString()).isEqualTo("/problems/period-closed");
            assertThat(answer.body().at("/closure/planId").asString()).isEqualTo(plan);
            assertThat(answer.body().at("/closure/period").asString()).isEqualTo("2030-06-30");
            assertThat(answer.body().at("/closure/closedBy").asString()).isEqualTo("ana.planeacion");
            assertThat(answer.body().at("/closure/reason").asString()).isEqualTo("cierre semestral");
            assertThat(answer.body().at("/errors/0/field").asString()).isEqualTo("date");
            assertThat(answer.body().get("detail").asString()).contains("falls in period 2030-06-30 of plan '" + plan + "'");
        }
        assertThat(eventsOf(later)).isZero();
        assertThat(eventsOf(open)).isOne();
        assertThat(eventsOf(call)).isOne();
        // after the cut-off the plan is open
        assertThat(put("/api/investments/" + open + "/executions/e-july", "{\"date\":\"2030-07-01\",\"amount\":100}").status()).isEqualTo(201);

        // a reopening whose deadline has passed holds nothing open
        GoalsTopic.publish(new PeriodReopenedEvent(plan, "2030-06-30", "r-expired", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30),
                "corrección vencida", Instant.now().minus(Duration.ofHours(1))));
        awaitReopening(plan, "r-expired");
        assertThat(put("/api/investments/" + later, investment(pact, "2030-03-01")).status()).isEqualTo(409);

        GoalsTopic.publish(new PeriodReopenedEvent(plan, "2030-06-30", "r-1", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30),
                "corrección de la Contraloría", Instant.now().plus(Duration.ofDays(1))));
        awaitReopening(plan, "r-1");

        assertThat(put("/api/investments/" + later, investment(pact, "2030-03-01")).status()).isEqualTo(201);
        assertThat(put("/api/investments/" + open + "/executions/e1", "{\"date\":\"2030-04-01\",\"amount\":100}").status()).isEqualTo(201);
        assertThat(put("/api/investments/" + open + "/adjustments/a1", "{\"date\":\"2030-05-01\",\"amount\":-100,\"reason\":\"recorte\"}")
                .status()).isEqualTo(201);
        assertThat(put("/api/calls/" + call + "/results/r1", "{\"date\":\"2030-06-30\",\"ventures\":1,\"jobs\":2}").status()).isEqualTo(201);

        // closed anew after the reopening: refused again
        GoalsTopic.publish(new PeriodClosedEvent(plan, "2030-06-30", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30), "cierre definitivo"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
                "select reason from goals_period_closure where plan_id = ?").param(plan).query(String.class).single()).isEqualTo("cierre definitivo"));
        Answer again = put("/api/investments/" + open + "/executions/e2", "{\"date\":\"2030-04-02\",\"amount\":100}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().at("/closure/reason").asString()).isEqualTo("cierre definitivo");
    }

    /**
     * As in goals-service, a later reopening replaces the one in force: an open-ended reopening followed by one whose
     * {@code until} has passed holds nothing open (recorded instants spell out the story: closed four hours ago, reopened
     * without a deadline three hours ago, reopened again two hours ago until an hour ago).
     */
    @Test
    void a_later_reopening_replaces_an_open_ended_one_and_once_it_lapses_the_period_is_closed_again() {
        String plan = unique("plan");
        String pact = unique("pacto");
        declarePlanWithPact(plan, pact, 2060);
        Instant now = Instant.now();
        GoalsTopic.publish(new PeriodClosedEvent(plan, "2060", LocalDate.of(2060, 1, 1), LocalDate.of(2060, 12, 31), "cierre de vigencia"),
                now.minus(Duration.ofHours(4)));
        GoalsTopic.publish(new PeriodReopenedEvent(plan, "2060", "r-abierta", LocalDate.of(2060, 1, 1), LocalDate.of(2060, 12, 31),
                "sin plazo", null), now.minus(Duration.ofHours(3)));
        awaitReopening(plan, "r-abierta");
        assertThat(put("/api/investments/" + unique("inv"), investment(pact, "2060-03-01")).status()).isEqualTo(201);

        GoalsTopic.publish(new PeriodReopenedEvent(plan, "2060", "r-corta", LocalDate.of(2060, 1, 1), LocalDate.of(2060, 12, 31),
                "con plazo", now.minus(Duration.ofHours(1))), now.minus(Duration.ofHours(2)));
        awaitReopening(plan, "r-corta");

        String late = unique("inv");
        Answer refused = put("/api/investments/" + late, investment(pact, "2060-03-01"));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("/problems/period-closed");
        assertThat(refused.body().at("/closure/period").asString()).isEqualTo("2060");
        assertThat(eventsOf(late)).isZero();
        // outside the closed year the plan is open
        assertThat(put("/api/investments/" + unique("inv"), investment(pact, "2061-03-01")).status()).isEqualTo(201);
    }

    /**
     * The catalog writes a poll's records in one batch per table and reads an investment's goals in one look-up: 300
     * goals of a plan of their own (one burst, so polls of many records) all reach it; an investment naming all of them
     * is taken, checked against the closures of their plan (which it does not name), and one naming an unknown goal
     * among them is refused naming that goal.
     */
    @Test
    void an_investment_naming_hundreds_of_goals_is_checked_against_each_goal_and_the_closures_of_their_plan() {
        String plan = unique("plan");
        GoalsTopic.publish(new PlanDeclaredEvent(plan, "Plan lejano", "76", LocalDate.of(2050, 1, 1), LocalDate.of(2051, 12, 31)));
        List<String> goals = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String goal = unique("meta");
            goals.add(goal);
            GoalsTopic.publish(GoalsTopic.goal(goal, plan));
        }
        GoalsTopic.publish(new PeriodClosedEvent(plan, "2050", LocalDate.of(2050, 1, 1), LocalDate.of(2050, 12, 31), "cierre de vigencia"));
        GoalsTopic.awaitKnown(jdbc, goals.stream().map(goal -> "GOAL:" + goal).toList());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from goals_period_closure where plan_id = ?").param(plan).query(Long.class).single()).isOne());
        String names = goals.stream().map(goal -> "\"" + goal + "\"").collect(java.util.stream.Collectors.joining(","));

        String closed = unique("inv");
        Answer inClosedYear = put("/api/investments/" + closed,
                "{\"dependency\":\"SDSP\",\"amount\":1000,\"fiscalYear\":2050,\"date\":\"2050-03-01\",\"goals\":[" + names + "]}");
        String taken = unique("inv");
        Answer inOpenYear = put("/api/investments/" + taken,
                "{\"dependency\":\"SDSP\",\"amount\":1000,\"fiscalYear\":2051,\"date\":\"2051-03-01\",\"goals\":[" + names + "]}");
        String unknownGoal = unique("meta");
        String refused = unique("inv");
        Answer withUnknown = put("/api/investments/" + refused, "{\"dependency\":\"SDSP\",\"amount\":1000,\"fiscalYear\":2051,"
                + "\"date\":\"2051-03-01\",\"goals\":[" + names + ",\"" + unknownGoal + "\"]}");

        assertThat(inClosedYear.status()).as(inClosedYear.body().toString()).isEqualTo(409);
        assertThat(inClosedYear.body().at("/closure/planId").asString()).isEqualTo(plan);
        assertThat(inOpenYear.status()).as(inOpenYear.body().toString()).isEqualTo(201);
        assertThat(withUnknown.status()).isEqualTo(422);
        assertThat(withUnknown.body().get("detail").asString()).contains("no goal '" + unknownGoal + "' is known");
        assertThat(withUnknown.body().at("/errors/0/field").asString()).isEqualTo("goals");
        assertThat(eventsOf(closed)).isZero();
        assertThat(eventsOf(taken)).isOne();
        assertThat(eventsOf(refused)).isZero();
    }

    private void awaitReopening(String plan, String reopening) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from goals_period_reopening where plan_id = ? and reopening_id = ?")
                .params(plan, reopening).query(Long.class).single()).isOne());
    }

    @Test
    void the_same_record_twice_changes_the_catalog_once() {
        String plan = unique("plan");
        PlanDeclaredEvent declared = new PlanDeclaredEvent(plan, "Plan", "76", LocalDate.of(2040, 1, 1), LocalDate.of(2043, 12, 31));
        PeriodClosedEvent closed = new PeriodClosedEvent(plan, "2040", LocalDate.of(2040, 1, 1), LocalDate.of(2040, 12, 31), null);
        ProducerRecord<String, byte[]> declaration = record(declared, 0, Instant.now());
        ProducerRecord<String, byte[]> closure = record(closed, 1, Instant.now());

        GoalsTopic.send(declaration);
        GoalsTopic.send(declaration);
        GoalsTopic.send(closure);
        GoalsTopic.send(closure);
        // the same key, so the same partition and after the duplicates: once it is in, they have been read
        GoalsTopic.publish(new PeriodReopenedEvent(plan, "2040", "r-1", LocalDate.of(2040, 1, 1), LocalDate.of(2040, 12, 31), "x", null));
        awaitReopening(plan, "r-1");

        assertThat(jdbc.sql("select count(*) from goals_catalog_entry where kind = 'PLAN' and id = ?").param(plan).query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("select event_id from goals_period_closure where plan_id = ?").param(plan).query(String.class).list())
                .containsExactly(new String(closure.headers().lastHeader("ce_id").value(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ProducerRecord<String, byte[]> record(co.pactos.events.PactosEvent event, long sequence, Instant time) {
        EventTypes.Descriptor type = EventTypes.of(event.getClass());
        return EventRecords.of(Topics.GOALS, event, new CloudEventAttributes(UUID.randomUUID().toString(), "/pactos/goals-service",
                type.name(), time, event.aggregateId(), type.revision(), sequence, event.validTime().toString(), "DAPD", "ana.planeacion",
                null, "planeacion"));
    }

    /**
     * The catalog's delay, from the instant goals-service recorded an event to the instant its row was written here,
     * over 200 events sent in bursts of 20. A figure for the README, not a goal: nothing asserts a timing.
     */
    @Test
    void the_delay_from_the_topic_to_the_catalog_is_measured() {
        List<String> codes = new ArrayList<>();
        for (int burst = 0; burst < 10; burst++) {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String code = unique("U");
                GoalsTopic.publish(new DependencyRegisteredEvent(code, "Unidad", "SDSP"));
                sent.add("DEPENDENCY:" + code);
            }
            GoalsTopic.awaitKnown(jdbc, sent);
            codes.addAll(sent.stream().map(s -> s.substring("DEPENDENCY:".length())).toList());
        }
        List<Long> delays = jdbc.sql("""
                        select (extract(epoch from (applied_at - recorded_at)) * 1000)::bigint from goals_catalog_entry
                        where kind = 'DEPENDENCY' and id in (:codes) order by 1""")
                .param("codes", codes).query(Long.class).list();

        assertThat(delays).hasSize(200).allSatisfy(delay -> assertThat(delay).isNotNegative());
        log.info("goals catalog delay over {} events (record produced -> catalog row): p50 {} ms, p99 {} ms, max {} ms", delays.size(),
                delays.get(delays.size() / 2 - 1), delays.get((int) Math.ceil(delays.size() * 0.99) - 1), delays.get(delays.size() - 1));
        assertThat(jdbc.sql("select parent_code from goals_catalog_entry where kind = 'DEPENDENCY' and id = ?").param(codes.get(0))
                .query(String.class).single()).isEqualTo("SDSP");
    }

    @Test
    void operators_read_the_catalogs_lag_on_health_and_others_only_its_status() {
        ApiClient.Response operator = TestIdentity.as("operador").get("http://localhost:" + port + "/actuator/health");
        ApiClient.Response anonymous = ApiClient.anonymous().get("http://localhost:" + port + "/actuator/health");

        assertThat(operator.body()).contains("\"goalsCatalog\"", "\"lag\"", "\"delayP99Millis\"");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("\"lag\"", "delayP99Millis");
    }
}
