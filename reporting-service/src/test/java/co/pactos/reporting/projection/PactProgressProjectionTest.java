package co.pactos.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.EventJson;
import co.pactos.events.Topics;
import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pact progress projection inside reporting-service, against real PostgreSQL and Kafka: events
 * on the topics in, rows and reports out.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PactProgressProjectionTest {

    private static final String DATABASE = "reporting_projection_it";
    private static EventLog log;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties(DATABASE).forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        // a consumer group of its own: other test classes' instances on the same broker must not share its partitions
        registry.add("pactos.reporting.consumer-group", () -> "reporting-projection-it");
        registry.add("pactos.reporting.list-limit", () -> "3");
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

    /** The first version goes live once it has caught up with the log and taken its keys; until then reports answer 503. */
    @org.junit.jupiter.api.BeforeEach
    void aVersionIsLive() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from projection_version where name = 'pact-progress' and state = 'LIVE'").query(Long.class).single() > 0);
    }

    @Autowired
    JdbcClient jdbc;

    private final ApiClient api = ApiClient.anonymous();
    private final ApiClient operator = TestIdentity.as("operador");

    /** A plan with one pact served directly by one goal (target 0.25 in 2022), made of events with fresh ids. */
    private record World(String planId, String pactId, String goalId, String dependency) {
    }

    private World world() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        World w = new World("plan-" + s, "pact-" + s, "goal-" + s, "DEP-" + s);
        log.publish(new PlanDeclaredEvent(w.planId(), "Valle Invencible", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
        log.publish(new DependencyRegisteredEvent(w.dependency(), "Secretaría de Desarrollo Social y Participación", null));
        log.publish(new PactDeclaredEvent(w.pactId(), w.planId(), "Pacto de acción comunal", null));
        log.publish(new GoalDeclaredEvent(w.goalId(), w.planId(), "MP-1", "Construir 1 plataforma", "Plataforma", "número",
                GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, w.dependency()));
        log.publish(new GoalLinkedToPactEvent(w.goalId(), w.pactId(), LinkType.DIRECT));
        log.publish(new AnnualTargetSetEvent(w.goalId(), 2022, new BigDecimal("0.25")));
        return w;
    }

    private JsonNode report(String pactId, String query) {
        ApiClient.Response response = api.get("http://localhost:" + port + "/api/reports/pacts/" + pactId + "?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private JsonNode admin(String path) {
        ApiClient.Response response = operator.get("http://localhost:" + port + path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private static JsonNode json(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String liveSchema() {
        return jdbc.sql("select schema_name from projection_version where name = 'pact-progress' and state = 'LIVE'")
                .query(String.class).single();
    }

    private long rows(String table, String where, Object... params) {
        return jdbc.sql("select count(*) from " + liveSchema() + "." + table + " where " + where).params(List.of(params))
                .query(Long.class).single();
    }

    /** The report but for its freshness (the watermark moves with every poll). */
    private static String withoutFreshness(JsonNode report) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) report).remove("freshness");
        return report.toString();
    }

    private static String mean(JsonNode report) {
        JsonNode mean = report.path("directGoals").path("meanProgress");
        return mean.isNumber() ? mean.decimalValue().setScale(1, java.math.RoundingMode.UNNECESSARY).toPlainString() : mean.asText();
    }

    @Test
    void events_on_the_topic_become_rows_and_a_report() {
        World w = world();
        log.publish(new ProgressReportedEvent(w.goalId(), "r-2022-06", LocalDate.of(2022, 6, 30), new BigDecimal("0.1"), null, null, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30"))).isEqualTo("40.0"));
        JsonNode report = report(w.pactId(), "period=2022-06-30");
        assertThat(report.path("directGoals").path("count").asInt()).isEqualTo(1);
        assertThat(report.path("goals").get(0).path("achieved").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(rows("progress_report", "goal_id = ?", w.goalId())).isEqualTo(1);
        assertThat(report.path("freshness").path("projectionVersion").asInt()).isPositive();
    }

    @Test
    void of_reports_for_one_date_the_last_recorded_counts_and_a_corrected_report_counts_no_more() {
        World w = world();
        Instant t = Instant.now().minusSeconds(60);
        LocalDate june = LocalDate.of(2022, 6, 30);
        log.publish(new ProgressReportedEvent(w.goalId(), "r1", june, new BigDecimal("0.05"), null, null, null), UUID.randomUUID().toString(), t);
        log.publish(new ProgressReportedEvent(w.goalId(), "r2", june, new BigDecimal("0.1"), null, null, null), UUID.randomUUID().toString(),
                t.plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30"))).isEqualTo("40.0"));

        // r2 corrected by a report dated earlier: r1 (30 June) is again the latest that stands
        log.publish(new ProgressReportedEvent(w.goalId(), "r3", LocalDate.of(2022, 3, 31), new BigDecimal("0.2"), null, "r2", "mal digitado"),
                UUID.randomUUID().toString(), t.plusSeconds(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30"))).isEqualTo("20.0"));
        assertThat(mean(report(w.pactId(), "period=2022-03-31"))).isEqualTo("80.0");
    }

    @Test
    void the_same_events_twice_change_nothing() {
        World w = world();
        ProgressReportedEvent progress = new ProgressReportedEvent(w.goalId(), "r-1", LocalDate.of(2022, 6, 30), new BigDecimal("0.1"),
                null, null, null);
        String id = UUID.randomUUID().toString();
        Instant recorded = Instant.now();
        log.publish(progress, id, recorded);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30"))).isEqualTo("40.0"));
        String before = withoutFreshness(report(w.pactId(), "period=2022-06-30"));

        log.publish(progress, id, recorded); // redelivered by the relay
        String marker = world().pactId(); // later on the same partitions' log
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("http://localhost:" + port + "/api/reports/pacts/" + marker
                + "?period=2022").status() == 200);

        assertThat(rows("progress_report", "goal_id = ?", w.goalId())).isEqualTo(1);
        assertThat(withoutFreshness(report(w.pactId(), "period=2022-06-30"))).isEqualTo(before);
    }

    @Test
    void an_event_of_unknown_type_or_revision_is_parked_and_the_projection_goes_on() {
        String unknown = log.publishRaw(Topics.GOALS, "x-" + UUID.randomUUID(), "co.pactos.goals.SomethingNew", 1, "{\"a\":1}");
        String tooNew = log.publishRaw(Topics.GOALS, "y-" + UUID.randomUUID(), "co.pactos.goals.GoalLinkedToPact", 9, "{}");
        World w = world();

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("http://localhost:" + port + "/api/reports/pacts/" + w.pactId()
                + "?period=2022").status() == 200);
        JsonNode parked = admin("/api/admin/parked-events");
        assertThat(parked.findValuesAsText("eventId")).contains(unknown, tooNew);
        JsonNode ours = null;
        for (JsonNode p : parked) {
            if (p.path("eventId").asText().equals(unknown)) {
                ours = p;
            }
        }
        assertThat(ours.path("error").asText()).contains("unknown event type co.pactos.goals.SomethingNew");
        assertThat(ours.path("payload").asText()).isEqualTo("{\"a\":1}");
        assertThat(ours.path("headers").asText()).contains("ce_type");
        assertThat(api.get("http://localhost:" + port + "/actuator/health").body()).contains("DEGRADED");

        // retrying keeps what still cannot be applied, counting the attempt
        ApiClient.Response retry = operator.post("http://localhost:" + port + "/api/admin/parked-events/retry", "");
        assertThat(retry.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows("parked_event", "event_id = ? and attempts > 1", unknown))
                .isEqualTo(1));
    }

    @Test
    void a_revision_1_activity_is_read_through_the_upcaster() {
        World w = world();
        String json = """
                {"activityId":"act-%s","dependency":"%s","title":"Capacitación","description":null,"startDate":"2022-02-01",
                 "endDate":null,"pacts":["%s"],"allPacts":false,"goals":[],"beneficiaries":[{"group":"líderes","count":23800}],
                 "municipalities":["76001"],"topics":[]}""".formatted(w.goalId(), w.dependency(), w.pactId());
        String id = log.publishRaw(Topics.GOALS, "act-" + w.goalId(), "co.pactos.goals.ActivityRecorded", 1, json);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows("activity", "event_id = ? and plan_id is null", id))
                .isEqualTo(1));
        JsonNode report = report(w.pactId(), "period=2022");
        assertThat(report.path("dependencies").get(0).path("activities").get(0).path("title").asText()).isEqualTo("Capacitación");
    }

    @Test
    void all_pacts_means_all_pacts_of_one_plan_and_money_shows_its_financial_execution() {
        World ours = world();
        World other = world();
        log.publish(new ActivityRecordedEvent("todos-" + ours.goalId(), ours.planId(), ours.dependency(), "Para todos los pactos", null,
                LocalDate.of(2022, 2, 1), null, List.of(), true, List.of(), List.of(new Beneficiaries("emprendedores", 10)), List.of(),
                List.of()));
        log.publish(new InvestmentCommittedEvent("inv-other-" + other.goalId(), other.planId(), other.dependency(), 999L, 2022,
                LocalDate.of(2022, 2, 1), null, null, List.of(), List.of(), true, null));
        log.publish(new InvestmentCommittedEvent("inv-goal-" + ours.goalId(), ours.planId(), ours.dependency(), 1_000L, 2022,
                LocalDate.of(2022, 2, 1), null, null, List.of(ours.goalId()), List.of(), false, null));
        log.publish(new InvestmentExecutedEvent("inv-goal-" + ours.goalId(), "e1", LocalDate.of(2022, 5, 1), 250L));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(report(ours.pactId(), "period=2022").path("totals").path("executed").asLong()).isEqualTo(250));
        JsonNode report = report(ours.pactId(), "period=2022");
        assertThat(report.path("allPacts").findValuesAsText("title")).containsExactly("Para todos los pactos");
        assertThat(report.toString()).doesNotContain("inv-other-");
        assertThat(report.path("totals").path("committed").asLong()).isEqualTo(1_000);
        assertThat(report.path("totals").path("financialExecution").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(report.path("goals").get(0).path("financialExecution").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(report.path("dependencies").get(0).path("financialExecution").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(report(other.pactId(), "period=2022").path("allPacts").findValuesAsText("investmentId"))
                .containsExactly("inv-other-" + other.goalId());
    }

    @Test
    void a_report_lists_the_first_lines_of_a_section_adds_up_all_of_them_and_pages_the_rest() {
        World w = world();
        for (int i = 0; i < 5; i++) {
            log.publish(new ActivityRecordedEvent("taller-" + i + "-" + w.goalId(), w.planId(), w.dependency(), "Taller " + i, null,
                    LocalDate.of(2022, 2, 1 + i), null, List.of(w.pactId()), false, List.of(),
                    List.of(new Beneficiaries("líderes", 10)), List.of("7600" + (1 + i % 2)), List.of()));
        }

        // path(0), not get(0): until the section exists there is none, and the wait must go on rather than fail
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022")
                .path("dependencies").path(0).path("activityCount").asInt()).isEqualTo(5));
        JsonNode section = report(w.pactId(), "period=2022").path("dependencies").get(0);
        assertThat(section.path("activities").findValuesAsText("title")).containsExactly("Taller 0", "Taller 1", "Taller 2");
        assertThat(section.path("beneficiaries").get(0).path("count").asLong()).isEqualTo(50);
        assertThat(section.path("moreActivities").asText()).startsWith("/api/reports/pacts/" + w.pactId() + "/activities?period=2022");
        assertThat(section.path("moreInvestments").isNull()).isTrue();

        List<String> titles = new ArrayList<>();
        String next = section.path("moreActivities").asText().replace("limit=1000", "limit=2");
        while (next != null) {
            ApiClient.Response page = api.get("http://localhost:" + port + next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode body = json(page.body());
            assertThat(body.path("total").asInt()).isEqualTo(5);
            titles.addAll(body.path("items").findValuesAsText("title"));
            next = body.path("next").isNull() ? null : body.path("next").asText();
        }
        assertThat(titles).containsExactly("Taller 0", "Taller 1", "Taller 2", "Taller 3", "Taller 4");

        ApiClient.Response tooMany = api.get("http://localhost:" + port + "/api/reports/pacts/" + w.pactId() + "/activities?period=2022&limit=0");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"limit\"");
        ApiClient.Response scope = api.get("http://localhost:" + port + "/api/reports/pacts/" + w.pactId() + "/investments?period=2022&scope=all");
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.body()).contains("\"field\":\"scope\"");
    }

    @Test
    void the_plan_summary_counts_each_pacts_money_as_its_report_does() {
        World w = world();
        String s = w.goalId();
        log.publish(new ActivityRecordedEvent("act-" + s, w.planId(), w.dependency(), "Taller", null, LocalDate.of(2022, 2, 1), null,
                List.of(w.pactId()), false, List.of(), List.of(), List.of(), List.of()));
        log.publish(new InvestmentCommittedEvent("inv-act-" + s, w.planId(), w.dependency(), 300L, 2022, LocalDate.of(2022, 2, 1),
                "act-" + s, null, List.of(), List.of(), false, null));
        log.publish(new InvestmentCommittedEvent("inv-goal-" + s, w.planId(), w.dependency(), 1_000L, 2022, LocalDate.of(2022, 3, 1),
                null, null, List.of(w.goalId()), List.of(w.pactId()), false, null)); // for the goal and the pact: counted once
        log.publish(new InvestmentCommittedEvent("inv-pact-" + s, w.planId(), w.dependency(), 50L, 2022, LocalDate.of(2022, 4, 1),
                null, null, List.of(), List.of(w.pactId()), false, null));
        log.publish(new InvestmentCommittedEvent("inv-all-" + s, w.planId(), w.dependency(), 999L, 2022, LocalDate.of(2022, 4, 1),
                null, null, List.of(), List.of(), true, null)); // for all pacts: not the pact's own money
        log.publish(new InvestmentCommittedEvent("inv-2021-" + s, w.planId(), w.dependency(), 7L, 2021, LocalDate.of(2021, 4, 1),
                null, null, List.of(), List.of(w.pactId()), false, null)); // outside the year asked
        log.publish(new InvestmentExecutedEvent("inv-goal-" + s, "e1", LocalDate.of(2022, 5, 1), 400L));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(report(w.pactId(), "period=2022").path("totals").path("executed").asLong()).isEqualTo(400));
        JsonNode report = report(w.pactId(), "period=2022");
        long reportOwn = 0;
        for (JsonNode section : report.path("dependencies")) {
            reportOwn += section.path("committed").asLong();
        }
        ApiClient.Response summary = api.get("http://localhost:" + port + "/api/reports/pacts?planId=" + w.planId() + "&period=2022");
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonNode line = json(summary.body()).path("pacts").get(0);
        assertThat(line.path("pactId").asText()).isEqualTo(w.pactId());
        assertThat(line.path("committed").asLong()).isEqualTo(1_350).isEqualTo(reportOwn);
        assertThat(line.path("executed").asLong()).isEqualTo(400);
    }

    @Test
    void an_as_of_later_than_the_watermark_says_so() {
        World w = world();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("http://localhost:" + port + "/api/reports/pacts/" + w.pactId()
                + "?period=2022").status() == 200);

        JsonNode future = report(w.pactId(), "period=2022&asOf=2999-01-01T00:00:00Z");
        assertThat(future.path("freshness").path("complete").asBoolean()).isFalse();
        assertThat(future.path("freshness").path("notice").asText()).contains("later than");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(w.pactId(), "period=2022&asOf="
                + Instant.now().minusSeconds(1).toString()).path("freshness").path("complete").asBoolean()).isTrue());
    }

    @Test
    void a_batch_that_fails_is_applied_again_from_the_stored_positions_without_counting_twice() throws SQLException {
        World w = world();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("http://localhost:" + port + "/api/reports/pacts/" + w.pactId()
                + "?period=2022").status() == 200);
        String schema = liveSchema();
        var postgres = TestInfrastructure.get().postgres();
        try (Connection blocker = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password())) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table " + schema + ".progress_report in access exclusive mode");
            for (int i = 0; i < 20; i++) {
                log.publish(new ProgressReportedEvent(w.goalId(), "r-" + i, LocalDate.of(2022, 1, 1).plusDays(i),
                        new BigDecimal("0.01"), null, null, null));
            }
            // the runner's batch waits on the lock: end its connection, as a database failure would
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                            select pg_terminate_backend(pid) from pg_stat_activity
                            where datname = ? and wait_event_type = 'Lock' and query like '%progress_report%'""")
                    .param(DATABASE).query(Boolean.class).list().contains(true));
            blocker.rollback();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rows("progress_report", "goal_id = ?", w.goalId()))
                .isEqualTo(20));
        assertThat(mean(report(w.pactId(), "period=2022"))).isEqualTo("4.0"); // the latest report, 0.01 of 0.25
    }

    @Test
    void only_an_operator_rebuilds_drops_or_retries_and_oversight_may_look() {
        String base = "http://localhost:" + port + "/api/admin/";
        long versions = jdbc.sql("select count(*) from projection_version").query(Long.class).single();
        for (ApiClient caller : List.of(api, TestIdentity.as("sigesi"), TestIdentity.as("contraloria"), TestIdentity.as("planeacion"))) {
            ApiClient.Response rebuild = caller.post(base + "projections/pact-progress/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.body()).isIn(401, 403);
            assertThat(rebuild.contentType()).startsWith("application/problem+json");
            assertThat(caller.delete(base + "projections/pact-progress/versions/1").status()).isIn(401, 403);
            assertThat(caller.post(base + "parked-events/retry", "").status()).isIn(401, 403);
        }
        assertThat(api.get(base + "projections").status()).isEqualTo(401);
        assertThat(TestIdentity.as("sigesi").get(base + "parked-events").status()).isEqualTo(403);
        assertThat(TestIdentity.as("contraloria").get(base + "projections").status()).isEqualTo(200);
        assertThat(TestIdentity.as("contraloria").get(base + "parked-events").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from projection_version").query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void a_rebuild_builds_a_new_version_beside_the_live_one_which_takes_over_with_the_same_reports() {
        World w = world();
        ProgressReportedEvent progress = new ProgressReportedEvent(w.goalId(), "r-2022-06", LocalDate.of(2022, 6, 30),
                new BigDecimal("0.1"), null, null, null);
        String id = UUID.randomUUID().toString();
        Instant recorded = Instant.now();
        log.publish(progress, id, recorded);
        log.publish(progress, id, recorded); // redelivered: the new version fills without keys, and must still keep one
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mean(report(w.pactId(), "period=2022-06-30"))).isEqualTo("40.0"));
        int before = jdbc.sql("select version from projection_version where name = 'pact-progress' and state = 'LIVE'")
                .query(Integer.class).single();
        String reportBefore = report(w.pactId(), "period=2022-06-30").path("goals").toString();

        ApiClient.Response rebuild = operator.post("http://localhost:" + port + "/api/admin/projections/pact-progress/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        int next = json(rebuild.body()).path("version").asInt();
        assertThat(next).isGreaterThan(before);
        assertThat(operator.post("http://localhost:" + port + "/api/admin/projections/pact-progress/rebuild", "").status())
                .isIn(409, 202); // a second one while the first builds is refused, unless the first already took over

        // the live version keeps answering while the new one builds
        List<Integer> answered = new ArrayList<>();
        AtomicInteger polls = new AtomicInteger();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            polls.incrementAndGet();
            answered.add(api.get("http://localhost:" + port + "/api/reports/pacts/" + w.pactId() + "?period=2022-06-30").status());
            return jdbc.sql("select state from projection_version where name = 'pact-progress' and version = ?").param(next)
                    .query(String.class).single().equals("LIVE");
        });
        assertThat(answered).containsOnly(200);

        JsonNode versions = admin("/api/admin/projections");
        assertThat(versions.findValuesAsText("state")).contains("LIVE", "RETIRED");
        String check = jdbc.sql("select check_result from projection_version where name = 'pact-progress' and version = ?")
                .param(next).query(String.class).single();
        assertThat(check).contains("facts").contains("pact reports (whole plan) equal");
        JsonNode after = report(w.pactId(), "period=2022-06-30");
        assertThat(after.path("freshness").path("projectionVersion").asInt()).isEqualTo(next);
        assertThat(rows("progress_report", "event_id = ?", id)).isEqualTo(1);
        assertThat(after.path("goals").toString()).isEqualTo(reportBefore);

        ApiClient.Response drop = operator.delete("http://localhost:" + port + "/api/admin/projections/pact-progress/versions/" + before);
        assertThat(drop.status()).as(drop.body()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from information_schema.schemata where schema_name = ?")
                .param(ProjectionVersion.schemaOf("pact-progress", before)).query(Long.class).single()).isZero();
        assertThat(operator.delete("http://localhost:" + port + "/api/admin/projections/pact-progress/versions/" + next).status())
                .isEqualTo(404); // the live version cannot be dropped
    }
}
