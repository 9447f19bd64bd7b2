package co.pactos.kit.web.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template of a kind: its Spanish headers and one example row, as XLSX (with a second sheet «Instrucciones» that
 * explains each column) or as CSV (UTF-8 with a byte order mark, separated by {@code ;} as Excel with Colombian settings
 * reads and writes it).
 */
final class Templates {

    private Templates() {
    }

    static byte[] csv(ImportKind kind) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(";", kind.columns().stream().map(column -> quoted(column.header())).toList())).append("\r\n");
        out.append(String.join(";", kind.columns().stream().map(column -> quoted(column.example())).toList())).append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static byte[] xlsx(ImportKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = boldStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            XSSFSheet sheet = workbook.createSheet(kind.title());
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            List<Column> columns = kind.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                org.apache.poi.ss.usermodel.Cell cell = header.createCell(i);
                cell.setCellValue(column.header());
                cell.setCellStyle(bold);
                example(example.createCell(i), column, date, text);
                // ids and codes stay text when typed over, so a DIVIPOLA code keeps its leading zero
                if (column.type() == ColumnType.ID || column.type() == ColumnType.MUNICIPALITIES || column.type() == ColumnType.LIST) {
                    sheet.setDefaultColumnStyle(i, text);
                }
                sheet.setColumnWidth(i, Math.max(14, Math.min(45, Math.max(column.header().length(), column.example().length()) + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            instructions(workbook.createSheet("Instrucciones"), kind, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example as a spreadsheet holds it: a date cell, a number cell, or text. */
    private static void example(org.apache.poi.ss.usermodel.Cell cell, Column column, CellStyle date, CellStyle text) {
        switch (column.type()) {
            case DATE -> {
                cell.setCellValue(ColombianDates.read(column.example()).date());
                cell.setCellStyle(date);
            }
            case DECIMAL, PESOS, SIGNED_PESOS, COUNT, YEAR -> {
                BigDecimal value = ColombianNumbers.read(column.example()).value();
                cell.setCellValue(value.doubleValue());
            }
            default -> {
                cell.setCellValue(column.example());
                cell.setCellStyle(text);
            }
        }
    }

    private static void instructions(XSSFSheet sheet, ImportKind kind, CellStyle bold) {
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue(kind.title() + ": " + kind.description());
        sheet.createRow(r++).createCell(0).setCellValue("Una fila por registro, debajo de los encabezados de la primera hoja (no los cambie;"
                + " puede quitar las columnas opcionales). Borre la fila de ejemplo antes de cargar la hoja. Si una fila ya se registró,"
                + " enviarla de nuevo no registra nada: el informe dice «Sin cambios».");
        sheet.createRow(r++).createCell(0).setCellValue("Cargue el archivo (XLSX o CSV) con POST /api/imports/" + kind.name()
                + "; el informe dice, fila por fila, qué se registró y qué corregir.");
        r++;
        Row header = sheet.createRow(r++);
        String[] titles = {"Columna", "Obligatoria", "Formato", "Qué es", "Ejemplo"};
        for (int i = 0; i < titles.length; i++) {
            org.apache.poi.ss.usermodel.Cell cell = header.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(bold);
        }
        for (Column column : kind.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(column.required() ? "Sí" : "No");
            row.createCell(2).setCellValue(column.type().format());
            row.createCell(3).setCellValue(column.help());
            row.createCell(4).setCellValue(column.example());
        }
        int[] widths = {28, 12, 60, 70, 30};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    static CellStyle boldStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
