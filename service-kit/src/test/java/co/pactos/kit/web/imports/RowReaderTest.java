package co.pactos.kit.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A sheet, CSV or XLSX, read into the PUTs its rows stand for. */
class RowReaderTest {

    private static final ImportKind KIND = ImportKind.of("things", "Cosas", "una fila por cosa", "/api/things/{thingId}",
            Column.required("Id de la cosa", "thingId", ColumnType.ID, "", "c-1"),
            Column.required("Fecha de corte", "date", ColumnType.DATE, "", "30/06/2022"),
            Column.optional("Valor", "value", ColumnType.DECIMAL, "", "0,1"),
            Column.optional("Pesos", "amount", ColumnType.PESOS, "", "1.000"),
            Column.optional("Municipios", "municipalities", ColumnType.MUNICIPALITIES, "", "76001"),
            Column.optional("Beneficiarios", "beneficiaries", ColumnType.BENEFICIARIES, "", "jóvenes: 3"),
            Column.optional("Todos los pactos", "allPacts", ColumnType.YES_NO, "", "no"));

    private final JsonMapper json = JsonMapper.builder().build();

    private RowReader.Outcome first(Sheet sheet, String source) {
        return new RowReader(KIND, sheet.header(), json, source).read(sheet.rows().get(0));
    }

    private JsonNode body(RowReader.Outcome outcome) {
        return json.readTree(outcome.line().body());
    }

    @Test
    void a_semicolon_csv_with_a_byte_order_mark_and_loose_headers_becomes_the_put_it_stands_for() {
        String csv = "\uFEFFID DE LA COSA;fecha de corte;VALOR;pesos;municipios;beneficiarios;todos los pactos;otra\r\n"
                + "c-1;06/07/2022;1.234;$ 1.500;\"5001; 76109\";\"líderes: 23.800; jóvenes: 1,2\";Sí;x\r\n";
        Sheet sheet = Spreadsheets.read(csv.getBytes(StandardCharsets.UTF_8), 10);

        RowReader reader = new RowReader(KIND, sheet.header(), json, "SIGESI");
        RowReader.Outcome outcome = reader.read(sheet.rows().get(0));

        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
        assertThat(outcome.problems()).hasSize(1);
        assertThat(outcome.problems().get(0).column()).isEqualTo("Beneficiarios");
        assertThat(outcome.problems().get(0).message()).contains("1,2", "número entero");
        assertThat(outcome.readings()).extracting(RowMessage::column).containsExactly("Fecha de corte", "Valor", "Municipios");
        assertThat(outcome.readings().get(0).message()).contains("6 de julio de 2022");
        assertThat(outcome.readings().get(1).message()).contains("1.234", "miles");
        assertThat(reader.notices()).singleElement().asString().contains("otra");
    }

    @Test
    void a_good_row_has_its_body_typed_and_the_source_parameter_where_the_column_is_empty() {
        String csv = "Id de la cosa,Fecha de corte,Valor,Pesos,Municipios,Beneficiarios,Todos los pactos\n"
                + "c-1,30-06-2022,\"1.234,5\",150.000.000,76001; 76109,\"líderes: 23.800\",sí\n";
        RowReader.Outcome outcome = first(Spreadsheets.read(csv.getBytes(StandardCharsets.UTF_8), 10), "SIGESI");

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.line().path()).isEqualTo("/api/things/c-1");
        JsonNode body = body(outcome);
        assertThat(body.get("date").asString()).isEqualTo("2022-06-30");
        assertThat(body.get("value").decimalValue()).isEqualByComparingTo("1234.5");
        assertThat(body.get("amount").asLong()).isEqualTo(150_000_000L);
        assertThat(body.get("municipalities").toString()).isEqualTo("[\"76001\",\"76109\"]");
        assertThat(body.at("/beneficiaries/0/count").asLong()).isEqualTo(23_800L);
        assertThat(body.get("allPacts").asBoolean()).isTrue();
        assertThat(body.get("source").asString()).isEqualTo("SIGESI");
        assertThat(body.has("thingId")).isFalse();
    }

    @Test
    void xlsx_cells_keep_their_type_numbers_exact_and_dates_as_dates() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Cosas");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Id de la cosa");
            header.createCell(1).setCellValue("Fecha de corte");
            header.createCell(2).setCellValue("Valor");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(2022);
            row.createCell(1).setCellValue(LocalDate.of(2022, 6, 30));
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(1.234);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Sheet sheet = Spreadsheets.read(xlsx, 10);
        RowReader.Outcome outcome = first(sheet, null);

        assertThat(sheet.rows().get(0).number()).isEqualTo(4);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.readings()).isEmpty();
        assertThat(outcome.line().path()).isEqualTo("/api/things/2022");
        assertThat(body(outcome).get("date").asString()).isEqualTo("2022-06-30");
        assertThat(body(outcome).get("value").decimalValue()).isEqualByComparingTo("1.234");
    }

    @Test
    void a_header_without_a_required_column_is_refused_naming_it() {
        Sheet sheet = Spreadsheets.read("Id de la cosa,Valor\nc-1,1\n".getBytes(StandardCharsets.UTF_8), 10);

        assertThatThrownBy(() -> new RowReader(KIND, sheet.header(), json, null))
                .isInstanceOf(SpreadsheetRefused.class).hasMessageContaining("Fecha de corte");
    }

    @Test
    void more_rows_than_the_bound_and_files_that_are_no_spreadsheet_are_refused() {
        assertThatThrownBy(() -> Spreadsheets.read("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOf(SpreadsheetRefused.class).extracting("status").isEqualTo(413);
        assertThatThrownBy(() -> Spreadsheets.read(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, 2))
                .isInstanceOf(SpreadsheetRefused.class).extracting("status").isEqualTo(415);
        assertThatThrownBy(() -> Spreadsheets.read(new byte[] {'P', 'K', 3, 4, 0, 0}, 2))
                .isInstanceOf(SpreadsheetRefused.class).extracting("status").isEqualTo(415);
    }

    @Test
    void a_file_not_in_utf8_is_read_as_windows_1252_and_said() {
        byte[] ansi = "Id de la cosa;Fecha de corte\nmunicipio-ñ;30/06/2022\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Sheet sheet = Spreadsheets.read(ansi, 10);

        assertThat(sheet.rows().get(0).cell(0).text()).isEqualTo("municipio-ñ");
        assertThat(sheet.notices()).singleElement().asString().contains("Windows-1252");
    }
}
