package co.pactos.goals.history;

import static co.pactos.infra.HistoryEntries.change;
import static co.pactos.infra.HistoryEntries.fields;
import static co.pactos.infra.HistoryEntries.types;
import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.PactosEvent;
import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.kit.web.Caller;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * GET {resource}/history on goals-service over HTTP against real PostgreSQL and Kafka: every kind of resource with its
 * field-by-field changes and who wrote it (from the writer's token). Most amendments, revisions, link changes,
 * corrections, closures and reopenings are appended to the event store with the metadata a command would give them (the
 * tests were written before their PUTs existed, and so reach states the PUTs' rules would refuse); one test writes them
 * over HTTP.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsHistoryIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_history_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStorageEngine storage;

    private final ApiClient planeacion = TestIdentity.as("planeacion");
    private final ApiClient sigesi = TestIdentity.as("sigesi");
    private final ApiClient contraloria = TestIdentity.as("contraloria");
    private final JsonMapper json = JsonMapper.builder().build();

    private String s;
    private String planId;
    private String unit;
    private String pactId;
    private String goalId;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    private JsonNode history(ApiClient as, String path) {
        ApiClient.Response answer = as.get(url(path + "/history"));
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return json.readTree(answer.body());
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(aggregateId).query(Long.class).single();
    }

    /** Appends an event as Planeación's command would record it (the amend branch adds the PUTs). */
    private void appendAsPlaneacion(PactosEvent event) {
        String aggregateId = event.aggregateId();
        Map<String, Object> row = jdbc.sql("select type, max(sequence_number) as last from domain_event_entry where aggregate_identifier = ?"
                + " group by type").param(aggregateId).query().singleRow();
        storage.appendEvents(new GenericDomainEventMessage<>((String) row.get("type"), aggregateId, ((Number) row.get("last")).longValue() + 1,
                event, MetaData.from(Map.of(Caller.META_CLIENT, "planeacion", Caller.META_ACTOR, "planeacion", Caller.META_DEPENDENCY, "DAPD",
                        Caller.META_SOURCE_SYSTEM, "SIPLAN"))));
    }

    @BeforeEach
    void aGoalOfASubUnitOfSdsp() {
        s = UUID.randomUUID().toString().substring(0, 8);
        planId = "plan-" + s;
        unit = "STAC-" + s;
        pactId = "pact-" + s;
        goalId = "goal-" + s;
        ok(planeacion.put(url("/api/plans/" + planId), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31","source":"SIPLAN"}"""));
        ok(planeacion.put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(planeacion.put(url("/api/dependencies/" + unit), """
                {"name":"Subdirección Técnica de Acción Comunal","parentCode":"SDSP","source":"SIPLAN"}"""));
        ok(planeacion.put(url("/api/pacts/" + pactId), "{\"planId\":\"" + planId + "\",\"name\":\"Acción comunal\",\"source\":\"SIPLAN\"}"));
        ok(planeacion.put(url("/api/goals/" + goalId), """
                {"planId":"%s","code":"MP-%s","statement":"Construir 1 plataforma","indicator":"Plataforma construida","unit":"número",
                 "kind":"PRODUCT","accumulation":"ACCUMULATED","baseline":0,"target":1,"dependency":"%s","source":"SIPLAN"}"""
                .formatted(planId, s, unit)));
    }

    @Test
    void a_goal_history_holds_every_event_oldest_first_with_its_changes_and_who_wrote_it() {
        ok(planeacion.put(url("/api/goals/" + goalId + "/pacts/" + pactId), "{\"link\":\"DIRECT\",\"source\":\"SIPLAN\"}"));
        ok(planeacion.put(url("/api/goals/" + goalId + "/targets/2022"), "{\"value\":0.25}"));
        ok(sigesi.put(url("/api/goals/" + goalId + "/progress/r1"), "{\"effectiveDate\":\"2022-06-30\",\"value\":10,\"source\":\"SIGESI\"}"));
        appendAsPlaneacion(new GoalAmendedEvent(goalId, "am-1", "Ajuste del indicador", "Ordenanza 612 de 2022", "Construir 2 plataformas",
                null, null, null, new BigDecimal("2"), null));
        appendAsPlaneacion(new AnnualTargetRevisedEvent(goalId, 2022, "rev-1", new BigDecimal("0.5"), "Plan de acción 2022", "Decreto 1 de 2022"));
        appendAsPlaneacion(new GoalLinkChangedEvent(goalId, pactId, "ch-1", null, "La meta ya no sirve al pacto", null));

        JsonNode history = history(contraloria, "/api/goals/" + goalId);

        assertThat(types(history)).containsExactly("GoalDeclared", "GoalLinkedToPact", "AnnualTargetSet", "ProgressReported", "GoalAmended",
                "AnnualTargetRevised", "GoalLinkChanged");
        JsonNode declared = history.get(0);
        assertThat(declared.get("eventId").asString()).isEqualTo(jdbc.sql("select event_identifier from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0").param(goalId).query(String.class).single());
        assertThat(declared.get("actor").get("client").asString()).isEqualTo("planeacion");
        assertThat(declared.get("actor").get("dependency").asString()).isEqualTo("DAPD");
        assertThat(declared.get("source").asString()).isEqualTo("SIPLAN");
        assertThat(declared.get("validTime").asString()).isEqualTo("../..");
        assertThat(Instant.parse(declared.get("recordedAt").asString())).isBefore(Instant.now());
        assertThat(change(declared, "statement").get("from").isNull()).isTrue();
        assertThat(change(declared, "statement").get("to").asString()).isEqualTo("Construir 1 plataforma");
        assertThat(change(declared, "dependency").get("to").asString()).isEqualTo(unit);
        assertThat(change(history.get(1), "pacts." + pactId).get("to").asString()).isEqualTo("DIRECT");
        assertThat(change(history.get(2), "targets.2022").get("to").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(history.get(2).get("validTime").asString()).isEqualTo("2022-01-01/2022-12-31");

        JsonNode report = history.get(3);
        assertThat(report.get("actor").get("client").asString()).isEqualTo("sigesi");
        assertThat(report.get("actor").get("dependency").asString()).isEqualTo("SDSP");
        assertThat(report.get("onBehalfOf").asString()).isEqualTo(unit);
        assertThat(report.get("source").asString()).isEqualTo("SIGESI");
        assertThat(report.get("validTime").asString()).isEqualTo("2022-06-30");
        assertThat(change(report, "progress.r1.value").get("to").decimalValue()).isEqualByComparingTo("10");

        JsonNode amended = history.get(4);
        assertThat(amended.get("reason").asString()).isEqualTo("Ajuste del indicador");
        assertThat(amended.get("legalAct").asString()).isEqualTo("Ordenanza 612 de 2022");
        assertThat(fields(amended)).containsExactly("statement", "target");
        assertThat(change(amended, "statement").get("from").asString()).isEqualTo("Construir 1 plataforma");
        assertThat(change(amended, "target").get("from").decimalValue()).isEqualByComparingTo("1");
        assertThat(change(amended, "target").get("to").decimalValue()).isEqualByComparingTo("2");
        assertThat(change(history.get(5), "targets.2022").get("from").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(history.get(5).get("legalAct").asString()).isEqualTo("Decreto 1 de 2022");
        JsonNode ended = change(history.get(6), "pacts." + pactId);
        assertThat(ended.get("from").asString()).isEqualTo("DIRECT");
        assertThat(ended.get("to").asString()).isEqualTo("NONE");
        assertThat(history.get(6).get("legalAct").isNull()).isTrue();
    }

    @Test
    void contraloria_reads_the_diffs_of_amendments_revisions_and_link_changes_written_over_http() {
        ok(planeacion.put(url("/api/goals/" + goalId + "/pacts/" + pactId), "{\"link\":\"DIRECT\"}"));
        ok(planeacion.put(url("/api/goals/" + goalId + "/targets/2022"), "{\"value\":0.25}"));
        ok(planeacion.put(url("/api/goals/" + goalId + "/amendments/am-http"), """
                {"reason":"Ordenanza de ajuste al plan","legalAct":"Ordenanza 587 del 15 de diciembre de 2022",
                 "statement":"Construir 2 plataformas","target":2,"source":"SIPLAN"}"""));
        ok(planeacion.put(url("/api/goals/" + goalId + "/targets/2022/revisions/rev-http"),
                "{\"value\":0.5,\"reason\":\"Plan de acción 2022 ajustado\",\"source\":\"SIPLAN\"}"));
        ok(planeacion.put(url("/api/goals/" + goalId + "/pacts/" + pactId + "/changes/ch-http"),
                "{\"link\":\"NONE\",\"reason\":\"La meta deja de servir al pacto\"}"));

        JsonNode history = history(contraloria, "/api/goals/" + goalId);

        assertThat(types(history)).containsExactly("GoalDeclared", "GoalLinkedToPact", "AnnualTargetSet", "GoalAmended",
                "AnnualTargetRevised", "GoalLinkChanged");
        JsonNode amended = history.get(3);
        assertThat(fields(amended)).containsExactly("statement", "target");
        assertThat(change(amended, "statement").get("from").asString()).isEqualTo("Construir 1 plataforma");
        assertThat(change(amended, "statement").get("to").asString()).isEqualTo("Construir 2 plataformas");
        assertThat(amended.get("legalAct").asString()).isEqualTo("Ordenanza 587 del 15 de diciembre de 2022");
        assertThat(amended.get("actor").get("client").asString()).isEqualTo("planeacion");
        assertThat(amended.get("source").asString()).isEqualTo("SIPLAN");
        assertThat(change(history.get(4), "targets.2022").get("from").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(change(history.get(5), "pacts." + pactId).get("to").asString()).isEqualTo("NONE");
        assertThat(types(history(contraloria, "/api/goals/" + goalId + "/amendments/am-http"))).containsExactly("GoalAmended");
    }

    @Test
    void a_part_of_a_goal_shows_only_its_own_events_with_the_values_in_force_before() {
        ok(planeacion.put(url("/api/goals/" + goalId + "/pacts/" + pactId), "{\"link\":\"DIRECT\"}"));
        ok(planeacion.put(url("/api/goals/" + goalId + "/targets/2022"), "{\"value\":0.25}"));
        ok(planeacion.put(url("/api/goals/" + goalId + "/targets/2023"), "{\"value\":0.75}"));
        ok(sigesi.put(url("/api/goals/" + goalId + "/progress/r1"), "{\"effectiveDate\":\"2022-06-30\",\"value\":10}"));
        ok(sigesi.put(url("/api/goals/" + goalId + "/progress/r2"), """
                {"effectiveDate":"2022-06-30","value":12,"corrects":"r1","reason":"Error de digitación","source":"SIGESI"}"""));
        appendAsPlaneacion(new GoalAmendedEvent(goalId, "am-1", "Traslado", null, null, null, null, null, null, "SDSP"));
        appendAsPlaneacion(new AnnualTargetRevisedEvent(goalId, 2022, "rev-1", new BigDecimal("0.5"), "Plan de acción", null));
        appendAsPlaneacion(new GoalLinkChangedEvent(goalId, pactId, "ch-1", co.pactos.events.goals.LinkType.INDIRECT, "Aporta indirectamente",
                "Ordenanza 7"));
        String goal = "/api/goals/" + goalId;

        JsonNode link = history(contraloria, goal + "/pacts/" + pactId);
        assertThat(types(link)).containsExactly("GoalLinkedToPact", "GoalLinkChanged");
        assertThat(change(link.get(0), "link").get("to").asString()).isEqualTo("DIRECT");
        assertThat(change(link.get(1), "link").get("from").asString()).isEqualTo("DIRECT");
        assertThat(change(link.get(1), "link").get("to").asString()).isEqualTo("INDIRECT");
        JsonNode linkChange = history(contraloria, goal + "/pacts/" + pactId + "/changes/ch-1");
        assertThat(types(linkChange)).containsExactly("GoalLinkChanged");
        assertThat(linkChange.get(0).get("reason").asString()).isEqualTo("Aporta indirectamente");
        assertThat(linkChange.get(0).get("legalAct").asString()).isEqualTo("Ordenanza 7");

        JsonNode target = history(contraloria, goal + "/targets/2022");
        assertThat(types(target)).containsExactly("AnnualTargetSet", "AnnualTargetRevised");
        assertThat(fields(target.get(0))).containsExactly("goalId", "year", "value");
        assertThat(change(target.get(1), "value").get("from").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(change(target.get(1), "value").get("to").decimalValue()).isEqualByComparingTo("0.5");
        JsonNode revision = history(contraloria, goal + "/targets/2022/revisions/rev-1");
        assertThat(types(revision)).containsExactly("AnnualTargetRevised");
        assertThat(revision.get(0).get("reason").asString()).isEqualTo("Plan de acción");
        assertThat(types(history(contraloria, goal + "/targets/2023"))).containsExactly("AnnualTargetSet");

        JsonNode report = history(contraloria, goal + "/progress/r1");
        assertThat(types(report)).containsExactly("ProgressReported", "ProgressReported");
        assertThat(change(report.get(1), "correctedBy").get("to").asString()).isEqualTo("r2");
        assertThat(change(report.get(1), "value").get("from").decimalValue()).isEqualByComparingTo("10");
        assertThat(change(report.get(1), "value").get("to").decimalValue()).isEqualByComparingTo("12");
        assertThat(fields(report.get(1))).doesNotContain("effectiveDate");
        assertThat(report.get(1).get("reason").asString()).isEqualTo("Error de digitación");
        assertThat(types(history(contraloria, goal + "/progress/r2"))).containsExactly("ProgressReported");

        JsonNode amendment = history(contraloria, goal + "/amendments/am-1");
        assertThat(types(amendment)).containsExactly("GoalAmended");
        assertThat(fields(amendment.get(0))).containsExactly("dependency");
        assertThat(change(amendment.get(0), "dependency").get("from").asString()).isEqualTo(unit);
        assertThat(change(amendment.get(0), "dependency").get("to").asString()).isEqualTo("SDSP");
        assertThat(amendment.get(0).get("actor").get("client").asString()).isEqualTo("planeacion");
    }

    @Test
    void plans_with_their_closures_dependencies_and_pacts_have_their_histories() {
        appendAsPlaneacion(new PeriodClosedEvent(planId, "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "Cierre anual"));
        Instant until = Instant.parse("2023-02-01T00:00:00Z");
        appendAsPlaneacion(new PeriodReopenedEvent(planId, "2022", "ro-1", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                "Reporte tardío de SIGESI", until));

        JsonNode plan = history(sigesi, "/api/plans/" + planId);
        assertThat(types(plan)).containsExactly("PlanDeclared", "PeriodClosed", "PeriodReopened");
        assertThat(change(plan.get(0), "name").get("to").asString()).isEqualTo("Valle Invencible");
        assertThat(plan.get(0).get("validTime").asString()).isEqualTo("2020-01-01/2023-12-31");
        assertThat(change(plan.get(1), "closures.2022").get("to").asString()).isEqualTo("CLOSED");
        assertThat(change(plan.get(2), "closures.2022").get("from").asString()).isEqualTo("CLOSED");
        assertThat(change(plan.get(2), "closures.2022").get("to").asString()).isEqualTo("REOPENED");

        JsonNode closure = history(contraloria, "/api/plans/" + planId + "/closures/2022");
        assertThat(types(closure)).containsExactly("PeriodClosed", "PeriodReopened");
        assertThat(closure.get(0).get("reason").asString()).isEqualTo("Cierre anual");
        assertThat(change(closure.get(0), "to").get("to").asString()).isEqualTo("2022-12-31");
        JsonNode reopening = history(contraloria, "/api/plans/" + planId + "/closures/2022/reopenings/ro-1");
        assertThat(types(reopening)).containsExactly("PeriodReopened");
        assertThat(reopening.get(0).get("reason").asString()).isEqualTo("Reporte tardío de SIGESI");
        assertThat(change(reopening.get(0), "state").get("from").asString()).isEqualTo("CLOSED");
        assertThat(change(reopening.get(0), "state").get("to").asString()).isEqualTo("REOPENED");
        assertThat(Instant.parse(change(reopening.get(0), "reopenedUntil").get("to").asString())).isEqualTo(until);

        JsonNode dependency = history(sigesi, "/api/dependencies/" + unit);
        assertThat(types(dependency)).containsExactly("DependencyRegistered");
        assertThat(change(dependency.get(0), "parentCode").get("to").asString()).isEqualTo("SDSP");
        assertThat(dependency.get(0).get("source").asString()).isEqualTo("SIPLAN");
        JsonNode pact = history(contraloria, "/api/pacts/" + pactId);
        assertThat(types(pact)).containsExactly("PactDeclared");
        assertThat(fields(pact.get(0))).containsExactly("pactId", "planId", "name");
    }

    @Test
    void an_activity_and_its_correction_show_only_the_fields_the_correction_changes() {
        String activityId = "act-" + s;
        ok(sigesi.put(url("/api/activities/" + activityId), """
                {"dependency":"%s","title":"Capacitación a organismos de acción comunal","startDate":"2022-02-01","endDate":"2022-11-30",
                 "pacts":["%s"],"beneficiaries":[{"group":"líderes comunales","count":23800}],"municipalities":["76001","76109"],
                 "source":"SIGESI"}""".formatted(unit, pactId)));
        appendAsPlaneacion(new ActivityCorrectedEvent(activityId, "cor-1", "Faltaba Palmira", null, null, LocalDate.of(2022, 2, 1),
                LocalDate.of(2022, 11, 30), List.of(new Beneficiaries("líderes comunales", 24000)), List.of("76001", "76109", "76520"), null));

        JsonNode activity = history(sigesi, "/api/activities/" + activityId);
        assertThat(types(activity)).containsExactly("ActivityRecorded", "ActivityCorrected");
        assertThat(activity.get(0).get("onBehalfOf").asString()).isEqualTo(unit);
        assertThat(activity.get(0).get("validTime").asString()).isEqualTo("2022-02-01/2022-11-30");
        assertThat(change(activity.get(0), "municipalities").get("to").size()).isEqualTo(2);
        JsonNode correction = history(contraloria, "/api/activities/" + activityId + "/corrections/cor-1");
        assertThat(types(correction)).containsExactly("ActivityCorrected");
        assertThat(fields(correction.get(0))).containsExactly("beneficiaries", "municipalities");
        assertThat(change(correction.get(0), "municipalities").get("from").toString()).isEqualTo("[\"76001\",\"76109\"]");
        assertThat(change(correction.get(0), "municipalities").get("to").toString()).isEqualTo("[\"76001\",\"76109\",\"76520\"]");
        assertThat(change(correction.get(0), "beneficiaries").get("from").get(0).get("count").asLong()).isEqualTo(23800);
        assertThat(correction.get(0).get("reason").asString()).isEqualTo("Faltaba Palmira");
    }

    @Test
    void contraloria_reads_the_goal_history_as_a_spanish_page() {
        ok(planeacion.put(url("/api/goals/" + goalId + "/pacts/" + pactId), "{\"link\":\"DIRECT\"}"));
        appendAsPlaneacion(new GoalAmendedEvent(goalId, "am-1", "Ajuste <b>del</b> indicador", "Ordenanza 612 de 2022",
                "Construir 2 plataformas", null, null, null, null, null));

        ApiClient.Response page = contraloria.get(url("/api/goals/" + goalId + "/history?format=html"));

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"es-CO\"").contains("Historial de la meta MP-" + s)
                .contains("<caption>").contains("<th scope=\"col\">Fecha de registro</th>").contains("(hora de Colombia)")
                .contains("Meta declarada").contains("Meta modificada").contains("Ordenanza 612 de 2022")
                .contains("Ajuste &lt;b&gt;del&lt;/b&gt; indicador")
                .contains("<span>Construir 1 plataforma</span> → <span>Construir 2 plataformas</span>")
                .contains("Cliente: planeacion").contains("Dependencia: DAPD").contains("SIPLAN")
                .doesNotContain("<script");
        ApiClient.Response asked = contraloria.send(HttpRequest.newBuilder(URI.create(url("/api/goals/" + goalId + "/history")))
                .header("Accept", "text/html").GET());
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.contentType()).startsWith("text/html");
        assertThat(asked.body()).contains("Historial de la meta MP-" + s);
        assertThat(contraloria.get(url("/api/goals/" + goalId + "/history")).contentType()).startsWith("application/json");
        assertThat(contraloria.get(url("/api/goals/" + goalId + "?format=html")).status()).isNotEqualTo(500);
        assertThat(contraloria.get(url("/api/nothing/" + goalId + "/history?format=html")).status()).isEqualTo(404);
        ApiClient.Response putOnUnknown = planeacion.put(url("/api/nothing/" + goalId), "{}");
        assertThat(putOnUnknown.status()).as("the page's mappings leave other paths alone: " + putOnUnknown.body()).isEqualTo(404);
    }

    @Test
    void a_long_history_is_read_in_bounded_pages_linked_by_after() throws Exception {
        for (int i = 1; i <= 5; i++) {
            ok(sigesi.put(url("/api/goals/" + goalId + "/progress/r" + i), "{\"effectiveDate\":\"2022-0" + i + "-28\",\"value\":" + i + "}"));
        }
        HttpClient http = HttpClient.newHttpClient();
        String link = "/api/goals/" + goalId + "/history?limit=2";
        List<Long> sequences = new ArrayList<>();
        int pages = 0;
        while (link != null) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url(link)))
                    .header("Authorization", "Bearer " + TestIdentity.token("contraloria")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode entries = json.readTree(page.body());
            assertThat(entries.size()).isBetween(1, 2);
            entries.forEach(e -> sequences.add(e.get("sequence").asLong()));
            link = page.headers().firstValue("Link").map(l -> l.substring(1, l.indexOf('>'))).orElse(null);
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);

        ApiClient.Response afterThree = contraloria.get(url("/api/goals/" + goalId + "/history?after=3"));
        assertThat(afterThree.status()).as(afterThree.body()).isEqualTo(200);
        List<Long> rest = new ArrayList<>();
        json.readTree(afterThree.body()).forEach(e -> rest.add(e.get("sequence").asLong()));
        assertThat(rest).containsExactly(4L, 5L);
        ApiClient.Response tooMany = contraloria.get(url("/api/goals/" + goalId + "/history?limit=1001"));
        ApiClient.Response none = contraloria.get(url("/api/goals/" + goalId + "/history?limit=0"));
        ApiClient.Response negative = contraloria.get(url("/api/goals/" + goalId + "/history?after=-1"));
        ApiClient.Response word = contraloria.get(url("/api/goals/" + goalId + "/history?limit=many"));
        for (ApiClient.Response bad : List.of(tooMany, none, negative, word)) {
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
        }
        assertThat(tooMany.body()).contains("\"field\":\"limit\"").contains("1000");
        assertThat(negative.body()).contains("\"field\":\"after\"");
        assertThat(word.body()).contains("\"field\":\"limit\"");
    }

    @Test
    void a_goal_with_more_reports_than_a_page_or_a_read_batch_is_answered_page_by_page() {
        int reports = 1100;
        List<org.axonframework.eventhandling.EventMessage<?>> appended = new ArrayList<>();
        String type = jdbc.sql("select type from domain_event_entry where aggregate_identifier = ?").param(goalId).query(String.class).single();
        for (int i = 1; i <= reports; i++) {
            appended.add(new GenericDomainEventMessage<>(type, goalId, i, new ProgressReportedEvent(goalId, "r" + i,
                    LocalDate.of(2022, 1, 1).plusDays(i % 365), BigDecimal.valueOf(i), null, null, null),
                    MetaData.from(Map.of(Caller.META_CLIENT, "sigesi", Caller.META_DEPENDENCY, "SDSP", Caller.META_SOURCE_SYSTEM, "SIGESI"))));
        }
        storage.appendEvents(appended);
        String goal = url("/api/goals/" + goalId + "/history");

        JsonNode first = json.readTree(contraloria.get(goal).body());
        JsonNode big = json.readTree(contraloria.get(goal + "?limit=1000").body());
        JsonNode rest = json.readTree(contraloria.get(goal + "?limit=1000&after=999").body());

        assertThat(first.size()).isEqualTo(200);
        assertThat(big.size()).isEqualTo(1000);
        assertThat(rest.size()).isEqualTo(reports + 1 - 1000);
        List<Long> sequences = new ArrayList<>();
        big.forEach(e -> sequences.add(e.get("sequence").asLong()));
        rest.forEach(e -> sequences.add(e.get("sequence").asLong()));
        assertThat(sequences).hasSize(reports + 1).doesNotHaveDuplicates().isSorted();
        assertThat(sequences.get(reports)).isEqualTo(reports);
        JsonNode last = rest.get(rest.size() - 1);
        assertThat(change(last, "progress.r" + reports + ".value").get("to").asInt()).isEqualTo(reports);
        assertThat(last.get("actor").get("client").asString()).isEqualTo("sigesi");
        assertThat(types(history(contraloria, "/api/goals/" + goalId + "/progress/r1050"))).containsExactly("ProgressReported");
    }

    @Test
    void histories_need_a_token_and_a_secretariat_reads_only_those_of_its_dependency() {
        String goal = "/api/goals/" + goalId;
        long events = eventsOf(goalId);

        ApiClient.Response anonymous = ApiClient.anonymous().get(url(goal + "/history"));
        ApiClient.Response anonymousPage = ApiClient.anonymous().get(url(goal + "/history?format=html"));
        ApiClient.Response otherSecretariat = TestIdentity.as("sidrac").get(url(goal + "/history"));
        ApiClient.Response operator = TestIdentity.as("operador").get(url(goal + "/history"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymousPage.status()).isEqualTo(401);
        assertThat(otherSecretariat.status()).as(otherSecretariat.body()).isEqualTo(403);
        assertThat(otherSecretariat.contentType()).startsWith("application/problem+json");
        assertThat(otherSecretariat.body()).contains("\"allowedDependency\":\"DAJ\"").contains(unit);
        assertThat(operator.status()).as(operator.body()).isEqualTo(403);
        assertThat(TestIdentity.as("sidrac").get(url("/api/plans/" + planId + "/history")).status()).isEqualTo(200);
        assertThat(history(sigesi, goal).size()).isEqualTo(1);
        assertThat(history(planeacion, goal).size()).isEqualTo(1);
        assertThat(ApiClient.anonymous().get(url(goal)).status()).as("the goal itself stays a public read").isEqualTo(200);
        assertThat(eventsOf(goalId)).isEqualTo(events);

        assertThat(contraloria.get(url("/api/goals/nothing-" + s + "/history")).status()).isEqualTo(404);
        assertThat(contraloria.get(url(goal + "/amendments/none/history")).status()).isEqualTo(404);
        assertThat(contraloria.get(url(goal + "/targets/2022/history")).status()).isEqualTo(404);
        assertThat(contraloria.get(url(goal + "/history")).body()).doesNotContain("\"type\":\"co.pactos.goals.ProgressReported\"");
    }
}
