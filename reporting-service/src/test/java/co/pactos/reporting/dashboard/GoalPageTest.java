package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.TestInfrastructure;
import co.pactos.reporting.projection.EventLog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A goal's page over HTTP: target against achieved per period, reports and corrections, pacts served, money linked. */
class GoalPageTest extends DashboardTestBase {

    private SeedWorld world;

    @BeforeEach
    void world() {
        world = seedWorld();
    }

    private String page(String path) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        return response.body();
    }

    @Test
    void the_goal_page_shows_target_against_achieved_the_correction_the_pacts_it_serves_and_its_money() {
        String html = page("/metas/" + world.directGoal() + "?period=2022-06-30");

        assertThat(html).contains("<html lang=\"es-CO\"", "Meta SIGESI-AC", "Construir 1 plataforma", "Plataforma construida",
                "De producto", "Acumulada", "Secretaría de Desarrollo Social y Participación");
        // the cut-off: target 0.25, achieved 0.1 after the correction: 40,0 % (yellow)
        assertThat(html).contains("id=\"avance-meta\" class=\"big\">40,0 %", "Medio", "id=\"meta-periodo\">0,25",
                "id=\"logrado-periodo\">0,1");
        String periods = table(html, "tabla-periodos");
        // 2020 and 2021 had no target (NP), then the cut-off row, the one asked for
        assertThat(periods).contains("2020", "2021", "NP", "Corte 30 de junio de 2022", "(período pedido)", "Sin meta");
        String reports = table(html, "tabla-reportes");
        assertThat(reports).contains("avance-2022-06-30-b", "Reemplaza a «avance-2022-06-30»", "primer módulo entregado",
                "Reemplazado por «avance-2022-06-30-b»", "30 de junio de 2022");
        assertThat(html).contains(SeedWorld.PACT_NAME, "href=\"/pactos/" + world.pactId() + "?period=2022-06-30\"", "(directa)");
        String money = table(html, "tabla-dinero");
        assertThat(money).contains("inversion-capacitacion-", "Actividad: Capacitación y asistencia técnica a líderes comunales",
                "$708.400.000", "$354.200.000");
        assertThat(html).contains("(ejecución financiera <span>50,0 %</span>)");
        assertThat(html).contains("<svg", "role=\"img\"", "Meta programada frente a lo logrado por período, en número.",
                "Corte 30 de junio de 2022: meta 0,25, logrado 0,1");
        assertThat(html).contains("Semáforo", "desde 70 %", "menos de 40 %");
        assertThat(html).as("nothing loaded from the network").doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void the_goal_page_lists_the_goals_amendments_with_who_why_and_the_legal_act_and_not_before_they_were_recorded() {
        try (EventLog log = new EventLog(TestInfrastructure.get().kafkaBootstrapServers())) {
            log.publishAs(new AnnualTargetRevisedEvent(world.directGoal(), 2022, "rev-1", new BigDecimal("0.5"),
                    "Plan de acción 2022 ajustado", "Decreto 1-3-0456 de 2022"), Instant.now(), "DAPD", "ana", "planeacion");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String amendments = table(page("/metas/" + world.directGoal() + "?period=2022-06-30"), "tabla-modificaciones");
            assertThat(amendments).contains("con la meta anual revisada (2022: 0.5)", "Decreto 1-3-0456 de 2022",
                    "Plan de acción 2022 ajustado");
        });
        // the revision halves the cut-off's progress: 0.1 of 0.5
        assertThat(page("/metas/" + world.directGoal() + "?period=2022-06-30")).contains("id=\"avance-meta\" class=\"big\">20,0 %");
        assertThat(page("/metas/" + world.directGoal() + "?period=2022-06-30&asOf=2022-07-01")).contains("La meta no ha sido modificada.")
                .doesNotContain("tabla-modificaciones");
    }

    @Test
    void the_goal_page_as_it_stood_before_the_correction_and_for_another_year() {
        String asOf = page("/metas/" + world.directGoal() + "?period=2022-06-30&asOf=2022-07-01");
        assertThat(asOf).contains("id=\"avance-meta\" class=\"big\">0,0 %", "Bajo", "value=\"2022-07-01\"")
                .doesNotContain("avance-2022-06-30-b");

        String indirect2021 = page("/metas/" + world.indirectGoal() + "?period=2021");
        assertThat(indirect2021).contains("id=\"avance-meta\" class=\"big\">50,0 %", "id=\"meta-periodo\">50", "id=\"logrado-periodo\">25",
                "(indirecta)").doesNotContain("salud-2022-06-30");
    }

    @Test
    void the_goals_tables_of_the_pact_and_dependency_pages_link_to_the_goal_page() {
        assertThat(page("/pactos/" + world.pactId() + "?period=2022-06-30&asOf=2022-07-01"))
                .contains("href=\"/metas/" + world.directGoal() + "?period=2022-06-30&amp;asOf=2022-07-01\"");
        assertThat(page("/dependencias/" + world.dependency("SALUD") + "?planId=" + world.planId() + "&period=2021"))
                .contains("href=\"/metas/" + world.indirectGoal() + "?period=2021\"");
    }

    @Test
    void bad_parameters_of_the_goal_page_answer_a_spanish_error_page() {
        assertError("/metas/no-existe?period=2022", 404, "No se encontró lo pedido");
        assertError("/metas/-mal", 400, "El identificador de la meta no es válido");
        assertError("/metas/" + world.directGoal() + "?period=2019", 422, "no está dentro del plan");
        assertError("/metas/" + world.directGoal() + "?asOf=ayer", 400, "La fecha «tal como estaba el»");
        ApiClient.Response redirect = anonymous.get(url("/metas/" + world.directGoal() + "?corte=2022-06-30"));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).endsWith("/metas/" + world.directGoal() + "?period=2022-06-30");
    }

    private void assertError(String path, int status, String spanish) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(path + "\n" + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(path).startsWith("text/html");
        assertThat(response.body()).as(path).contains("lang=\"es-CO\"", spanish);
    }

    static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }
}
