package co.pactos.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: the seed report ({@code ../shared/seed/pacto-accion-comunal-2022.md}) reproduced from
 * events. The sample data set is loaded through the public API into the running suite (three real
 * processes, one PostgreSQL, one Kafka broker), and every figure of the seed is read back from the
 * generated report, as JSON and as the Spanish document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedReportTest {

    private static final String PACT = SeedSuite.PACT;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static LocalSuite suite;
    /** Reports are read without a token (public reads); the correction is posted by SIGESI, whose dependency coordinates the goal. */
    static final ApiClient api = ApiClient.anonymous();
    static SampleLoader loader;
    static String reporting;
    static Instant loaded;

    @BeforeAll
    static void startSuiteAndLoadTheSample() {
        suite = SeedSuite.startWithTheSample(data);
        reporting = suite.service("reporting-service").url();
        loader = suite.sampleLoader();
        loaded = Instant.now();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    static JsonNode report(String period) throws Exception {
        ApiClient.Response response = api.get(reporting + "/api/reports/pacts/" + PACT + "?period=" + period);
        return response.status() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }

    static String document(String format) {
        ApiClient.Response response = api.get(reporting + "/api/reports/pacts/" + PACT + "/document?period=2022-06-30&format=" + format);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.path(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    /** investments-service knew goals-service's references from the topic alone; its delay is printed for the README. */
    @Test
    @Order(1)
    void investments_service_read_goals_services_events_into_its_own_catalog() throws Exception {
        ApiClient.Response health = new ApiClient(suite.token("operador")).get(suite.service("investments-service").url() + "/actuator/health");
        JsonNode catalog = JSON.readTree(health.body()).path("components").path("goalsCatalog").path("details");

        assertThat(catalog.path("applied").asLong()).as(health.body()).isPositive();
        assertThat(catalog.path("parked").asLong()).isZero();
        System.out.printf("goals catalog: %d records read during the sample's load; delay from goals-service's record (ce_time) to"
                + " the catalog row: p50 %d ms, p99 %d ms%n", catalog.path("applied").asLong(), catalog.path("delayP50Millis").asLong(),
                catalog.path("delayP99Millis").asLong());

        // steady state, the whole path: a dependency registered in goals-service, then a programme of it in investments-service
        ApiClient planning = new ApiClient(suite.token("planeacion"));
        List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String code = "UNIDAD-" + i;
            assertThat(planning.put(suite.service("goals-service").url() + "/api/dependencies/" + code, "{\"name\":\"Unidad " + i + "\"}")
                    .status()).isIn(200, 201);
            Instant registered = Instant.now();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> planning.put(
                    suite.service("investments-service").url() + "/api/programmes/fondo-" + code,
                    "{\"name\":\"Fondo\",\"dependency\":\"" + code + "\"}").status() == 201);
            waits.add(Duration.between(registered, Instant.now()).toMillis());
        }
        waits.sort(null);
        System.out.printf("goals catalog: from goals-service's 201 to investments-service's 201 naming it, over %d dependencies:"
                + " p50 %d ms, max %d ms%n", waits.size(), waits.get(waits.size() / 2 - 1), waits.get(waits.size() - 1));
    }

    @Test
    @Order(1)
    void loading_the_sample_again_records_nothing_new() {
        SampleLoader.Result again = loader.load(SampleLoader.ACCION_COMUNAL_2022);

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isGreaterThan(40);
    }

    @Test
    @Order(2)
    void six_goals_one_direct_and_five_indirect_with_their_coordinating_dependencies() throws Exception {
        JsonNode report = report("2022-06-30");

        assertThat(report.at("/directGoals/count").asInt()).isEqualTo(1);
        assertThat(report.at("/indirectGoals/count").asInt()).isEqualTo(5);
        assertThat(report.path("goals")).hasSize(6);
        JsonNode direct = find(report.path("goals"), "link", "DIRECT");
        assertThat(direct.path("statement").asText()).isEqualTo("Construir 1 plataforma dentro del Sistema de Gestión Social "
                + "Integral SIGESI, para el desarrollo de la política de la acción comunal");
        assertThat(direct.path("dependencyName").asText()).isEqualTo("Secretaría de Desarrollo Social y Participación");
        assertThat(StreamSupport.stream(report.path("goals").spliterator(), false)
                .filter(g -> g.path("link").asText().equals("INDIRECT")).map(g -> g.path("dependencyName").asText()).distinct())
                .containsExactlyInAnyOrder("Secretaría de Salud", "Secretaría de Desarrollo Social y Participación",
                        "Secretaría de Desarrollo Económico y Competitividad");
    }

    @Test
    @Order(3)
    void direct_goals_made_no_progress_in_2020_2021_and_to_the_2022_06_30_cut_off() throws Exception {
        for (String period : List.of("2020", "2021", "2022-06-30")) {
            assertThat(report(period).at("/directGoals/meanProgress").decimalValue()).as(period).isEqualByComparingTo("0.0");
        }
        JsonNode timeline = report("2022-06-30").path("timeline");
        assertThat(timeline.findValuesAsText("period")).containsExactly("2020", "2021", "2022-06-30");
        timeline.forEach(p -> assertThat(p.at("/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("0.0"));
    }

    @Test
    @Order(4)
    void the_secretariat_of_social_development_activities_money_and_people() throws Exception {
        JsonNode sdsp = find(report("2022-06-30").path("dependencies"), "dependency", "SDSP");
        JsonNode activities = sdsp.path("activities");

        assertThat(find(activities, "activityId", "formulacion-politica-accion-comunal").path("committed").asLong())
                .isEqualTo(150_000_000L);
        JsonNode training = find(activities, "activityId", "capacitacion-asistencia-tecnica-comunal");
        assertThat(training.path("committed").asLong()).isEqualTo(708_400_000L);
        assertThat(training.path("dependencyName").asText()).isEqualTo("Subdirección Técnica de Acción Comunal");
        assertThat(find(training.path("beneficiaries"), "group", "líderes y lideresas comunales").path("count").asLong())
                .isEqualTo(23_800);
        assertThat(training.at("/coverage/municipalities").asInt()).isEqualTo(40);
        assertThat(training.at("/coverage/districts").asInt()).isEqualTo(2);
        JsonNode elections = find(activities, "activityId", "elecciones-juntas-accion-comunal");
        assertThat(find(elections.path("beneficiaries"), "group", "comunales").path("count").asLong()).isEqualTo(53_000);
        assertThat(find(elections.path("beneficiaries"), "group", "Juntas de Acción Comunal (JAC)").path("count").asLong())
                .isEqualTo(3_000);
        assertThat(elections.path("municipalities")).hasSize(42);
        assertThat(find(activities, "activityId", "ruta-atencion-sigesi-sidrac").path("committed").asLong()).isEqualTo(269_000_000L);
        assertThat(sdsp.path("committed").asLong()).isEqualTo(150_000_000L + 708_400_000L + 269_000_000L);
    }

    @Test
    @Order(5)
    void valleinn_for_all_pacts_ventures_money_and_jobs() throws Exception {
        JsonNode report = report("2022-06-30");
        JsonNode economic = find(report.path("allPacts"), "dependency", "SDEC");
        JsonNode calls = find(economic.path("programmes"), "programmeId", "valleinn").path("calls");

        assertCall(find(calls, "callId", "valleinn-municipios-2022"), 1_515, 9_000_000_000L, 5_846);
        assertCall(find(calls, "callId", "valleinn-comunas-corregimientos-2022"), 1_360, 11_224_170_162L, 5_540);
        assertCall(find(calls, "callId", "valleinn-enfoque-diferencial-2022"), 1_339, 9_200_000_000L, 4_588);
        assertThat(report.at("/totals/ventures").asLong()).isEqualTo(1_515 + 1_360 + 1_339);
        assertThat(report.at("/totals/jobs").asLong()).isEqualTo(5_846 + 5_540 + 4_588);
        // the seed gives commitments only: nothing executed yet, which is 0 % financial execution (not "no data")
        assertThat(report.at("/totals/financialExecution").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(economic.path("financialExecution").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(find(report.path("dependencies"), "dependency", "SDSP").path("financialExecution").decimalValue())
                .isEqualByComparingTo("0.0");
    }

    private static void assertCall(JsonNode call, long ventures, long money, long jobs) {
        assertThat(call.path("ventures").asLong()).isEqualTo(ventures);
        assertThat(call.path("committed").asLong()).isEqualTo(money);
        assertThat(call.path("jobs").asLong()).isEqualTo(jobs);
    }

    @Test
    @Order(6)
    void the_document_says_in_spanish_what_the_seed_says() {
        String md = document("md");

        assertThat(md).contains("# PACTO VALLECAUCANO HACIA LA POLÍTICA PÚBLICA DE LOS ORGANISMOS DE ACCIÓN COMUNAL",
                "seis (6) metas del Plan de Desarrollo “Valle Invencible” 2020 – 2023",
                "una (1) es meta directa y llevada a cabo por la Secretaría de Desarrollo Social y Participación",
                "existen cinco (5) metas indirectas",
                "Secretaría de Salud, Secretaría de Desarrollo Social y Participación y Secretaría de Desarrollo Económico y Competitividad",
                "en el año 2020, en el año 2021 y con corte a 30 de junio de 2022 no presentó avance",
                "ha sido del 0,0 %",
                "## INFORME POR DEPENDENCIAS", "### SECRETARÍA DE DESARROLLO SOCIAL Y PARTICIPACIÓN",
                "Inversión: $150.000.000.", "Inversión: $708.400.000.", "Inversión: $269.000.000.",
                "23.800 líderes y lideresas comunales", "Cobertura: 40 municipios y 2 distritos (42 en total)",
                "53.000 comunales y 3.000 Juntas de Acción Comunal (JAC)",
                "## EN GENERAL PARA TODOS LOS PACTOS - 2022", "### SECRETARÍA DE DESARROLLO ECONÓMICO Y COMPETITIVIDAD",
                "se benefician 1.515 emprendimientos para el 2022", "Inversión: $9.000.000.000, generando 5.846 empleos",
                "se benefician 1.360 emprendimientos para el 2022", "Inversión: $11.224.170.162, generando 5.540 empleos",
                "se benefician 1.339 emprendimientos para el 2022", "Inversión: $9.200.000.000, generando 4.588 empleos",
                "[^1]: El avance del pacto en un período es el promedio simple del avance de sus metas directas");
    }

    @Test
    @Order(7)
    void the_html_document_is_a_spanish_page_with_the_same_figures() {
        ApiClient.Response response = api.get(reporting + "/api/reports/pacts/" + PACT + "/document?period=2022-06-30&format=html");

        assertThat(response.contentType()).startsWith("text/html").contains("UTF-8");
        assertThat(response.body()).contains("<html lang=\"es-CO\">", "<h2>INFORME POR DEPENDENCIAS</h2>", "$11.224.170.162",
                "23.800 líderes y lideresas comunales", "30 de junio de 2022", "id=\"nota-1\"");
    }

    @Test
    @Order(8)
    void the_plan_summary_lists_the_pact_with_its_means_and_money() throws Exception {
        ApiClient.Response response = api.get(reporting + "/api/reports/pacts?planId=valle-invencible-2020-2023&period=2022-06-30");
        JsonNode pact = find(JSON.readTree(response.body()).path("pacts"), "pactId", PACT);

        assertThat(pact.at("/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(pact.path("committed").asLong()).isEqualTo(1_127_400_000L);
    }

    @Test
    @Order(10)
    void money_for_all_the_pacts_of_another_plan_stays_out_of_the_seed_pact() throws Exception {
        String goals = suite.service("goals-service").url();
        String investments = suite.service("investments-service").url();
        ApiClient planning = new ApiClient(suite.token("planeacion"));
        assertThat(planning.put(goals + "/api/plans/otro-plan", """
                {"name":"Otro plan","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}""").status()).isIn(200, 201);
        assertThat(planning.put(goals + "/api/pacts/pacto-otro-plan", """
                {"planId":"otro-plan","name":"Pacto de otro plan"}""").status()).isIn(200, 201);
        // investments-service knows the plan once goals-service's event has reached its catalog: until then 422, try again
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ApiClient.Response money = new ApiClient(suite.token("sdec")).put(investments + "/api/investments/inversion-todos-otro-plan", """
                    {"dependency":"SDEC","amount":777,"fiscalYear":2022,"date":"2022-03-01","allPacts":true,"planId":"otro-plan"}""");
            assertThat(money.status()).as(money.body()).isIn(200, 201);
        });

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            ApiClient.Response other = api.get(reporting + "/api/reports/pacts/pacto-otro-plan?period=2022");
            return other.status() == 200 && other.body().contains("inversion-todos-otro-plan");
        });
        JsonNode seed = report("2022-06-30");
        assertThat(seed.toString()).doesNotContain("inversion-todos-otro-plan");
        assertThat(seed.path("totals").path("committed").asLong()).isEqualTo(30_551_570_162L);
    }

    @Test
    @Order(9)
    void a_corrected_progress_report_changes_the_percentages_and_the_report_as_of_before_keeps_the_old_ones() throws Exception {
        String before = Instant.now().toString();
        ApiClient.Response posted = new ApiClient(suite.token("sigesi")).put(suite.service("goals-service").url()
                + "/api/goals/meta-sigesi-accion-comunal/progress/avance-2022-06-30-corregido", """
                {"effectiveDate":"2022-06-30","value":0.1,"corrects":"avance-2022-06-30",
                 "reason":"the platform's first module was delivered before the cut-off","source":"SIGESI"}""");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> report("2022-06-30").at("/directGoals/meanProgress").decimalValue().doubleValue() == 40.0);
        assertThat(document("md")).contains("del 40,0 % con corte a 30 de junio de 2022");
        ApiClient.Response asBefore = api.get(reporting + "/api/reports/pacts/" + PACT + "?period=2022-06-30&asOf=" + before);
        assertThat(JSON.readTree(asBefore.body()).at("/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("0.0");
    }
}
