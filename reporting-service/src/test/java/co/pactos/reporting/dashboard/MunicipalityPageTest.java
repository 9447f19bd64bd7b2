package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The municipalities page over HTTP: per DIVIPOLA code what reached it, what can be attributed to it alone, and the schematic map. */
class MunicipalityPageTest extends DashboardTestBase {

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
    void each_municipality_shows_what_reached_it_and_what_reached_several_is_not_split() {
        String html = page("/municipios?planId=" + world.planId() + "&period=2022-06-30");

        assertThat(html).contains("<html lang=\"es-CO\"", "Valle Invencible", "el corte a 30 de junio de 2022");
        // Cali: the training (with Buga) and the comunas call named Cali alone
        assertThat(row(html, "76001")).contains("Santiago de Cali", "(Distrito)", ">1<", "1.360", "5.540", "$11.224.170.162");
        assertThat(row(html, "76111")).contains("Guadalajara de Buga", ">1<", "$0");
        assertThat(row(html, "76109")).contains("Buenaventura", "1.515", "5.846", "$9.000.000.000");
        assertThat(row(html, "76020")).contains("Alcalá", ">0<", "$0", "—");
        // the training reached two: its 23.800 leaders and its money go to the "several" line, not to Cali or Buga
        assertThat(row(html, "varios")).contains(">1<", "23.800", "$708.400.000", "$354.200.000", "50,0 %");
        assertThat(row(html, "total")).contains("23.800", "2.875", "11.386", "$20.932.570.162");
        assertThat(html.split("id=\"municipio-76")).hasSize(43);
    }

    @Test
    void the_map_is_drawn_from_the_jar_labelled_schematic_with_names_codes_and_values_as_text() {
        String html = page("/municipios?planId=" + world.planId() + "&period=2022");

        assertThat(html).contains("Mapa esquemático, no a escala", "<svg", "role=\"img\"");
        assertThat(html.split("class=\"tile\"")).hasSize(43);
        assertThat(html).contains(">Cali</text>", ">76001</text>", ">Buenaventura</text>", "Cali (76001): 1 actividades",
                "Alcalá (76020): 0 actividades");
        assertThat(html).as("nothing loaded from the network").doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void the_page_keeps_period_and_as_of_in_the_url_and_answers_as_it_stood() {
        String year2021 = page("/municipios?planId=" + world.planId() + "&period=2021");
        assertThat(row(year2021, "76001")).contains(">0<", "$0");
        assertThat(row(year2021, "varios")).doesNotContain("23.800");

        String asOf = page("/municipios?planId=" + world.planId() + "&period=2022&asOf=2022-07-01");
        assertThat(row(asOf, "76109")).contains("1.515");
        assertThat(asOf).contains("value=\"2022-07-01\"", "con lo registrado hasta el 1 de julio de 2022");
        // the day before everything was recorded the plan was not known yet
        assertError("/municipios?planId=" + world.planId() + "&period=2022&asOf=2022-06-29", 404);

        ApiClient.Response redirect = anonymous.get(url("/municipios?planId=" + world.planId() + "&corte=2022-06-30&asOf=2022-07-01"));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).endsWith("/municipios?planId=" + world.planId() + "&period=2022-06-30&asOf=2022-07-01");
        assertThat(page("/?planId=" + world.planId() + "&period=2022"))
                .contains("href=\"/municipios?planId=" + world.planId() + "&amp;period=2022\"");
    }

    @Test
    void bad_parameters_of_the_municipalities_page_answer_a_spanish_error_page() {
        assertError("/municipios?planId=no-existe", 404);
        assertError("/municipios?planId=-mal", 400);
        assertError("/municipios?planId=" + world.planId() + "&period=2030", 422);
        assertError("/municipios?period=nunca", 400);
    }

    private void assertError(String path, int status) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(path + "\n" + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(path).startsWith("text/html");
        assertThat(response.body()).as(path).contains("lang=\"es-CO\"");
    }

    private static String row(String html, String code) {
        int start = html.indexOf("id=\"municipio-" + code + "\"");
        assertThat(start).as("row " + code).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
