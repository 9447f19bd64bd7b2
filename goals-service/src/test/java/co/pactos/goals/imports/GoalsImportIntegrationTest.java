package co.pactos.goals.imports;

import static co.pactos.infra.SpreadsheetUploads.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.SpreadsheetUploads.Answer;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.SpreadsheetUploads;
import co.pactos.infra.identity.TestIdentity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** Spreadsheets of progress reports and activities, from checked-in XLSX and CSV files, imported row by row. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsImportIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpreadsheetUploads.freshDatabase("goals_imports_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.imports.max-bytes", () -> 200_000);
        registry.add("pactos.imports.max-rows", () -> 500);
        registry.add("pactos.imports.progress-every", () -> 100);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    /** The plan, pact, dependencies and goals the fixtures name (idempotent PUTs). */
    @BeforeEach
    void plan() {
        ApiClient planeacion = TestIdentity.as("planeacion");
        ok(planeacion.put(url("/api/plans/plan-imp"), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}"""));
        ok(planeacion.put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(planeacion.put(url("/api/dependencies/STAC"), "{\"name\":\"Subdirección Técnica de Acción Comunal\",\"parentCode\":\"SDSP\"}"));
        ok(planeacion.put(url("/api/dependencies/SALUD"), "{\"name\":\"Secretaría de Salud\"}"));
        ok(planeacion.put(url("/api/pacts/pacto-imp"), "{\"planId\":\"plan-imp\",\"name\":\"Acción comunal\"}"));
        for (String dependency : List.of("SDSP", "SALUD")) {
            ok(planeacion.put(url("/api/goals/meta-imp-" + dependency.toLowerCase()), """
                    {"planId":"plan-imp","code":"MP-%s","statement":"Construir 1 plataforma","indicator":"Plataforma",
                     "unit":"número","kind":"PRODUCT","accumulation":"FLOW","baseline":0,"target":100000,"dependency":"%s"}"""
                    .formatted(dependency, dependency)));
        }
    }

    private Answer upload(String client, String kind, String file, String query) {
        return SpreadsheetUploads.upload(url("/api/imports/" + kind + query), client, file, fixture(file), null);
    }

    private static String status(Answer answer, int line) {
        return answer.rows().get(line).get("status").asString();
    }

    private static List<String> columns(JsonNode messages) {
        return messages.valueStream().map(message -> message.path("column").asString("")).toList();
    }

    private JsonNode get(String path) {
        ApiClient.Response response = TestIdentity.as("planeacion").get(url(path));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void a_progress_xlsx_is_imported_row_by_row_and_the_same_file_again_records_nothing() {
        long before = events();

        Answer answer = upload("sigesi", "progress", "progress.xlsx", "");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/x-ndjson");
        assertThat(answer.lines().get(0).at("/progress/total").asInt()).isEqualTo(6);
        assertThat(answer.rows().keySet()).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 8);
        assertThat(List.of(2, 3, 4, 8)).allMatch(line -> status(answer, line).equals("CREATED"));
        assertThat(answer.rows().get(2).get("path").asString()).isEqualTo("/api/goals/meta-imp-sdsp/progress/x-r1");
        assertThat(columns(answer.rows().get(4).get("readings"))).containsExactly("Fecha de corte", "Valor alcanzado");
        assertThat(answer.rows().get(4).at("/readings/0/message").asString()).contains("6 de julio de 2022");
        assertThat(answer.rows().get(4).at("/readings/1/message").asString()).contains("«1.234» se leyó como 1.234", "miles");
        assertThat(status(answer, 5)).isEqualTo("INVALID");
        assertThat(columns(answer.rows().get(5).get("problems"))).containsExactly("Fecha de corte", "Valor alcanzado");
        assertThat(answer.rows().get(5).at("/problem/errors/0/field").asString()).isEqualTo("Fecha de corte");
        assertThat(answer.rows().get(5).at("/problems/1/message").asString()).contains("«abc» no es un número");
        assertThat(status(answer, 6)).isEqualTo("FORBIDDEN");
        assertThat(answer.rows().get(6).at("/problems/0/message").asString()).contains("dependencia SDSP");
        assertThat(answer.summary().get("created").asInt()).isEqualTo(4);
        assertThat(answer.summary().get("recorded").asInt()).isEqualTo(4);
        assertThat(events()).isEqualTo(before + 4);
        JsonNode r1 = get("/api/goals/meta-imp-sdsp/progress/x-r1");
        assertThat(r1.get("effectiveDate").asString()).isEqualTo("2022-03-31");
        assertThat(r1.get("value").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(get("/api/goals/meta-imp-sdsp/progress/x-r2").get("value").decimalValue()).isEqualByComparingTo("1234.5");
        JsonNode r3 = get("/api/goals/meta-imp-sdsp/progress/x-r3");
        assertThat(r3.get("effectiveDate").asString()).isEqualTo("2022-07-06");
        assertThat(r3.get("value").decimalValue()).isEqualByComparingTo("1234");
        assertThat(get("/api/goals/meta-imp-sdsp/progress/x-r6").get("value").decimalValue()).isEqualByComparingTo("1.5");

        Answer again = upload("sigesi", "progress", "progress.xlsx", "");

        assertThat(List.of(2, 3, 4, 8)).allMatch(line -> status(again, line).equals("UNCHANGED"));
        assertThat(status(again, 5)).isEqualTo("INVALID");
        assertThat(again.summary().get("recorded").asInt()).isZero();
        assertThat(events()).isEqualTo(before + 4);
    }

    @Test
    void a_progress_csv_separated_by_semicolons_is_imported_with_its_colombian_numbers_and_dates() {
        long before = events();

        Answer answer = upload("sigesi", "progress", "progress.csv", "?source=SIGESI");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(List.of(2, 3, 4)).allMatch(line -> status(answer, line).equals("CREATED"));
        assertThat(status(answer, 5)).isEqualTo("INVALID");
        assertThat(answer.rows().get(5).at("/problems/0/message").asString()).contains("cuatro cifras");
        assertThat(status(answer, 6)).isEqualTo("INVALID");
        assertThat(answer.rows().get(6).at("/problems/0").toString()).contains("Valor alcanzado", "es obligatorio");
        JsonNode c1 = get("/api/goals/meta-imp-sdsp/progress/c-r1");
        assertThat(c1.get("value").decimalValue()).isEqualByComparingTo("1234.5");
        assertThat(c1.get("note").asString()).isEqualTo("nota; con punto y coma");
        assertThat(get("/api/goals/meta-imp-sdsp/progress/c-r2").get("value").decimalValue()).isEqualByComparingTo("1234.5");
        JsonNode c3 = get("/api/goals/meta-imp-sdsp/progress/c-r3");
        assertThat(c3.get("corrects").asString()).isEqualTo("c-r1");
        assertThat(c3.get("reason").asString()).isEqualTo("corrección del primer corte");
        assertThat(events()).isEqualTo(before + 3);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = 'meta-imp-sdsp'"
                + " and convert_from(meta_data, 'UTF8') like '%SIGESI%'").query(Long.class).single()).isGreaterThanOrEqualTo(3);

        Answer again = upload("sigesi", "progress", "progress.csv", "?source=SIGESI");

        assertThat(List.of(2, 3, 4)).allMatch(line -> status(again, line).equals("UNCHANGED"));
        assertThat(events()).isEqualTo(before + 3);
    }

    @Test
    void an_activities_xlsx_fills_lists_beneficiaries_and_municipalities_from_cells() {
        long before = events();

        Answer answer = upload("sigesi", "activities", "activities.xlsx", "");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(status(answer, 2)).as(answer.text()).isEqualTo("CREATED");
        assertThat(status(answer, 3)).as(answer.text()).isEqualTo("CREATED");
        assertThat(status(answer, 4)).isEqualTo("INVALID");
        assertThat(columns(answer.rows().get(4).get("problems"))).containsExactly("Título", "Fecha de inicio", "Beneficiarios");
        assertThat(status(answer, 5)).isEqualTo("FORBIDDEN");
        assertThat(events()).isEqualTo(before + 2);
        JsonNode first = get("/api/activities/act-x-1");
        assertThat(first.get("dependency").asString()).isEqualTo("STAC");
        assertThat(first.get("endDate").asString()).isEqualTo("2022-11-30");
        assertThat(first.get("pacts").toString()).isEqualTo("[\"pacto-imp\"]");
        assertThat(first.get("goals").toString()).isEqualTo("[\"meta-imp-sdsp\"]");
        assertThat(first.at("/beneficiaries/0/group").asString()).isEqualTo("líderes y lideresas comunales");
        assertThat(first.at("/beneficiaries/0/count").asLong()).isEqualTo(23_800);
        assertThat(first.at("/beneficiaries/1/count").asLong()).isEqualTo(1_200);
        assertThat(first.get("municipalities").toString()).isEqualTo("[\"76001\",\"76109\"]");
        assertThat(first.get("topics").toString()).isEqualTo("[\"legislación comunal\",\"CONPES 3955\"]");
        JsonNode second = get("/api/activities/act-x-2");
        assertThat(second.get("allPacts").asBoolean()).isTrue();
        assertThat(second.get("planId").asString()).isEqualTo("plan-imp");
        assertThat(second.at("/beneficiaries/0/count").asLong()).isEqualTo(53_000);

        assertThat(upload("sigesi", "activities", "activities.xlsx", "").summary().get("unchanged").asInt()).isEqualTo(2);
        assertThat(events()).isEqualTo(before + 2);
    }

    @Test
    void an_activities_csv_separated_by_commas_is_imported_and_the_puts_own_refusals_are_said_by_column() {
        long before = events();

        Answer answer = upload("planeacion", "activities", "activities.csv", "");

        assertThat(status(answer, 2)).as(answer.text()).isEqualTo("CREATED");
        assertThat(status(answer, 3)).as(answer.text()).isEqualTo("CREATED");
        assertThat(answer.rows().get(3).at("/readings/0/message").asString()).contains("1.234", "enteros");
        assertThat(status(answer, 4)).isEqualTo("INVALID");
        assertThat(answer.rows().get(4).at("/problems/0/column").asString()).isEqualTo("Pactos");
        assertThat(answer.rows().get(4).at("/problem/status").asInt()).isEqualTo(422);
        assertThat(get("/api/activities/act-c-1").get("title").asString()).isEqualTo("Plataforma SIGESI, ruta de atención");
        assertThat(get("/api/activities/act-c-2").at("/beneficiaries/0/count").asLong()).isEqualTo(1234);
        assertThat(events()).isEqualTo(before + 2);
    }

    @Test
    void the_report_as_a_spreadsheet_has_the_rows_where_they_were_with_their_state_and_problems_in_spanish() throws IOException {
        Answer answer = SpreadsheetUploads.upload(url("/api/imports/progress?dryRun=true"), "sigesi", "progress.xlsx", fixture("progress.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(cells.formatCellValue(header.getCell(6))).isEqualTo("Estado");
            assertThat(cells.formatCellValue(header.getCell(7))).isEqualTo("Problemas");
            assertThat(cells.formatCellValue(header.getCell(8))).isEqualTo("Avisos");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("x-r1");
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 3, 31));
            assertThat(cells.formatCellValue(sheet.getRow(4).getCell(6))).isEqualTo("Con errores");
            assertThat(cells.formatCellValue(sheet.getRow(4).getCell(7))).contains("Fecha de corte: «31/02/2022»", "Valor alcanzado: «abc»");
            assertThat(cells.formatCellValue(sheet.getRow(3).getCell(8))).contains("6 de julio de 2022");
            assertThat(cells.formatCellValue(sheet.getRow(5).getCell(6))).isEqualTo("No permitida");
            assertThat(sheet.getRow(6) == null).as("row 7 was empty").isTrue();
            assertThat(cells.formatCellValue(sheet.getRow(7).getCell(6))).startsWith("Se registraría");
            assertThat(workbook.getSheetName(1)).isEqualTo("Resumen");
        }
    }

    @Test
    void a_new_user_fills_three_rows_of_the_downloaded_template_and_reads_the_report() throws IOException {
        Answer template = SpreadsheetUploads.get(url("/api/imports/progress/template.xlsx"), null);
        assertThat(template.status()).isEqualTo(200);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Avances");
            assertThat(workbook.getSheetName(1)).isEqualTo("Instrucciones");
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(new DataFormatter().formatCellValue(sheet.getRow(0).getCell(2))).isEqualTo("Fecha de corte");
            String[][] rows = {{"meta-imp-sdsp", "t-r1", "31/03/2022", "0,5"}, {"meta-imp-sdsp", "t-r2", "30/06/2022", "1"},
                    {"meta-imp-sdsp", "t-r3", "30/09/2022", "1,5"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    row.createCell(c);
                }
                for (int c = 0; c < rows[r].length; c++) {
                    row.getCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            filled = out.toByteArray();
        }
        long before = events();

        Answer answer = SpreadsheetUploads.upload(url("/api/imports/progress"), "sigesi", "avances.xlsx", filled, null);

        assertThat(answer.rows().keySet()).containsExactly(2, 3, 4);
        assertThat(answer.rows().values()).allMatch(row -> row.get("status").asString().equals("CREATED"), answer.text());
        assertThat(events()).isEqualTo(before + 3);
    }

    @Test
    void templates_are_public_in_spanish_and_an_unknown_kind_names_the_kinds() {
        Answer csv = SpreadsheetUploads.get(url("/api/imports/activities/template.csv"), null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("\uFEFFId de la actividad;Dependencia;Título;");
        assertThat(csv.text().lines().toList()).hasSize(2);
        assertThat(csv.text()).contains("líderes y lideresas comunales: 23.800", "\"76001; 76109\"");

        Answer kinds = SpreadsheetUploads.get(url("/api/imports"), null);
        assertThat(kinds.status()).isEqualTo(200);
        assertThat(kinds.text()).contains("\"kind\":\"progress\"", "\"kind\":\"activities\"", "Fecha de corte");

        Answer unknown = SpreadsheetUploads.get(url("/api/imports/investments/template.xlsx"), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text()).contains("progress, activities");
        assertThat(SpreadsheetUploads.upload(url("/api/imports/nada"), "sigesi", "a.csv", fixture("progress.csv"), null).status()).isEqualTo(404);
    }

    @Test
    void without_a_token_401_and_an_oversight_client_403_and_nothing_is_recorded() {
        long before = events();

        Answer anonymous = upload(null, "progress", "progress.xlsx", "");
        Answer oversight = upload("contraloria", "progress", "progress.xlsx", "");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(oversight.status()).isEqualTo(403);
        assertThat(oversight.contentType()).startsWith("application/problem+json");
        assertThat(oversight.text()).contains("/problems/forbidden");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void files_that_are_too_large_too_long_not_spreadsheets_or_lack_a_column_are_problems_and_record_nothing() {
        long before = events();
        StringBuilder long_ = new StringBuilder("Id de la meta;Id del reporte;Fecha de corte;Valor alcanzado\n");
        for (int i = 0; i < 501; i++) {
            long_.append("meta-imp-sdsp;l-").append(i).append(";30/06/2022;1\n");
        }
        byte[] large = new byte[250_000];
        java.util.Arrays.fill(large, (byte) 'a');

        Answer tooLong = SpreadsheetUploads.upload(url("/api/imports/progress"), "sigesi", "a.csv", long_.toString().getBytes(StandardCharsets.UTF_8), null);
        Answer tooLarge = SpreadsheetUploads.upload(url("/api/imports/progress"), "sigesi", "a.csv", large, null);
        Answer tooLargeRaw = SpreadsheetUploads.raw(url("/api/imports/progress"), "sigesi", "text/csv", large);
        Answer pdf = SpreadsheetUploads.upload(url("/api/imports/progress"), "sigesi", "a.pdf", new byte[] {'%', 'P', 'D', 'F', 0, 0, 1}, null);
        Answer noValue = SpreadsheetUploads.raw(url("/api/imports/progress"), "sigesi", "text/csv",
                "Id de la meta;Id del reporte;Fecha de corte\nmeta-imp-sdsp;z;30/06/2022\n".getBytes(StandardCharsets.UTF_8));
        Answer badFormat = SpreadsheetUploads.upload(url("/api/imports/progress?format=pdf"), "sigesi", "a.csv", fixture("progress.csv"), null);

        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(413);
        assertThat(tooLong.text()).contains("pactos.imports.max-rows");
        assertThat(tooLarge.status()).as(tooLarge.text()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLargeRaw.status()).as(tooLargeRaw.text()).isEqualTo(413);
        assertThat(pdf.status()).isEqualTo(415);
        assertThat(pdf.contentType()).startsWith("application/problem+json");
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.text()).contains("Valor alcanzado");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_dry_run_records_nothing_and_an_atomic_import_with_a_bad_row_records_nothing() {
        long before = events();

        Answer dryRun = upload("sigesi", "progress", "progress.xlsx", "?dryRun=true");
        Answer atomic = upload("sigesi", "progress", "progress.xlsx", "?atomic=true");

        assertThat(status(dryRun, 2)).isIn("CREATED", "UNCHANGED");
        assertThat(dryRun.summary().get("recorded").asInt()).isZero();
        assertThat(atomic.summary().get("recorded").asInt()).isZero();
        assertThat(atomic.rows().values()).allMatch(row -> !row.get("recorded").asBoolean());
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_long_import_says_its_progress_in_the_answer_as_it_goes() {
        StringBuilder csv = new StringBuilder("Id de la meta;Id del reporte;Fecha de corte;Valor alcanzado\n");
        for (int i = 0; i < 250; i++) {
            csv.append("meta-imp-sdsp;p-").append(i).append(";30/06/2022;").append(i).append(",5\n");
        }

        Answer answer = SpreadsheetUploads.raw(url("/api/imports/progress"), "sigesi", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        List<String> progress = answer.lines().stream().filter(line -> line.has("progress")).map(line -> line.get("progress").toString()).toList();
        assertThat(progress).containsExactly("{\"done\":0,\"total\":250}", "{\"done\":100,\"total\":250}", "{\"done\":200,\"total\":250}");
        int hundred = answer.lines().indexOf(answer.lines().stream().filter(line -> line.has("progress") && line.at("/progress/done").asInt() == 100)
                .findFirst().orElseThrow());
        assertThat(answer.lines().get(hundred - 1).get("line").asInt()).isEqualTo(101);
        assertThat(answer.rows()).hasSize(250);
        assertThat(answer.summary().get("created").asInt() + answer.summary().get("unchanged").asInt()).isEqualTo(250);
    }
}
