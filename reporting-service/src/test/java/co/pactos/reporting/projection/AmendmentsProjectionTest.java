package co.pactos.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.EventJson;
import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.reporting.document.SpanishFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Amendments, target revisions, link changes, activity corrections and closures (issue 10), given as events on the topics:
 * reports use what was in force at the instant asked, name the closures, and the diff between two instants names the
 * figures that changed and the events that explain them.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmendmentsProjectionTest {

    private static final String DATABASE = "reporting_amendments_it";
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static EventLog log;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties(DATABASE).forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.reporting.consumer-group", () -> "reporting-amendments-it");
    }

    @BeforeAll
    static void producer() {
        log = new EventLog(TestInfrastructure.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void closeProducer() {
        log.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    VersionCheck versionCheck;

    private final ApiClient api = ApiClient.anonymous();

    @BeforeEach
    void aVersionIsLive() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from projection_version where name = 'pact-progress' and state = 'LIVE'").query(Long.class).single() > 0);
    }

    /**
     * A plan with one pact served directly by one goal (target 0.25 in 2022, 0.1 achieved by 30 June: 40 %) and one activity
     * for the pact (100 leaders in Cali), all recorded at {@code base}, an hour ago.
     */
    private record World(String planId, String pactId, String goalId, String dependency, String activityId, Instant base) {

        Instant at(int minutes) {
            return base.plus(minutes, ChronoUnit.MINUTES);
        }
    }

    private World world() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        World w = new World("plan-" + s, "pact-" + s, "goal-" + s, "DEP-" + s, "act-" + s, base);
        publish(new PlanDeclaredEvent(w.planId(), "Valle Invencible", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)), base);
        publish(new DependencyRegisteredEvent(w.dependency(), "Secretaría de Desarrollo Social y Participación", null), base);
        publish(new PactDeclaredEvent(w.pactId(), w.planId(), "Pacto de acción comunal", null), base);
        publish(new GoalDeclaredEvent(w.goalId(), w.planId(), "MP-1", "Construir 1 plataforma", "Plataforma", "número",
                GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, w.dependency()), base);
        publish(new GoalLinkedToPactEvent(w.goalId(), w.pactId(), LinkType.DIRECT), base);
        publish(new AnnualTargetSetEvent(w.goalId(), 2022, new BigDecimal("0.25")), base);
        publish(new ProgressReportedEvent(w.goalId(), "r-2022-06", LocalDate.of(2022, 6, 30), new BigDecimal("0.1"), null, null, null), base);
        publish(new ActivityRecordedEvent(w.activityId(), w.planId(), w.dependency(), "Capacitación a líderes", null,
                LocalDate.of(2022, 2, 1), null, List.of(w.pactId()), false, List.of(), List.of(new Beneficiaries("líderes", 100)),
                List.of("76001"), List.of()), base);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30")))
                .isEqualTo("40.0"));
        return w;
    }

    private static String publish(co.pactos.events.PactosEvent event, Instant at) {
        return log.publish(event, UUID.randomUUID().toString(), at);
    }

    /** As Planeación's system writes: dependency DAPD, user ana, client planeacion. */
    private static String byPlaneacion(co.pactos.events.PactosEvent event, Instant at) {
        return log.publishAs(event, at, "DAPD", "ana", "planeacion");
    }

    private JsonNode report(String pactId, String query) {
        ApiClient.Response response = api.get(url("/api/reports/pacts/" + pactId + "?" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private JsonNode reportAsOf(World w, Instant asOf) {
        return report(w.pactId(), "period=2022-06-30&asOf=" + encode(asOf.toString()));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mean(JsonNode report) {
        JsonNode mean = report.path("directGoals").path("meanProgress");
        return mean.isNumber() ? mean.decimalValue().setScale(1, java.math.RoundingMode.UNNECESSARY).toPlainString() : mean.asText();
    }

    @Test
    void an_amended_goal_shows_as_it_was_before_the_amendment_and_as_amended_after() {
        World w = world();
        publish(new DependencyRegisteredEvent("SDEC-" + w.dependency(), "Secretaría de Desarrollo Económico", null), w.base());
        byPlaneacion(new GoalAmendedEvent(w.goalId(), "enm-1", "reformulada por ordenanza", "Ordenanza 600 de 2022",
                "Construir 2 plataformas", null, null, null, new BigDecimal("2"), "SDEC-" + w.dependency()), w.at(10));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022-06-30")
                .path("goals").path(0).path("statement").asText()).isEqualTo("Construir 2 plataformas"));
        JsonNode now = report(w.pactId(), "period=2022-06-30").path("goals").get(0);
        assertThat(now.path("dependency").asText()).isEqualTo("SDEC-" + w.dependency());
        assertThat(now.path("dependencyName").asText()).isEqualTo("Secretaría de Desarrollo Económico");
        assertThat(now.path("code").asText()).isEqualTo("MP-1");
        JsonNode amendment = now.path("amendments").get(0);
        assertThat(amendment.path("kind").asText()).isEqualTo("AMENDMENT");
        assertThat(amendment.path("changes").asText()).isEqualTo("statement, target, dependency");
        assertThat(amendment.path("legalAct").asText()).isEqualTo("Ordenanza 600 de 2022");
        assertThat(amendment.path("recordedBy").path("client").asText()).isEqualTo("planeacion");
        ApiClient.Response md = api.get(url("/api/reports/pacts/" + w.pactId() + "/document?period=2022-06-30&format=md"));
        // DAPD's name, once another test has registered it, else its code
        assertThat(md.body()).containsPattern("Meta MP-1 modificada \\(enunciado, meta del cuatrienio, dependencia coordinadora\\) el "
                + spanishDate(w.at(10)) + " por (DAPD|Departamento Administrativo de Planeación) \\(Ordenanza 600 de 2022\\)\\. "
                + "Motivo: reformulada por ordenanza\\.");

        JsonNode before = reportAsOf(w, w.at(5)).path("goals").get(0);
        assertThat(before.path("statement").asText()).isEqualTo("Construir 1 plataforma");
        assertThat(before.path("dependency").asText()).isEqualTo(w.dependency());
        assertThat(before.path("amendments")).isEmpty();
        // the whole-plan figure uses the four-year target: 0.1 of 1 before, of 2 after
        assertThat(report(w.pactId(), "period=plan&asOf=" + encode(w.at(5).toString())).path("goals").get(0).path("progress")
                .decimalValue()).isEqualByComparingTo("10.0");
        assertThat(report(w.pactId(), "period=plan").path("goals").get(0).path("progress").decimalValue()).isEqualByComparingTo("5.0");
    }

    @Test
    void a_revised_annual_target_changes_the_progress_from_the_instant_it_is_recorded() {
        World w = world();
        byPlaneacion(new AnnualTargetRevisedEvent(w.goalId(), 2022, "rev-1", new BigDecimal("0.5"), "plan de acción ajustado",
                "Decreto 1-0123"), w.at(10));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30")))
                .isEqualTo("20.0"));
        assertThat(report(w.pactId(), "period=2022-06-30").path("goals").get(0).path("target").decimalValue())
                .isEqualByComparingTo("0.5");
        JsonNode revision = report(w.pactId(), "period=2022-06-30").path("goals").get(0).path("amendments").get(0);
        assertThat(revision.path("kind").asText()).isEqualTo("TARGET_REVISION");
        assertThat(revision.path("changes").asText()).isEqualTo("target 2022: 0.5");
        assertThat(mean(reportAsOf(w, w.at(5)))).isEqualTo("40.0");
    }

    @Test
    void an_ended_link_removes_the_goal_from_the_pact_and_a_change_may_link_another() {
        World w = world();
        String other = "other-" + w.goalId();
        publish(new GoalDeclaredEvent(other, w.planId(), "MP-2", "Formar 100 líderes", "Líderes", "número", GoalKind.PRODUCT,
                Accumulation.ACCUMULATED, BigDecimal.ZERO, new BigDecimal("100"), w.dependency()), w.base());
        byPlaneacion(new GoalLinkChangedEvent(w.goalId(), w.pactId(), "chg-1", null, "la meta no sirve al pacto", null), w.at(10));
        byPlaneacion(new GoalLinkChangedEvent(other, w.pactId(), "chg-2", LinkType.INDIRECT, "la meta también sirve al pacto", null),
                w.at(10));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022-06-30")
                .path("directGoals").path("count").asInt()).isZero());
        JsonNode now = report(w.pactId(), "period=2022-06-30");
        assertThat(now.path("indirectGoals").path("count").asInt()).isEqualTo(1);
        assertThat(now.path("goals").findValuesAsText("goalId")).containsExactly(other);

        JsonNode before = reportAsOf(w, w.at(5));
        assertThat(before.path("directGoals").path("count").asInt()).isEqualTo(1);
        assertThat(before.path("goals").findValuesAsText("goalId")).containsExactly(w.goalId());
    }

    @Test
    void a_corrected_activity_counts_its_corrected_beneficiaries_places_and_dates() {
        World w = world();
        log.publishAs(new ActivityCorrectedEvent(w.activityId(), "cor-1", "se contaron mal los asistentes", null, null,
                LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30), List.of(new Beneficiaries("líderes", 150)),
                List.of("76001", "76109"), null), w.at(10), w.dependency(), "sigesi-user", "sigesi");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022-06-30")
                .path("dependencies").path(0).path("beneficiaries").path(0).path("count").asLong()).isEqualTo(150));
        JsonNode section = report(w.pactId(), "period=2022-06-30").path("dependencies").get(0);
        JsonNode activity = section.path("activities").get(0);
        assertThat(activity.path("startDate").asText()).isEqualTo("2022-03-01");
        assertThat(activity.path("endDate").asText()).isEqualTo("2022-04-30");
        assertThat(activity.path("municipalities").toString()).isEqualTo("[\"76001\",\"76109\"]");
        assertThat(activity.path("title").asText()).isEqualTo("Capacitación a líderes"); // not corrected: kept

        JsonNode before = reportAsOf(w, w.at(5)).path("dependencies").get(0);
        assertThat(before.path("beneficiaries").get(0).path("count").asLong()).isEqualTo(100);
        assertThat(before.path("activities").get(0).path("startDate").asText()).isEqualTo("2022-02-01");
    }

    @Test
    void a_closure_that_covers_the_report_appears_in_the_json_and_in_the_document() {
        World w = world();
        publish(new DependencyRegisteredEvent("DAPD", "Departamento Administrativo de Planeación", null), w.base());
        // 15 July 2022, 15:00 in Bogotá
        String closed = byPlaneacion(new PeriodClosedEvent(w.planId(), "2022-06-30", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                "informe semestral publicado"), Instant.parse("2022-07-15T20:00:00Z"));
        byPlaneacion(new PeriodReopenedEvent(w.planId(), "2022-06-30", "reab-1", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                "el reporte de mayo de SIGESI llegó tarde", Instant.parse("2022-07-25T05:00:00Z")), Instant.parse("2022-07-20T15:00:00Z"));
        byPlaneacion(new PeriodClosedEvent(w.planId(), "2023", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null),
                Instant.parse("2022-07-15T20:00:00Z")); // outside the report's window
        byPlaneacion(new PeriodReopenedEvent(w.planId(), "2022-06-30", "reab-2", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                "SIDRAC corrige el avance de junio", null), Instant.parse("2022-07-21T15:00:00Z"));
        // a reopening of the year recorded before the year's closure belongs to an earlier closure, not to this one
        byPlaneacion(new PeriodReopenedEvent(w.planId(), "2022", "reab-anterior", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                "antes del cierre", null), w.at(8));
        byPlaneacion(new PeriodClosedEvent(w.planId(), "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null), w.at(10));
        // a later reopening replaces the one in force: once the one with until lapses, the open-ended one before it holds nothing
        byPlaneacion(new PeriodReopenedEvent(w.planId(), "2022", "reab-sin-plazo", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                "sin plazo", null), w.at(11));
        byPlaneacion(new PeriodReopenedEvent(w.planId(), "2022", "reab-con-plazo", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                "con plazo", w.at(13)), w.at(12));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022-06-30")
                .path("closures").size()).isEqualTo(2));
        assertThat(report(w.pactId(), "period=2022-06-30").path("closures").findValuesAsText("period"))
                .containsExactly("2022-06-30", "2022");
        JsonNode closure = report(w.pactId(), "period=2022-06-30").path("closures").get(0);
        assertThat(closure.path("period").asText()).isEqualTo("2022-06-30");
        assertThat(closure.path("from").asText()).isEqualTo("2020-01-01");
        assertThat(closure.path("to").asText()).isEqualTo("2022-06-30");
        assertThat(Instant.parse(closure.path("closedAt").asText())).isEqualTo(Instant.parse("2022-07-15T20:00:00Z"));
        assertThat(closure.path("closedBy").path("client").asText()).isEqualTo("planeacion");
        assertThat(closure.path("closedBy").path("actor").asText()).isEqualTo("ana");
        assertThat(closure.path("closedBy").path("dependencyName").asText()).isEqualTo("Departamento Administrativo de Planeación");
        assertThat(closure.path("reason").asText()).isEqualTo("informe semestral publicado");
        assertThat(closure.path("eventId").asText()).isEqualTo(closed);
        JsonNode reopening = closure.path("reopenings").get(0);
        assertThat(reopening.path("reason").asText()).isEqualTo("el reporte de mayo de SIGESI llegó tarde");
        assertThat(reopening.path("inForce").asBoolean()).isFalse(); // replaced by reab-2 on 21 July 2022 (and lapsed on 25 July)
        assertThat(closure.path("reopenings").findValuesAsText("reopeningId")).containsExactly("reab-1", "reab-2");
        assertThat(closure.path("reopenings").get(1).path("inForce").asBoolean()).isTrue(); // no until
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022-06-30")
                .path("closures").get(1).path("reopenings").findValuesAsText("reopeningId"))
                .containsExactly("reab-sin-plazo", "reab-con-plazo")); // not reab-anterior
        JsonNode year = report(w.pactId(), "period=2022-06-30").path("closures").get(1);
        assertThat(year.path("reopenings").findValuesAsText("inForce")).containsExactly("false", "false");
        // as known while each reopening held: only the latest one is in force
        assertThat(reportAsOf(w, w.at(11).plusSeconds(30)).path("closures").get(1).path("reopenings")
                .findValuesAsText("inForce")).containsExactly("true");
        assertThat(reportAsOf(w, w.at(12).plusSeconds(30)).path("closures").get(1).path("reopenings")
                .findValuesAsText("inForce")).containsExactly("false", "true");

        // as known before the year was closed, the report names only the closure of the cut-off
        assertThat(reportAsOf(w, w.at(5)).path("closures").findValuesAsText("period")).containsExactly("2022-06-30");

        ApiClient.Response md = api.get(url("/api/reports/pacts/" + w.pactId() + "/document?period=2022-06-30&format=md"));
        assertThat(md.status()).as(md.body()).isEqualTo(200);
        assertThat(md.body()).contains("Cifras cerradas el 15 de julio de 2022 por Departamento Administrativo de Planeación "
                + "(con corte a 30 de junio de 2022: del 1 de enero de 2020 al 30 de junio de 2022). Motivo: informe semestral publicado.");
        assertThat(md.body()).contains("hasta el 25 de julio de 2022 (reemplazada por la reapertura del 21 de julio de 2022).");
        assertThat(md.body()).containsPattern("\\(reemplazada por la reapertura del [^)]+\\)\\. Motivo: sin plazo\\. Reabiertas el ")
                .containsPattern("hasta el [^(]+ \\(reapertura vencida\\)\\. Motivo: con plazo\\.");
        ApiClient.Response html = api.get(url("/api/reports/pacts/" + w.pactId() + "/document?period=2022-06-30"));
        assertThat(html.body()).contains("Cifras cerradas el 15 de julio de 2022 por Departamento Administrativo de Planeación");
    }

    @Test
    void the_diff_between_two_instants_names_the_changed_figures_and_the_events_that_explain_them() {
        World w = world();
        String amended = byPlaneacion(new GoalAmendedEvent(w.goalId(), "enm-1", "reformulada por ordenanza", "Ordenanza 600 de 2022",
                "Construir 2 plataformas", null, null, null, null, null), w.at(10));
        String revised = byPlaneacion(new AnnualTargetRevisedEvent(w.goalId(), 2022, "rev-1", new BigDecimal("0.5"),
                "plan de acción ajustado", "Decreto 1-0123"), w.at(12));
        String corrected = log.publishAs(new ActivityCorrectedEvent(w.activityId(), "cor-1", "se contaron mal los asistentes", null, null,
                LocalDate.of(2022, 2, 1), null, List.of(new Beneficiaries("líderes", 150)), null, null), w.at(20), w.dependency(),
                "sigesi-user", "sigesi");
        String later = byPlaneacion(new AnnualTargetRevisedEvent(w.goalId(), 2022, "rev-2", new BigDecimal("1"), "otra", null), w.at(40));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30")))
                .isEqualTo("10.0"));

        String query = "period=2022-06-30&from=" + encode(w.at(5).toString()) + "&to=" + encode(w.at(30).toString());
        ApiClient.Response response = api.get(url("/api/reports/pacts/" + w.pactId() + "/diff?" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode diff = json(response.body());
        assertThat(Instant.parse(diff.path("from").asText())).isEqualTo(w.at(5));
        assertThat(diff.path("before").path("directGoals").path("meanProgress").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(diff.path("after").path("directGoals").path("meanProgress").decimalValue()).isEqualByComparingTo("20.0");

        String goal = "goals/" + w.goalId();
        JsonNode statement = change(diff, goal + "/statement");
        assertThat(statement.path("fromText").asText()).isEqualTo("Construir 1 plataforma");
        assertThat(statement.path("toText").asText()).isEqualTo("Construir 2 plataformas");
        // only the events that can move the figure: the amendment changed the wording; the revision only the target
        assertThat(texts(statement.path("events"))).containsExactly(amended);
        assertThat(texts(change(diff, goal + "/target").path("events"))).containsExactly(amended, revised);
        JsonNode progress = change(diff, goal + "/progress");
        assertThat(progress.path("from").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(progress.path("to").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(change(diff, goal + "/target").path("to").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(change(diff, "directGoals/meanProgress").path("to").decimalValue()).isEqualByComparingTo("20.0");
        JsonNode leaders = change(diff, "activities/" + w.activityId() + "/beneficiaries/líderes");
        assertThat(leaders.path("from").asLong()).isEqualTo(100);
        assertThat(leaders.path("to").asLong()).isEqualTo(150);
        assertThat(texts(leaders.path("events"))).containsExactly(corrected);
        assertThat(change(diff, "dependencies/" + w.dependency() + "/beneficiaries/líderes").path("to").asLong()).isEqualTo(150);
        // unchanged figures are not listed
        assertThat(diff.path("changes").findValuesAsText("figure")).doesNotContain("directGoals/count", "totals/committed");

        // the events of the interval, and only those
        assertThat(diff.path("events").findValuesAsText("eventId")).containsExactly(amended, revised, corrected);
        JsonNode amendment = diff.path("events").get(0);
        assertThat(amendment.path("type").asText()).isEqualTo("co.pactos.goals.GoalAmended");
        assertThat(amendment.path("subject").asText()).isEqualTo("goal:" + w.goalId());
        assertThat(amendment.path("recordedBy").path("client").asText()).isEqualTo("planeacion");
        assertThat(amendment.path("recordedBy").path("actor").asText()).isEqualTo("ana");
        assertThat(amendment.path("reason").asText()).isEqualTo("reformulada por ordenanza");
        assertThat(amendment.path("legalAct").asText()).isEqualTo("Ordenanza 600 de 2022");

        ApiClient.Response md = api.get(url("/api/reports/pacts/" + w.pactId() + "/diff?" + query + "&format=md"));
        assertThat(md.status()).as(md.body()).isEqualTo(200);
        assertThat(md.body()).startsWith("# Cambios entre el informe del " + spanishDate(w.at(5)) + " y el del " + spanishDate(w.at(30)))
                .contains("Modificación de la meta", "Ordenanza 600 de 2022", "Corrección de la actividad", "40,0 %", "20,0 %");
        ApiClient.Response html = api.get(url("/api/reports/pacts/" + w.pactId() + "/diff?" + query + "&format=html"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
    }

    @Test
    void a_diff_from_before_the_pact_existed_tells_its_goals_as_added_and_dates_mean_the_end_of_the_day_in_colombia() {
        World w = world();
        String yesterday = LocalDate.ofInstant(w.base(), BOGOTA).minusDays(1).toString();
        String today = LocalDate.ofInstant(Instant.now(), BOGOTA).toString();
        ApiClient.Response response = api.get(url("/api/reports/pacts/" + w.pactId() + "/diff?period=2022&from=" + yesterday
                + "&to=" + today));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode diff = json(response.body());
        assertThat(Instant.parse(diff.path("to").asText()))
                .isEqualTo(LocalDate.parse(today).plusDays(1).atStartOfDay(BOGOTA).toInstant().minusNanos(1_000));
        JsonNode link = change(diff, "goals/" + w.goalId() + "/link");
        assertThat(link.path("fromText").isNull()).isTrue();
        assertThat(link.path("toText").asText()).isEqualTo("DIRECT");
        assertThat(diff.path("changes").findValuesAsText("figure")).doesNotContain("goals/" + w.goalId() + "/statement");
    }

    @Test
    void bad_diff_parameters_are_problems_naming_the_field() {
        World w = world();
        String diff = "/api/reports/pacts/" + w.pactId() + "/diff?";
        assertProblem(diff + "period=2022&to=2022-09-30", 400, "from");
        assertProblem(diff + "period=2022&from=2022-09-30&to=2022-07-15", 400, "from");
        assertProblem(diff + "period=2022&from=2022-07-15&to=ayer", 400, "to");
        assertProblem(diff + "period=2022&from=2022-13-45&to=2022-09-30", 400, "from");
        assertProblem(diff + "period=2022&from=2022-07-15T25:00:00Z&to=2022-09-30", 400, "from");
        // beyond what PostgreSQL's timestamps hold (294276 AD): named, not a 500 from the database
        assertProblem(diff + "period=2022&from=2022-07-15&to=%2B300000-01-01T00:00:00Z", 400, "to");
        assertProblem("/api/reports/pacts/" + w.pactId() + "?period=2022&asOf=%2B300000-01-01T00:00:00Z", 400, "asOf");
        assertProblem(diff + "period=2022&from=2022-07-15&to=2022-09-30&format=xlsx", 400, "format");
        assertProblem(diff + "period=junio&from=2022-07-15&to=2022-09-30", 400, "period");
        String today = LocalDate.ofInstant(Instant.now(), BOGOTA).toString();
        assertThat(api.get(url(diff + "period=1999&from=2022-07-15&to=" + today)).status()).isEqualTo(422);
        assertThat(api.get(url("/api/reports/pacts/no-such-pact/diff?period=2022&from=2022-07-15&to=2022-09-30")).status())
                .isEqualTo(404);
    }

    @Test
    void a_forged_token_is_refused_on_the_diff() {
        World w = world();
        ApiClient.Response response = new ApiClient("not-a-token").get(url("/api/reports/pacts/" + w.pactId()
                + "/diff?period=2022&from=2022-07-15&to=2022-09-30"));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_rebuilt_version_with_the_new_tables_is_checked_against_the_live_one_and_takes_over() {
        World w = world();
        byPlaneacion(new GoalAmendedEvent(w.goalId(), "enm-1", "ordenanza", null, "Construir 2 plataformas", null, null, null, null,
                null), w.at(10));
        byPlaneacion(new AnnualTargetRevisedEvent(w.goalId(), 2022, "rev-1", new BigDecimal("0.5"), "ajuste", null), w.at(10));
        log.publishAs(new ActivityCorrectedEvent(w.activityId(), "cor-1", "conteo", null, null, LocalDate.of(2022, 2, 1), null,
                List.of(new Beneficiaries("líderes", 150)), null, null), w.at(10), w.dependency(), "u", "sigesi");
        byPlaneacion(new PeriodClosedEvent(w.planId(), "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null), w.at(10));
        // a later reopening replaces the one in force: once the one with until lapses, the open-ended one before it holds nothing
        byPlaneacion(new PeriodReopenedEvent(w.planId(), "2022", "reab-sin-plazo", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                "sin plazo", null), w.at(11));
        byPlaneacion(new PeriodReopenedEvent(w.planId(), "2022", "reab-con-plazo", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                "con plazo", w.at(13)), w.at(12));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022-06-30")
                .path("closures").size()).isEqualTo(1));
        String before = report(w.pactId(), "period=2022-06-30").path("goals").toString();

        ApiClient.Response rebuild = TestIdentity.as("operador").post(url("/api/admin/projections/pact-progress/rebuild"), "");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        int next = json(rebuild.body()).path("version").asInt();
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "select state from projection_version where name = 'pact-progress' and version = ?").param(next)
                .query(String.class).single().equals("LIVE"));
        String check = jdbc.sql("select check_result from projection_version where name = 'pact-progress' and version = ?")
                .param(next).query(String.class).single();
        assertThat(check).contains("facts").contains("pact reports (whole plan) equal");
        JsonNode after = report(w.pactId(), "period=2022-06-30");
        assertThat(after.path("freshness").path("projectionVersion").asInt()).isEqualTo(next);
        assertThat(after.path("goals").toString()).isEqualTo(before);
        assertThat(after.path("closures").size()).isEqualTo(1);
    }

    @Test
    void a_version_of_this_code_is_checked_against_a_live_one_of_the_older_code_on_the_tables_both_have() throws Exception {
        world();
        ProjectionVersion live = jdbc.sql("select version, schema_name from projection_version where name = 'pact-progress' and state = 'LIVE'")
                .query((rs, i) -> new ProjectionVersion(PactProgressFacts.NAME, rs.getInt(1), PactProgressFacts.CODE_VERSION,
                        rs.getString(2), ProjectionVersion.State.LIVE, null, null, null, true))
                .single();
        // a version of code 2: the tables of this code but the six of issue 10
        String schema = "pact_progress_code2_check_test";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade; create schema " + schema + "; set search_path to " + schema);
            statement.execute(ProjectionRegistry.script("pact-progress.sql"));
            statement.execute("drop table goal_amendment, annual_target_revision, goal_link_change, activity_correction, period_closure, "
                    + "period_reopening cascade; reset search_path");
        }
        ProjectionVersion older = new ProjectionVersion(PactProgressFacts.NAME, 9_999, 2, schema, ProjectionVersion.State.LIVE, null,
                null, null, true);
        try {
            VersionCheck.Result result = versionCheck.compare(older, live);
            assertThat(result.passed()).as(result.summary()).isTrue();
            assertThat(result.summary()).contains("reports not compared (code version 2 -> " + PactProgressFacts.CODE_VERSION + ")");
        } finally {
            jdbc.sql("drop schema " + schema + " cascade").update();
        }
    }

    private void assertProblem(String path, int status, String field) {
        ApiClient.Response response = api.get(url(path));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(json(response.body()).path("errors").findValuesAsText("field")).contains(field);
    }

    private static JsonNode change(JsonNode diff, String figure) {
        for (JsonNode change : diff.path("changes")) {
            if (change.path("figure").asText().equals(figure)) {
                return change;
            }
        }
        throw new AssertionError("no change of " + figure + " in " + diff.path("changes").findValuesAsText("figure"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String spanishDate(Instant instant) {
        return SpanishFormat.date(LocalDate.ofInstant(instant, BOGOTA));
    }
}
