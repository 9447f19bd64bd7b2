package co.pactos.kit.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * XLSX files whose sheet was written by hand, not by a spreadsheet program: what a caller can send must be refused with
 * a problem or read as text that its column refuses, never exhaust the service's memory or end in a 500.
 */
class CraftedXlsxTest {

    /** A workbook written by POI whose sheet XML is replaced by {@code <row>}s of our own under a header row "Valor". */
    private static byte[] workbook(String rows) throws IOException {
        byte[] written;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy")); // style 1: a date
            workbook.createSheet("Hoja").createRow(0).createCell(0).setCellValue("Valor");
            workbook.write(out);
            written = out.toByteArray();
        }
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Valor</t></is></c></row>" + rows + "</sheetData></worksheet>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals("xl/worksheets/sheet1.xml") ? sheet.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Cell onlyCell(String row) throws IOException {
        Sheet sheet = Spreadsheets.read(workbook(row), 10);
        assertThat(sheet.rows()).hasSize(1);
        return sheet.rows().get(0).cells().get(0);
    }

    @Test
    void a_number_with_a_huge_exponent_is_kept_as_the_text_written_not_written_out() throws IOException {
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\"><v>1E999999999</v></c></row>")).isEqualTo(Cell.text("1E999999999"));
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\"><v>1E-999999999</v></c></row>")).isEqualTo(Cell.text("1E-999999999"));
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\"><v>1234.5</v></c></row>")).isEqualTo(new Cell("1234.5", Cell.Kind.NUMBER));
    }

    @Test
    void a_cell_far_right_of_the_template_is_refused_naming_it_before_anything_is_allocated_for_it() {
        assertThatThrownBy(() -> Spreadsheets.read(workbook("<row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>"), 10))
                .isInstanceOf(SpreadsheetRefused.class)
                .hasMessageContaining("ZZZZZZ2").hasMessageContaining("64 columns")
                .extracting("status", "field").containsExactly(400, "file");
    }

    @Test
    void a_date_cell_holding_a_time_or_no_date_is_text_that_its_column_refuses() throws IOException {
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\" t=\"d\"><v>12:30:00</v></c></row>")).isEqualTo(Cell.text("12:30:00"));
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\" t=\"d\"><v>2022-13-45</v></c></row>")).isEqualTo(Cell.text("2022-13-45"));
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\" t=\"d\"><v>2022-06-30T00:00:00</v></c></row>"))
                .isEqualTo(new Cell("2022-06-30", Cell.Kind.DATE));
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>-5</v></c></row>")).isEqualTo(Cell.text("-5"));
        assertThat(onlyCell("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>44742</v></c></row>")).isEqualTo(new Cell("2022-06-30", Cell.Kind.DATE));
    }
}
