package co.pactos.reporting.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link DataTable} as a spreadsheet (Office Open XML, {@code .xlsx}): one sheet, the columns' Spanish labels in a bold,
 * frozen first row, numbers as numeric cells (whole numbers with thousands separators, decimals as they are: the
 * spreadsheet shows them in the reader's locale) and everything else as text, so codes keep their leading zeros.
 */
public final class XlsxTable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxTable() {
    }

    /** One sheet of a workbook: its name and its table. */
    public record NamedTable(String sheetName, DataTable table) {
    }

    public static byte[] bytes(DataTable table, String sheetName) {
        return workbook(List.of(new NamedTable(sheetName, table)));
    }

    /** Several tables, one sheet each, in the order given. */
    public static byte[] workbook(List<NamedTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0##"));
            for (NamedTable named : tables) {
                sheet(workbook.createSheet(named.sheetName()), named.table(), header, whole, decimal);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, DataTable table, CellStyle header, CellStyle whole, CellStyle decimal) {
        Row first = sheet.createRow(0);
        List<DataTable.Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(columns.get(c).label());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, 18 * 256);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(number.scale() > 0 ? decimal : whole);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(whole);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
