package co.pactos.kit.web.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX fixtures of the import tests from their text form, once (the XLSX files are checked in beside the
 * text): {@code java FixtureWorkbook.java a.xlsx.txt ...} writes {@code a.xlsx}. The first line is {@code # <sheet name>};
 * then one row per line, cells separated by {@code |}: {@code d:2022-06-30} a date cell (dd/mm/yyyy), {@code n:0.25} a
 * number cell, anything else a text cell exactly as typed (so {@code 1.234,5} stays text, as a person types it with
 * Colombian settings). An empty line is an empty row.
 */
public final class FixtureWorkbook {

    private FixtureWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        for (String spec : args) {
            write(Path.of(spec), Path.of(spec.replaceFirst("\\.txt$", "")));
        }
    }

    static void write(Path spec, Path xlsx) throws IOException {
        List<String> lines = Files.readAllLines(spec);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFSheet sheet = workbook.createSheet(lines.get(0).substring(1).strip());
            for (int r = 1; r < lines.size(); r++) {
                if (lines.get(r).isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r - 1);
                String[] cells = lines.get(r).split("\\|", -1);
                for (int c = 0; c < cells.length; c++) {
                    String cell = cells[c];
                    if (cell.startsWith("d:")) {
                        row.createCell(c).setCellValue(LocalDate.parse(cell.substring(2)));
                        row.getCell(c).setCellStyle(date);
                    } else if (cell.startsWith("n:")) {
                        row.createCell(c).setCellValue(Double.parseDouble(cell.substring(2)));
                    } else if (!cell.isEmpty()) {
                        row.createCell(c).setCellValue(cell);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
