package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Spanish dashboard over HTTP: events on the topics in, pages and CSV downloads with the seed's figures out. */
class DashboardPagesTest extends DashboardTestBase {

    private static final Path ARTIFACTS = Path.of("target", "downloads");

    private SeedWorld world;

    @BeforeEach
    void world() {
        world = seedWorld();
    }

    private ApiClient.Response page(String path) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        return response;
    }

    @Test
    void the_plan_page_lists_each_pact_with_its_progress_semaforo_and_money_in_spanish() {
        String html = page("/?planId=" + world.planId() + "&period=2022-06-30").body();

        assertThat(html).contains("<html lang=\"es-CO\"", "Valle Invencible", "el corte a 30 de junio de 2022", SeedWorld.PACT_NAME,
                "href=\"/pactos/" + world.pactId() + "?period=2022-06-30\"");
        String row = html.substring(html.indexOf("id=\"pacto-" + world.pactId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        // direct 40,0 % (yellow, "Medio"), indirect 80,0 % (green, "Alto"); the pact's own money, half executed
        assertThat(row).contains("40,0 %", "Medio", "80,0 %", "Alto", "$708.400.000", "$354.200.000", "50,0 %");
        assertThat(html).contains("Semáforo", "menos de 40 %", "desde 70 %", "Sin meta", "(hora de Colombia)");
        assertThat(html).contains("href=\"/?format=csv&amp;planId=" + world.planId() + "&amp;period=2022-06-30\"");
    }

    @Test
    void the_plan_page_without_a_plan_shows_the_first_and_offers_every_plan() {
        String html = page("/").body();

        assertThat(html).contains("Todo el plan (2020 a 2023)", "<option value=\"" + world.planId() + "\"");
    }

    @Test
    void the_pact_page_shows_the_seed_figures_goals_dependencies_all_pacts_chart_and_document_link() {
        String html = page("/pactos/" + world.pactId() + "?period=2022-06-30").body();

        assertThat(html).contains("SIGESI-AC", "Construir 1 plataforma", "Directa", "Indirecta", "Secretaría de Salud",
                "Secretaría de Desarrollo Social y Participación", "Acumulada", "0,25", "0,1");
        assertThat(html).contains("Capacitación y asistencia técnica a líderes comunales", "23.800 líderes y lideresas comunales",
                "1 municipio y 1 distrito", "legislación comunal y CONPES 3955", "15 de enero de 2022 (en curso)");
        assertThat(html).contains("En general para todos los pactos", "ValleINN Municipios y Nuevos Municipios", "1.515", "5.846",
                "$9.000.000.000", "ValleINN comunas y corregimientos", "1.360", "5.540", "$11.224.170.162");
        // totals: $708.400.000 + $9.000.000.000 + $11.224.170.162
        assertThat(html).contains("$20.932.570.162", "2.875", "11.386");
        assertThat(html).contains("<svg", "role=\"img\"", "Corte 30/06/2022", "2020", "2021");
        assertThat(html).contains("href=\"/api/reports/pacts/" + world.pactId() + "/document?period=2022-06-30\"");
        assertThat(html).as("nothing loaded from the network").doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void a_page_can_be_asked_as_it_stood_on_a_date_and_for_another_period() {
        String asOf = page("/pactos/" + world.pactId() + "?period=2022-06-30&asOf=2022-07-01").body();
        assertThat(asOf).contains("id=\"avance-directas\" class=\"big\">0,0 %",
                "con lo registrado hasta el 1 de julio de 2022, 23:59 (hora de Colombia)", "value=\"2022-07-01\"");

        String year2021 = page("/pactos/" + world.pactId() + "?period=2021").body();
        // the direct goal had no target in 2021 (NP): no mean, and a grey "Sin meta"
        assertThat(year2021).contains("id=\"avance-directas\" class=\"big\">—", "Sin meta", "id=\"avance-indirectas\" class=\"big\">50,0 %",
                "el año 2021");
    }

    @Test
    void the_forms_cut_off_date_becomes_the_period_of_the_url() {
        ApiClient.Response response = anonymous.get(url("/pactos/" + world.pactId() + "?period=2021&corte=2022-06-30&asOf=2022-07-01"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/pactos/" + world.pactId() + "?period=2022-06-30&asOf=2022-07-01");
    }

    @Test
    void a_dependency_page_shows_the_goals_it_coordinates_and_what_it_did_in_each_pact() {
        String sdsp = page("/dependencias/" + world.dependency("SDSP") + "?planId=" + world.planId() + "&period=2022-06-30").body();

        assertThat(sdsp).contains("<h1>Secretaría de Desarrollo Social y Participación</h1>", "SIGESI-AC", "(<span>directa</span>)",
                "40,0 %", SeedWorld.PACT_NAME, "$708.400.000", "$354.200.000", "50,0 %", "23.800 líderes y lideresas comunales",
                "Capacitación y asistencia técnica a líderes comunales");
        assertThat(sdsp).doesNotContain("En general para todos los pactos");

        String sdec = page("/dependencias/" + world.dependency("SDEC") + "?planId=" + world.planId() + "&period=2022-06-30").body();
        assertThat(sdec).contains("No coordina metas", "En general para todos los pactos", "ValleINN comunas y corregimientos", "1.360",
                "$11.224.170.162", "$20.224.170.162", "2.875", "11.386");
        assertThat(page("/pactos/" + world.pactId() + "?period=2022-06-30").body())
                .contains("href=\"/dependencias/" + world.dependency("SDSP") + "?planId=" + world.planId() + "&amp;period=2022-06-30\"");
    }

    @Test
    void a_dependencys_goals_download_as_csv() {
        ApiClient.Response csv = anonymous.get(url("/dependencias/" + world.dependency("SALUD") + "/metas.csv?planId=" + world.planId()
                + "&period=2022-06-30"));

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).containsExactly(
                "\uFEFF" + String.join(",", DashboardDownloadController.DEPENDENCY_GOALS_COLUMNS.stream().map(DataTable.Column::name).toList()),
                "\"" + world.dependency("SALUD") + "\",\"" + world.planId() + "\",\"2022-06-30\",,\"" + world.indirectGoal()
                        + "\",\"SALUD-7\",\"Atender a 100 organizaciones comunales\",\"" + world.pactId()
                        + "\",\"ACCUMULATED\",50,40,80.0,80.0,\"verde\"");
    }

    @Test
    void the_plan_table_downloads_as_csv_with_a_bom_and_stable_headers() {
        ApiClient.Response csv = anonymous.get(url("/?format=csv&planId=" + world.planId() + "&period=2022-06-30"));

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",", DashboardDownloadController.PLAN_COLUMNS.stream().map(DataTable.Column::name).toList()));
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("\"" + world.planId() + "\",\"2022-06-30\",,\"" + world.pactId() + "\",\"" + SeedWorld.PACT_NAME
                + "\",1,40.0,\"amarillo\",1,80.0,\"verde\",708400000,354200000,50.0");
    }

    @Test
    void the_goals_table_downloads_as_csv() {
        ApiClient.Response csv = anonymous.get(url("/pactos/" + world.pactId() + "/metas.csv?period=2022-06-30&asOf=2022-07-01"));

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFpact_id,period,as_of,goal_id,goal_code,statement,link,dependency_code,dependency_name,"
                + "accumulation,target,achieved,progress_pct,raw_progress_pct,semaforo,committed_cop,executed_cop,financial_execution_pct");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("\"" + world.pactId() + "\",\"2022-06-30\",\"2022-07-02T04:59:59.999999Z\",\""
                + world.directGoal() + "\",\"SIGESI-AC\",").contains(",\"DIRECT\",", ",\"ACCUMULATED\",0.25,0,0.0,0.0,\"rojo\",");
        assertThat(lines[2]).contains("\"SALUD-7\"", ",\"INDIRECT\",", ",50,40,80.0,80.0,\"verde\",");
    }

    @Test
    void the_goals_table_downloads_as_xlsx_with_spanish_headers_and_numbers_as_numbers() throws Exception {
        HttpResponse<byte[]> xlsx = bytes("/pactos/" + world.pactId() + "/metas.xlsx?period=2022-06-30");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XlsxTable.MEDIA_TYPE);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> d.contains("metas-" + world.pactId()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Metas");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Meta");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Avance (%)");
            assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Comprometido (pesos)");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row indirect = sheet.getRow(2);
            assertThat(indirect.getCell(4).getStringCellValue()).isEqualTo("SALUD-7");
            assertThat(indirect.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(indirect.getCell(10).getNumericCellValue()).isEqualTo(50.0);
            assertThat(indirect.getCell(11).getNumericCellValue()).isEqualTo(40.0);
            assertThat(indirect.getCell(12).getNumericCellValue()).isEqualTo(80.0);
            Row direct = sheet.getRow(1);
            assertThat(direct.getCell(10).getNumericCellValue()).isEqualTo(0.25);
            assertThat(direct.getCell(12).getNumericCellValue()).isEqualTo(40.0);
        }
    }

    @Test
    void the_plan_table_downloads_as_xlsx_with_money_as_numbers() throws Exception {
        HttpResponse<byte[]> xlsx = bytes("/?format=xlsx&planId=" + world.planId() + "&period=2022-06-30");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Pacto");
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Comprometido (pesos)");
            Row pact = sheet.getRow(1);
            assertThat(pact.getCell(4).getStringCellValue()).isEqualTo(SeedWorld.PACT_NAME);
            assertThat(pact.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(pact.getCell(11).getNumericCellValue()).isEqualTo(708_400_000.0);
            assertThat(pact.getCell(12).getNumericCellValue()).isEqualTo(354_200_000.0);
            assertThat(pact.getCell(13).getNumericCellValue()).isEqualTo(50.0);
        }
        String html = page("/pactos/" + world.pactId() + "?period=2022-06-30").body();
        assertThat(html).contains("href=\"/pactos/" + world.pactId() + "/metas.xlsx?period=2022-06-30\"",
                "href=\"/api/reports/pacts/" + world.pactId() + "/document?period=2022-06-30&amp;format=pdf\"");
    }

    @Test
    void the_whole_pact_report_downloads_as_a_workbook_linked_from_the_pact_page() throws Exception {
        HttpResponse<byte[]> xlsx = bytes("/pactos/" + world.pactId() + "/informe.xlsx?period=2022-06-30");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XlsxTable.MEDIA_TYPE);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> d.contains("informe-" + world.pactId()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(workbook::getSheetName))
                    .containsExactly("Resumen", "Metas", "Actividades", "Dinero", "Convocatorias");
            Sheet summary = workbook.getSheet("Resumen");
            assertThat(value(summary, "Pacto").getStringCellValue()).isEqualTo(SeedWorld.PACT_NAME);
            assertThat(value(summary, "Período").getStringCellValue()).isEqualTo("el corte a 30 de junio de 2022");
            assertThat(value(summary, "Avance de las metas directas (%)").getNumericCellValue()).isEqualTo(40.0);
            assertThat(value(summary, "Avance de las metas indirectas (%)").getNumericCellValue()).isEqualTo(80.0);
            assertThat(value(summary, "Comprometido (pesos)").getNumericCellValue()).isEqualTo(20_932_570_162.0);
            assertThat(value(summary, "Emprendimientos").getNumericCellValue()).isEqualTo(2_875.0);
            assertThat(value(summary, "Empleos").getNumericCellValue()).isEqualTo(11_386.0);
            assertThat(workbook.getSheet("Metas").getLastRowNum()).isEqualTo(2);
            Row training = workbook.getSheet("Actividades").getRow(1);
            assertThat(training.getCell(5).getStringCellValue()).isEqualTo("Capacitación y asistencia técnica a líderes comunales");
            assertThat(training.getCell(9).getNumericCellValue()).isEqualTo(23_800.0);
            assertThat(training.getCell(13).getNumericCellValue()).isEqualTo(708_400_000.0);
            Sheet money = workbook.getSheet("Dinero");
            assertThat(money.getLastRowNum()).isEqualTo(3);
            assertThat(money.getRow(1).getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(354_200_000.0);
            Sheet calls = workbook.getSheet("Convocatorias");
            assertThat(calls.getLastRowNum()).isEqualTo(2);
            Row municipios = calls.getRow(1).getCell(4).getStringCellValue().startsWith("ValleINN Municipios") ? calls.getRow(1)
                    : calls.getRow(2);
            assertThat(municipios.getCell(4).getStringCellValue()).isEqualTo("ValleINN Municipios y Nuevos Municipios");
            assertThat(municipios.getCell(6).getNumericCellValue()).isEqualTo(1_515.0);
            assertThat(municipios.getCell(7).getNumericCellValue()).isEqualTo(5_846.0);
            Files.createDirectories(ARTIFACTS);
            Files.write(ARTIFACTS.resolve("informe-corte-2022-06-30.xlsx"), xlsx.body());
        }
        assertThat(page("/pactos/" + world.pactId() + "?period=2022-06-30&asOf=2022-07-01").body())
                .contains("href=\"/pactos/" + world.pactId() + "/informe.xlsx?period=2022-06-30&amp;asOf=2022-07-01\"");
        HttpResponse<byte[]> outside = bytes("/pactos/" + world.pactId() + "/informe.xlsx?period=2019");
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/problem+json"));
    }

    private static org.apache.poi.ss.usermodel.Cell value(Sheet sheet, String field) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(field)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + field + " in " + sheet.getSheetName());
    }

    @Test
    void the_pact_document_downloads_as_pdf_with_the_seed_figures_in_spanish() throws Exception {
        HttpResponse<byte[]> pdf = bytes("/api/reports/pacts/" + world.pactId() + "/document?period=2022-06-30&format=pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Política Pública de los Organismos de Acción Comunal", "Secretaría de Desarrollo Social y Participación",
                    "$708.400.000", "23.800", "$11.224.170.162", "1.515", "5.846", "30 de junio de 2022");
            // kept as test artifacts: the file and its first page as an image
            Files.createDirectories(ARTIFACTS);
            Files.write(ARTIFACTS.resolve("informe-corte-2022-06-30.pdf"), pdf.body());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", ARTIFACTS.resolve("informe-pdf-pagina-1.png").toFile());
        }
        ApiClient.Response bad = anonymous.get(url("/api/reports/pacts/" + world.pactId() + "/document?period=2022-06-30&format=docx"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("must be html, md or pdf");
    }

    @Test
    void a_bad_period_of_an_xlsx_download_answers_problem_json() throws Exception {
        HttpResponse<byte[]> xlsx = bytes("/dependencias/" + world.dependency("SALUD") + "/metas.xlsx?planId=" + world.planId()
                + "&period=2019");

        assertThat(xlsx.statusCode()).isEqualTo(422);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/problem+json"));
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void bad_parameters_answer_a_spanish_error_page_never_a_500() {
        assertError("/?period=20x2", 400, "El período debe ser un año");
        assertError("/?asOf=ayer", 400, "La fecha «tal como estaba el» debe escribirse AAAA-MM-DD");
        assertError("/?planId=" + world.planId() + "&format=ods", 400, "se descarga en CSV");
        assertError("/?planId=no-existe", 404, "No se encontró lo pedido");
        assertError("/pactos/no-existe?period=2022", 404, "No se encontró lo pedido");
        assertError("/pactos/" + world.pactId() + "?period=2019", 422, "no está dentro del plan");
        assertError("/pactos/" + world.pactId() + "?corte=30-06-2022", 400, "La fecha de corte debe escribirse AAAA-MM-DD");
        assertError("/pactos/-mal?period=2022", 400, "El identificador del pacto no es válido");
        assertError("/dependencias/NINGUNA?planId=" + world.planId(), 404, "No se encontró lo pedido");
        assertError("/dependencias/" + world.dependency("SDSP") + "?planId=" + world.planId() + "&period=2030", 422,
                "no está dentro del plan");
    }

    @Test
    void bad_parameters_of_a_csv_download_answer_problem_json() {
        ApiClient.Response csv = anonymous.get(url("/pactos/" + world.pactId() + "/metas.csv?period=nunca"));

        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.contentType()).startsWith("application/problem+json");
        assertThat(csv.body()).contains("period");
    }

    @Test
    void the_style_sheet_is_served_from_the_jar() {
        ApiClient.Response css = anonymous.get(url("/dashboard/dashboard.css"));

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains(".semaforo-verde", "@media");
    }

    private void assertError(String path, int status, String spanish) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(path + "\n" + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(path).startsWith("text/html");
        assertThat(response.body()).as(path).contains("lang=\"es-CO\"", spanish);
    }
}
