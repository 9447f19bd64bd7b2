package co.pactos.goals.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.goals.catalog.Catalog;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.TopicReader;
import co.pactos.infra.identity.TestIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
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
 * Amending the plan and closing its periods over HTTP with real tokens, PostgreSQL and Kafka: Planeación revises a target,
 * closes a cut-off, SIGESI's progress report in it is refused (409 naming the closure), Planeación reopens it, the report is
 * taken. Secretariats may neither amend nor close.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsAmendmentsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_amend_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalog catalog;

    private final ApiClient planeacion = TestIdentity.as("planeacion");
    private final ApiClient sigesi = TestIdentity.as("sigesi");
    private final JsonMapper json = JsonMapper.builder().build();
    private String s;
    private String plan;
    private String goal;
    private String pact;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static ApiClient.Response created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private JsonNode read(ApiClient.Response response) {
        return json.readTree(response.body());
    }

    /** The seed's shape: plan, SDSP, the pact, its direct goal coordinated by SDSP with a 2022 target of 0.25. */
    @BeforeEach
    void seed() {
        s = UUID.randomUUID().toString().substring(0, 8);
        plan = "plan-" + s;
        pact = "accion-comunal-" + s;
        goal = "meta-sigesi-" + s;
        ok(planeacion.put(url("/api/plans/" + plan), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}"""));
        ok(planeacion.put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(planeacion.put(url("/api/dependencies/SALUD"), "{\"name\":\"Secretaría de Salud\"}"));
        ok(planeacion.put(url("/api/pacts/" + pact), "{\"planId\":\"" + plan + "\",\"name\":\"Acción comunal\"}"));
        ok(planeacion.put(url("/api/goals/" + goal), """
                {"planId":"%s","code":"MP-1","statement":"Construir 1 plataforma dentro del SIGESI","indicator":"Plataforma construida",
                 "unit":"número","kind":"PRODUCT","accumulation":"ACCUMULATED","baseline":0,"target":1,"dependency":"SDSP"}"""
                .formatted(plan)));
        ok(planeacion.put(url("/api/goals/" + goal + "/pacts/" + pact), "{\"link\":\"DIRECT\"}"));
        ok(planeacion.put(url("/api/goals/" + goal + "/targets/2022"), "{\"value\":0.25}"));
    }

    @Test
    void planeacion_revises_closes_the_cut_off_refuses_a_report_in_it_reopens_and_the_report_is_taken() {
        String revisionPath = "/api/goals/" + goal + "/targets/2022/revisions/rev-1";
        String revision = """
                {"value":0.5,"reason":"Plan de acción 2022 ajustado","legalAct":"Decreto 1-3-0456 del 2 de mayo de 2022","source":"SIGESI"}""";
        JsonNode revised = read(created(planeacion.put(url(revisionPath), revision)));
        assertThat(revised.at("/resource/value").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(revised.at("/resource/recordedBy/client").asString()).isEqualTo("planeacion");
        JsonNode target = read(planeacion.get(url("/api/goals/" + goal + "/targets/2022")));
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(target.at("/revisions/0/revisionId").asString()).isEqualTo("rev-1");
        assertThat(target.at("/revisions/0/legalAct").asString()).isEqualTo("Decreto 1-3-0456 del 2 de mayo de 2022");
        assertThat(read(planeacion.get(url("/api/goals/" + goal))).at("/targets/2022").decimalValue()).isEqualByComparingTo("0.5");

        String closurePath = "/api/plans/" + plan + "/closures/2022-06-30";
        ApiClient.Response closed = created(planeacion.put(url(closurePath), "{\"reason\":\"Corte del informe semestral\"}"));
        assertThat(closed.location()).isEqualTo(closurePath);
        assertThat(read(closed).at("/resource/from").asString()).isEqualTo("2020-01-01");
        assertThat(read(closed).at("/resource/to").asString()).isEqualTo("2022-06-30");
        assertThat(read(closed).at("/resource/closed").asBoolean()).isTrue();
        ApiClient.Response closedAgain = planeacion.put(url(closurePath), "{\"reason\":\"Corte del informe semestral\"}");
        assertThat(closedAgain.status()).as(closedAgain.body()).isEqualTo(200);
        assertThat(closedAgain.body()).contains("\"eventIds\":[]");

        // the revision again, now that its year is partly closed: still the same write, 200
        ApiClient.Response revisedAgain = planeacion.put(url(revisionPath), revision);
        assertThat(revisedAgain.status()).as(revisedAgain.body()).isEqualTo(200);

        String reportPath = "/api/goals/" + goal + "/progress/avance-2022-05-01";
        String report = "{\"effectiveDate\":\"2022-05-01\",\"value\":0.1,\"source\":\"SIGESI\"}";
        long goalEvents = eventsOf(goal);
        ApiClient.Response refused = sigesi.put(url(reportPath), report);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = read(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/period-closed");
        assertThat(problem.get("detail").asString()).contains("2022-06-30").contains(plan).contains("planeacion")
                .contains("Planeación may reopen it");
        assertThat(problem.at("/closure/period").asString()).isEqualTo("2022-06-30");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("effectiveDate");
        assertThat(eventsOf(goal)).isEqualTo(goalEvents);
        assertThat(sigesi.get(url(reportPath)).status()).isEqualTo(404);
        ApiClient.Response afterCutOff = sigesi.put(url("/api/goals/" + goal + "/progress/avance-2022-07-01"),
                "{\"effectiveDate\":\"2022-07-01\",\"value\":0.1}");
        assertThat(afterCutOff.status()).as(afterCutOff.body()).isEqualTo(201);

        String tomorrow = LocalDate.now(ZoneId.of("America/Bogota")).plusDays(1).toString();
        JsonNode reopening = read(created(planeacion.put(url(closurePath + "/reopenings/re-1"),
                "{\"reason\":\"SIGESI reporta tarde el avance de mayo\",\"until\":\"" + tomorrow + "\"}")));
        assertThat(reopening.at("/resource/until").asString()).isNotEmpty();
        JsonNode closure = read(planeacion.get(url(closurePath)));
        assertThat(closure.get("closed").asBoolean()).isFalse();
        assertThat(closure.at("/reopening/reopeningId").asString()).isEqualTo("re-1");
        assertThat(read(planeacion.get(url("/api/plans/" + plan + "/closures"))).at("/closures/0/period").asString())
                .isEqualTo("2022-06-30");

        ApiClient.Response taken = sigesi.put(url(reportPath), report);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);

        Map<String, Map<String, String>> published = publishedTypes(plan, goal);
        assertThat(published.get("co.pactos.goals.PeriodClosed"))
                .containsEntry("ce_client", "planeacion").containsEntry("ce_actor", "planeacion").containsEntry("ce_subject", plan)
                .containsEntry("ce_validtime", "2020-01-01/2022-06-30");
        assertThat(published.get("co.pactos.goals.PeriodReopened")).containsEntry("ce_client", "planeacion");
        assertThat(published.get("co.pactos.goals.AnnualTargetRevised"))
                .containsEntry("ce_client", "planeacion").containsEntry("ce_sourcesystem", "SIGESI");
        assertThat(published.get("co.pactos.goals.ProgressReported")).containsEntry("ce_client", "sigesi");
    }

    /** The headers of the last record of each type on the goals topic keyed by one of {@code keys}, once all types have come. */
    private Map<String, Map<String, String>> publishedTypes(String... keys) {
        List<String> wanted = List.of("co.pactos.goals.PeriodClosed", "co.pactos.goals.PeriodReopened",
                "co.pactos.goals.AnnualTargetRevised", "co.pactos.goals.ProgressReported");
        Map<String, Map<String, String>> byType = new java.util.HashMap<>();
        List<String> keyList = List.of(keys);
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                "pactos.goals.events")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keyList.contains(record.key())) {
                        Map<String, String> headers = TopicReader.headers(record);
                        byType.put(headers.get("ce_type"), headers);
                    }
                }
                assertThat(byType).containsKeys(wanted.toArray(String[]::new));
            });
        }
        return byType;
    }

    @ParameterizedTest(name = "{0} by sigesi is 403 and records nothing")
    @ValueSource(strings = {"amendment", "revision", "change", "closure", "reopening"})
    void a_secretariat_may_not_amend_revise_change_links_close_or_reopen(String kind) {
        ok(planeacion.put(url("/api/plans/" + plan + "/closures/2021"), "{}"));
        Map<String, String[]> writes = Map.of(
                "amendment", new String[] {"/api/goals/" + goal + "/amendments/a1", "{\"reason\":\"r\",\"target\":2}"},
                "revision", new String[] {"/api/goals/" + goal + "/targets/2022/revisions/r1", "{\"value\":1,\"reason\":\"r\"}"},
                "change", new String[] {"/api/goals/" + goal + "/pacts/" + pact + "/changes/c1", "{\"link\":\"NONE\",\"reason\":\"r\"}"},
                "closure", new String[] {"/api/plans/" + plan + "/closures/2022", "{}"},
                "reopening", new String[] {"/api/plans/" + plan + "/closures/2021/reopenings/re-1", "{\"reason\":\"r\"}"});
        long before = events();

        ApiClient.Response refused = sigesi.put(url(writes.get(kind)[0]), writes.get(kind)[1]);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = read(refused);
        assertThat(problem.get("allowedDependency").asString()).isEqualTo("SDSP");
        assertThat(problem.get("detail").asString()).contains("may write only for dependency SDSP").contains("Nothing was recorded");
        assertThat(events()).isEqualTo(before);
        assertThat(planeacion.get(url(writes.get(kind)[0])).status()).isEqualTo(404);
    }

    @Test
    void an_amended_goal_reads_as_amended_and_its_new_coordinator_reports_its_progress() {
        ApiClient.Response amended = created(planeacion.put(url("/api/goals/" + goal + "/amendments/a1"), """
                {"reason":"La meta pasa a la Secretaría de Salud","legalAct":"Ordenanza 587 del 15 de diciembre de 2022",
                 "statement":"Construir 2 plataformas","target":2,"dependency":"SALUD"}"""));
        assertThat(read(amended).at("/resource/dependency").asString()).isEqualTo("SALUD");

        JsonNode goalView = read(planeacion.get(url("/api/goals/" + goal)));
        assertThat(goalView.get("statement").asString()).isEqualTo("Construir 2 plataformas");
        assertThat(goalView.get("target").decimalValue()).isEqualByComparingTo("2");
        assertThat(goalView.get("indicator").asString()).isEqualTo("Plataforma construida");
        assertThat(goalView.get("dependency").asString()).isEqualTo("SALUD");
        assertThat(goalView.at("/amendments/0/amendmentId").asString()).isEqualTo("a1");
        assertThat(goalView.at("/amendments/0/legalAct").asString()).startsWith("Ordenanza 587");

        ApiClient.Response bySigesi = sigesi.put(url("/api/goals/" + goal + "/progress/r1"), "{\"effectiveDate\":\"2022-08-01\",\"value\":1}");
        assertThat(bySigesi.status()).as(bySigesi.body()).isEqualTo(403);
        ok(TestIdentity.as("salud").put(url("/api/goals/" + goal + "/progress/r1"), "{\"effectiveDate\":\"2022-08-01\",\"value\":1}"));
    }

    @Test
    void an_amendment_without_a_reason_or_a_change_is_a_problem_naming_it_and_records_nothing() {
        long before = eventsOf(goal);

        ApiClient.Response noReason = planeacion.put(url("/api/goals/" + goal + "/amendments/a1"), "{\"reason\":\" \",\"target\":2}");
        ApiClient.Response noChange = planeacion.put(url("/api/goals/" + goal + "/amendments/a1"), "{\"reason\":\"r\",\"target\":1}");
        ApiClient.Response negative = planeacion.put(url("/api/goals/" + goal + "/amendments/a1"), "{\"reason\":\"r\",\"baseline\":-1}");
        ApiClient.Response unknownGoal = planeacion.put(url("/api/goals/no-such-goal/amendments/a1"), "{\"reason\":\"r\",\"target\":2}");

        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(noChange.status()).as(noChange.body()).isEqualTo(422);
        assertThat(noChange.body()).contains("must change at least one");
        assertThat(negative.status()).as(negative.body()).isEqualTo(422);
        assertThat(negative.body()).contains("\"field\":\"baseline\"");
        assertThat(unknownGoal.status()).as(unknownGoal.body()).isEqualTo(404);
        assertThat(eventsOf(goal)).isEqualTo(before);
    }

    @Test
    void a_link_ended_reads_as_none_and_leaves_the_goals_pacts() {
        String changes = "/api/goals/" + goal + "/pacts/" + pact + "/changes/";
        created(planeacion.put(url(changes + "c1"), "{\"link\":\"NONE\",\"reason\":\"Ordenanza de ajuste\"}"));

        JsonNode link = read(planeacion.get(url("/api/goals/" + goal + "/pacts/" + pact)));
        assertThat(link.get("link").asString()).isEqualTo("NONE");
        assertThat(link.at("/changes/0/changeId").asString()).isEqualTo("c1");
        assertThat(read(planeacion.get(url("/api/goals/" + goal))).get("pacts").has(pact)).isFalse();
        ApiClient.Response same = planeacion.put(url(changes + "c2"), "{\"link\":\"NONE\",\"reason\":\"otra vez\"}");
        assertThat(same.status()).as(same.body()).isEqualTo(422);
        assertThat(same.body()).contains("\"field\":\"link\"");

        created(planeacion.put(url(changes + "c3"), "{\"link\":\"INDIRECT\",\"reason\":\"Vuelve como indirecta\"}"));
        assertThat(read(planeacion.get(url("/api/goals/" + goal))).at("/pacts/" + pact).asString()).isEqualTo("INDIRECT");
        assertThat(read(planeacion.get(url(changes + "c3"))).get("link").asString()).isEqualTo("INDIRECT");
    }

    @Test
    void an_activity_is_corrected_by_its_dependency_and_refused_in_a_closed_period_until_reopened() {
        String activity = "/api/activities/capacitacion-" + s;
        created(sigesi.put(url(activity), """
                {"dependency":"SDSP","title":"Capacitación","startDate":"2022-03-01","endDate":"2022-11-30","pacts":["%s"],
                 "beneficiaries":[{"group":"líderes y lideresas comunales","count":23800}],"municipalities":["76001"]}""".formatted(pact)));
        created(sigesi.put(url(activity + "/corrections/c1"), """
                {"reason":"Faltaba Buenaventura","municipalities":["76001","76109"],"source":"SIGESI"}"""));
        JsonNode corrected = read(sigesi.get(url(activity)));
        assertThat(corrected.get("municipalities").size()).isEqualTo(2);
        assertThat(corrected.at("/beneficiaries/0/count").asLong()).isEqualTo(23800);
        assertThat(corrected.at("/corrections/0/reason").asString()).isEqualTo("Faltaba Buenaventura");
        ApiClient.Response bySalud = TestIdentity.as("salud").put(url(activity + "/corrections/c2"), "{\"reason\":\"r\",\"title\":\"Otro\"}");
        assertThat(bySalud.status()).as(bySalud.body()).isEqualTo(403);

        created(planeacion.put(url("/api/plans/" + plan + "/closures/2022-06-30"), "{}"));
        ApiClient.Response refused = sigesi.put(url(activity + "/corrections/c2"), "{\"reason\":\"conteo\",\"beneficiaries\":"
                + "[{\"group\":\"líderes y lideresas comunales\",\"count\":23000}]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("/problems/period-closed");
        ApiClient.Response newActivity = sigesi.put(url(activity + "-b"), """
                {"dependency":"SDSP","title":"Taller","startDate":"2022-04-01","pacts":["%s"]}""".formatted(pact));
        assertThat(newActivity.status()).as(newActivity.body()).isEqualTo(409);

        created(planeacion.put(url("/api/plans/" + plan + "/closures/2022-06-30/reopenings/re-1"), "{\"reason\":\"conteo tardío\"}"));
        created(sigesi.put(url(activity + "/corrections/c2"), "{\"reason\":\"conteo\",\"beneficiaries\":"
                + "[{\"group\":\"líderes y lideresas comunales\",\"count\":23000}]}"));
        assertThat(read(sigesi.get(url(activity))).at("/beneficiaries/0/count").asLong()).isEqualTo(23000);

        // closed anew: refused again
        created(planeacion.put(url("/api/plans/" + plan + "/closures/2022-06-30"), "{}"));
        assertThat(sigesi.put(url(activity + "-b"), """
                {"dependency":"SDSP","title":"Taller","startDate":"2022-04-01","pacts":["%s"]}""".formatted(pact)).status()).isEqualTo(409);
    }

    @Test
    void an_activity_whose_span_runs_into_a_closed_year_is_refused_naming_the_closure() {
        String activity = "/api/activities/taller-" + s;
        created(sigesi.put(url(activity + "-2021"), """
                {"dependency":"SDSP","title":"Taller","startDate":"2021-03-01","endDate":"2021-11-30","pacts":["%s"]}""".formatted(pact)));
        created(planeacion.put(url("/api/plans/" + plan + "/closures/2022"), "{}"));
        long before = events();

        ApiClient.Response refused = sigesi.put(url(activity), """
                {"dependency":"SDSP","title":"Taller","startDate":"2021-10-01","endDate":"2022-02-01","pacts":["%s"]}""".formatted(pact));
        ApiClient.Response openEnded = sigesi.put(url(activity + "-sin-fin"), """
                {"dependency":"SDSP","title":"Taller","startDate":"2021-10-01","pacts":["%s"]}""".formatted(pact));
        ApiClient.Response extended = sigesi.put(url(activity + "-2021/corrections/c1"), "{\"reason\":\"siguió\",\"endDate\":\"2022-03-01\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        JsonNode problem = read(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/period-closed");
        assertThat(problem.at("/closure/period").asString()).isEqualTo("2022");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("endDate");
        assertThat(problem.get("detail").asString()).contains("2021-10-01 to 2022-02-01").contains("Planeación may reopen it");
        assertThat(openEnded.status()).as(openEnded.body()).isEqualTo(409);
        assertThat(extended.status()).as(extended.body()).isEqualTo(409);
        assertThat(extended.body()).contains("/problems/period-closed");
        assertThat(events()).isEqualTo(before);
        assertThat(sigesi.get(url(activity)).status()).isEqualTo(404);
    }

    @Test
    void the_catalog_finds_the_closures_of_every_plan_for_a_write_that_names_no_plan() {
        LocalDate march2022 = LocalDate.of(2022, 3, 1);
        created(planeacion.put(url("/api/plans/" + plan + "/closures/2022"), "{}"));

        // every plan of this test database starts in 2020: nothing is closed in 2019
        assertThat(catalog.closedPeriodOfAnyPlan(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), Instant.now())).isEmpty();
        assertThat(catalog.closedPeriodOfAnyPlan(march2022, march2022, Instant.now()))
                .hasValueSatisfying(closure -> assertThat(closure.overlaps(march2022, march2022)).isTrue());
        assertThat(catalog.closedPeriod(plan, march2022, LocalDate.MAX, Instant.now()))
                .hasValueSatisfying(closure -> assertThat(closure.period()).isEqualTo("2022"));
    }

    @Test
    void a_closure_or_reopening_that_makes_no_sense_is_a_problem_naming_the_field() {
        ApiClient.Response outside = planeacion.put(url("/api/plans/" + plan + "/closures/2024"), "{}");
        ApiClient.Response notAPeriod = planeacion.put(url("/api/plans/" + plan + "/closures/junio"), "{}");
        ApiClient.Response unknownPlan = planeacion.put(url("/api/plans/no-such-plan/closures/2022"), "{}");
        ApiClient.Response notClosed = planeacion.put(url("/api/plans/" + plan + "/closures/2022/reopenings/re-1"), "{\"reason\":\"r\"}");
        ok(planeacion.put(url("/api/plans/" + plan + "/closures/2022"), "{}"));
        ApiClient.Response past = planeacion.put(url("/api/plans/" + plan + "/closures/2022/reopenings/re-1"),
                "{\"reason\":\"r\",\"until\":\"2022-07-31\"}");
        ApiClient.Response badUntil = planeacion.put(url("/api/plans/" + plan + "/closures/2022/reopenings/re-1"),
                "{\"reason\":\"r\",\"until\":\"mañana\"}");
        ApiClient.Response noReason = planeacion.put(url("/api/plans/" + plan + "/closures/2022/reopenings/re-1"), "{}");
        ApiClient.Response tooLate = planeacion.put(url("/api/plans/" + plan + "/closures/2022/reopenings/re-1"),
                "{\"reason\":\"r\",\"until\":\"+300000-01-01T00:00:00Z\"}");

        assertThat(outside.status()).as(outside.body()).isEqualTo(422);
        assertThat(outside.body()).contains("\"field\":\"period\"");
        assertThat(notAPeriod.status()).as(notAPeriod.body()).isEqualTo(422);
        assertThat(unknownPlan.status()).as(unknownPlan.body()).isEqualTo(404);
        assertThat(notClosed.status()).as(notClosed.body()).isEqualTo(422);
        assertThat(past.status()).as(past.body()).isEqualTo(422);
        assertThat(past.body()).contains("\"field\":\"until\"");
        assertThat(badUntil.status()).as(badUntil.body()).isEqualTo(400);
        assertThat(badUntil.body()).contains("\"field\":\"until\"");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        // beyond the years an instant parameter may name (PostgreSQL's timestamps in investments-service end in 294276)
        assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(400);
        assertThat(tooLate.body()).contains("\"field\":\"until\"").contains("9999");
        assertThat(planeacion.get(url("/api/plans/" + plan + "/closures/2022/reopenings/re-1")).status()).isEqualTo(404);
    }

    @Test
    void a_reopening_with_a_deadline_closes_the_period_again_once_it_passes() {
        String closurePath = "/api/plans/" + plan + "/closures/2022";
        created(planeacion.put(url(closurePath), "{}"));
        String until = java.time.Instant.now().plusSeconds(10).toString();
        created(planeacion.put(url(closurePath + "/reopenings/re-1"), "{\"reason\":\"unos segundos\",\"until\":\"" + until + "\"}"));
        assertThat(read(planeacion.get(url(closurePath))).get("closed").asBoolean()).isFalse();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(read(planeacion.get(url(closurePath))).get("closed").asBoolean()).isTrue());
        ApiClient.Response refused = sigesi.put(url("/api/goals/" + goal + "/progress/late"), "{\"effectiveDate\":\"2022-10-01\",\"value\":1}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("/problems/period-closed");
    }

    @Test
    void the_batch_takes_the_new_writes_and_refuses_a_line_in_a_closed_period() {
        String ndjson = String.join("\n",
                line("/api/goals/" + goal + "/targets/2022/revisions/rev-1", "{\"value\":0.5,\"reason\":\"ajuste\"}"),
                line("/api/goals/" + goal + "/amendments/a1", "{\"reason\":\"ajuste\",\"unit\":\"plataformas\"}"),
                line("/api/goals/" + goal + "/pacts/" + pact + "/changes/c1", "{\"link\":\"INDIRECT\",\"reason\":\"ajuste\"}"),
                line("/api/plans/" + plan + "/closures/2022-06-30", "{\"reason\":\"corte\"}"),
                line("/api/goals/" + goal + "/progress/p1", "{\"effectiveDate\":\"2022-05-01\",\"value\":0.1}"),
                line("/api/plans/" + plan + "/closures/2022-06-30/reopenings/re-1", "{\"reason\":\"tarde\"}"),
                line("/api/goals/" + goal + "/progress/p1", "{\"effectiveDate\":\"2022-05-01\",\"value\":0.1}")) + "\n";

        List<JsonNode> lines = batch(ndjson);

        assertThat(lines).extracting(l -> l.get("status").asString())
                .containsExactly("CREATED", "CREATED", "CREATED", "CREATED", "CONFLICT", "CREATED", "CREATED");
        assertThat(lines.get(4).at("/problem/type").asString()).isEqualTo("/problems/period-closed");
        assertThat(read(planeacion.get(url("/api/goals/" + goal))).get("unit").asString()).isEqualTo("plataformas");
    }

    private static String line(String path, String body) {
        return "{\"put\":\"" + path + "\",\"body\":" + body + "}";
    }

    private List<JsonNode> batch(String ndjson) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/batch")))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + TestIdentity.token("planeacion"))
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ArrayList<>(response.body().lines().map(json::readTree).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
