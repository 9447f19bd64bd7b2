package co.pactos.kit.web.imports;

import co.pactos.kit.web.batch.LineResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The per-row report as a spreadsheet: the uploaded sheet, each row where it was, with its cells as they were sent, plus
 * {@code Estado}, {@code Problemas} and {@code Avisos} in Spanish; a second sheet «Resumen» with the counts. Written with
 * POI's streaming writer (a window of rows in memory). The person fixes the rows and sends the file again: the three
 * columns are not read, and rows already recorded answer «Sin cambios».
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static String estado(LineResult.Status status, boolean dryRun) {
        return switch (status) {
            case CREATED -> dryRun ? "Se registraría (prueba, nada se registró)" : "Registrada";
            case UNCHANGED -> "Sin cambios (ya estaba registrada)";
            case CONFLICT -> "Conflicto";
            case INVALID -> "Con errores";
            case FORBIDDEN -> "No permitida";
            case FAILED -> "Falló: envíela de nuevo";
        };
    }

    static void write(Sheet sheet, ImportKind kind, Map<Integer, ImportReportLine> results, ImportReportLine.Summary summary,
                      OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = Templates.boldStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            SXSSFSheet report = workbook.createSheet(kind.title());
            int width = width(sheet);
            Row headerRow = report.createRow(sheet.header().number() - 1);
            for (int i = 0; i < width; i++) {
                cell(headerRow, i, sheet.header().cell(i), date).setCellStyle(bold);
            }
            String[] added = {"Estado", "Problemas", "Avisos"};
            for (int i = 0; i < added.length; i++) {
                org.apache.poi.ss.usermodel.Cell cell = headerRow.createCell(width + i);
                cell.setCellValue(added[i]);
                cell.setCellStyle(bold);
            }
            report.createFreezePane(0, sheet.header().number());
            for (Sheet.Row row : sheet.rows()) {
                Row line = report.createRow(row.number() - 1);
                for (int i = 0; i < width; i++) {
                    cell(line, i, row.cell(i), date);
                }
                ImportReportLine result = results.get(row.number());
                if (result != null) {
                    line.createCell(width).setCellValue(estado(result.status(), summary.dryRun()));
                    line.createCell(width + 1).setCellValue(join(result.problems()));
                    line.createCell(width + 2).setCellValue(join(result.readings()));
                }
            }
            report.setColumnWidth(width + 1, 80 * 256);
            report.setColumnWidth(width + 2, 60 * 256);
            summary(workbook.createSheet("Resumen"), summary, bold);
            workbook.write(out);
        }
    }

    /** The columns of the uploaded sheet that are data (a report's own columns, sent back, are written again once, at the end). */
    private static int width(Sheet sheet) {
        int width = sheet.header().cells().size();
        while (width > 0 && (sheet.header().cell(width - 1).blank() || RowReader.isReportColumn(sheet.header().cell(width - 1).text()))) {
            width--;
        }
        return width;
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Row row, int index, Cell value, CellStyle date) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(index);
        switch (value.kind()) {
            case NUMBER -> cell.setCellValue(Double.parseDouble(value.text()));
            case DATE -> {
                cell.setCellValue(LocalDate.parse(value.text()));
                cell.setCellStyle(date);
            }
            case BOOLEAN -> cell.setCellValue(Boolean.parseBoolean(value.text()));
            case TEXT -> {
                if (!value.text().isEmpty()) {
                    cell.setCellValue(value.text());
                }
            }
        }
        return cell;
    }

    private static String join(List<RowMessage> messages) {
        return messages == null ? "" : String.join("\n", messages.stream().map(RowMessage::text).toList());
    }

    private static void summary(SXSSFSheet sheet, ImportReportLine.Summary summary, CellStyle bold) {
        Object[][] lines = {
                {"Filas leídas", summary.rows()},
                {"Registradas", summary.created()},
                {"Sin cambios (ya estaban registradas)", summary.unchanged()},
                {"Conflicto", summary.conflict()},
                {"Con errores", summary.invalid()},
                {"No permitidas", summary.forbidden()},
                {"Fallaron (envíelas de nuevo)", summary.failed()},
                {"Registradas por esta carga", summary.recorded()},
                {"Prueba (nada se registró)", summary.dryRun() ? "sí" : "no"},
                {"Todo o nada", summary.atomic() ? "sí" : "no"}};
        int r = 0;
        for (Object[] line : lines) {
            Row row = sheet.createRow(r++);
            org.apache.poi.ss.usermodel.Cell label = row.createCell(0);
            label.setCellValue((String) line[0]);
            label.setCellStyle(bold);
            if (line[1] instanceof Integer n) {
                row.createCell(1).setCellValue(n);
            } else {
                row.createCell(1).setCellValue((String) line[1]);
            }
        }
        for (String notice : summary.notices()) {
            sheet.createRow(r++).createCell(0).setCellValue(notice);
        }
        sheet.setColumnWidth(0, 40 * 256);
    }
}
