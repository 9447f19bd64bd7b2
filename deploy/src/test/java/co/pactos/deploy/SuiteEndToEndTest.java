package co.pactos.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.FreePorts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three services as real processes, on one PostgreSQL and one Kafka broker, driven over HTTP
 * as a secretariat's system would: the slice of the suite from PUT to report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndTest {

    @TempDir
    static Path data;
    static LocalSuite suite;
    /** Planeación declares the plan and writes on behalf of SDSP; reports are read without a token. */
    static ApiClient api;
    static String goals;
    static String investments;
    static String reporting;

    @BeforeAll
    static void startSuite() {
        Path home = Path.of("").toAbsolutePath().getParent();
        Instant started = Instant.now();
        suite = LocalSuite.start(new LocalSuite.Settings(home, data, 0, 0, FreePorts.pick(), FreePorts.pick(), FreePorts.pick()));
        System.out.printf("suite started in %d ms%n", Duration.between(started, Instant.now()).toMillis());
        api = new ApiClient(suite.token("planeacion"));
        goals = suite.service("goals-service").url();
        investments = suite.service("investments-service").url();
        reporting = suite.service("reporting-service").url();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    static void put(String url, String json) {
        ApiClient.Response response = api.put(url, json);
        assertThat(response.status()).as("PUT %s -> %s", url, response.body()).isEqualTo(201);
    }

    private static final String LIVE_POSITIONS = """
            select sum(p.next_offset) from projection_position p
            join projection_version v on v.name = p.name and v.version = p.version where v.state = 'LIVE'""";

    /** The report but for its freshness, whose watermark moves with every poll of the projection. */
    static String report() {
        ApiClient.Response response = ApiClient.anonymous().get(reporting + "/api/reports/pacts/accion-comunal?period=2022");
        return response.status() == 200 ? response.body().replaceAll("\"freshness\":\\{[^}]*\\}", "") : "";
    }

    @Test
    @Order(1)
    void a_progress_report_and_an_investment_reach_the_pact_report() {
        put(goals + "/api/plans/valle", """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31","source":"SIGESI"}""");
        put(goals + "/api/dependencies/SDSP", """
                {"name":"Secretaría de Desarrollo Social y Participación"}""");
        put(goals + "/api/pacts/accion-comunal", """
                {"planId":"valle","name":"Pacto Vallecaucano hacia la Política Pública de los Organismos de Acción Comunal"}""");
        put(goals + "/api/goals/mp-sigesi", """
                {"planId":"valle","code":"MP-1","statement":"Construir 1 plataforma dentro del SIGESI","indicator":"Plataforma",
                 "unit":"número","kind":"PRODUCT","accumulation":"ACCUMULATED","baseline":0,"target":10,"dependency":"SDSP"}""");
        put(goals + "/api/goals/mp-sigesi/pacts/accion-comunal", "{\"link\":\"DIRECT\"}");
        put(goals + "/api/goals/mp-sigesi/targets/2022", "{\"value\":10}");
        Instant posted = Instant.now();
        put(goals + "/api/goals/mp-sigesi/progress/r-2022-05", "{\"effectiveDate\":\"2022-05-01\",\"value\":4}");
        // investments-service knows the pact once goals-service's event has reached its catalog: until then 422, try again
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> put(investments + "/api/investments/inv-1", """
                {"dependency":"SDSP","amount":150000000,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"]}"""));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                report().contains("\"committed\":150000000") && report().contains("\"meanProgress\":40.0"));
        System.out.printf("PUT to report: %d ms%n", Duration.between(posted, Instant.now()).toMillis());

        String report = report();
        assertThat(report).contains("\"directGoals\":{\"count\":1,\"meanProgress\":40.0}");
        assertThat(report).contains("\"indirectGoals\":{\"count\":0,\"meanProgress\":null}");
        assertThat(report).contains("\"totals\":{\"committed\":150000000");
    }

    @Test
    @Order(2)
    void a_report_as_of_before_the_writes_shows_nothing_of_them() {
        ApiClient.Response before = api.get(reporting + "/api/reports/pacts/accion-comunal?period=2022&asOf=2000-01-01T00:00:00Z");

        assertThat(before.status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void redelivered_events_do_not_change_the_figures() throws Exception {
        String before = report();
        ServiceProcess reportingService = suite.service("reporting-service");
        reportingService.stop();
        long rewound;
        try (Connection c = DriverManager.getConnection(suite.postgres().jdbcUrl("pactos_reporting"),
                suite.postgres().user(), suite.postgres().password())) {
            var rs = c.createStatement().executeQuery(LIVE_POSITIONS);
            rs.next();
            rewound = rs.getLong(1);
            c.createStatement().executeUpdate("""
                    update projection_position p set next_offset = 0 from projection_version v
                    where v.name = p.name and v.version = p.version and v.state = 'LIVE'""");
        }
        reportingService.start();
        reportingService.awaitHealthy(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (Connection c = DriverManager.getConnection(suite.postgres().jdbcUrl("pactos_reporting"),
                    suite.postgres().user(), suite.postgres().password())) {
                var rs = c.createStatement().executeQuery(LIVE_POSITIONS);
                rs.next();
                return rs.getLong(1) == rewound;
            }
        });
        assertThat(rewound).isGreaterThanOrEqualTo(8);
        assertThat(report()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void sigesi_records_an_activity_for_its_secretariat_and_is_refused_one_for_salud() {
        ApiClient sigesi = new ApiClient(suite.token("sigesi"));
        String activity = """
                {"dependency":"%s","title":"Taller","startDate":"2022-03-01","pacts":["accion-comunal"],"source":"SIGESI"}""";

        ApiClient.Response own = sigesi.put(goals + "/api/activities/taller-sdsp", activity.formatted("SDSP"));
        ApiClient.Response other = sigesi.put(goals + "/api/activities/taller-salud", activity.formatted("SALUD"));

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(other.status()).as(other.body()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body()).contains("\"allowedDependency\":\"SDSP\"");
        assertThat(ApiClient.anonymous().get(goals + "/api/activities/taller-salud").status()).isEqualTo(404);
        assertThat(ApiClient.anonymous().put(goals + "/api/activities/taller-anon", activity.formatted("SDSP")).status()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void reporting_admin_needs_the_operator_role_and_reports_need_no_token() {
        String admin = reporting + "/api/admin/projections";

        assertThat(ApiClient.anonymous().get(reporting + "/api/reports/pacts/accion-comunal?period=2022").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous().get(admin).status()).isEqualTo(401);
        ApiClient.Response secretariat = new ApiClient(suite.token("sigesi")).get(admin);
        assertThat(secretariat.status()).isEqualTo(403);
        assertThat(secretariat.contentType()).startsWith("application/problem+json");
        // past security (the endpoints themselves are reporting-service's): neither 401 nor 403
        assertThat(new ApiClient(suite.token("operador")).get(admin).status()).isNotIn(401, 403);
        assertThat(new ApiClient(suite.token("contraloria")).get(admin).status()).isNotIn(401, 403);
        ApiClient.Response oversightWrite = new ApiClient(suite.token("contraloria"))
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(reporting + "/api/admin/projections/pact-progress/rebuild"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(oversightWrite.status()).isEqualTo(403);
    }
}
