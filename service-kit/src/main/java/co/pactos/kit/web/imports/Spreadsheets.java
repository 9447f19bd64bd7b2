package co.pactos.kit.web.imports;

/** Reads an uploaded file as a spreadsheet, XLSX or CSV, told apart by its content rather than its name. */
final class Spreadsheets {

    private Spreadsheets() {
    }

    static Sheet read(byte[] bytes, int maxRows) {
        if (bytes.length == 0) {
            throw new SpreadsheetRefused(400, "The file is empty: send the template with one row per write. Nothing was recorded.", "file");
        }
        if (XlsxSheets.isXlsx(bytes)) {
            return XlsxSheets.read(bytes, maxRows);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0) {
            throw new SpreadsheetRefused(415, "The file is an old Excel workbook (.xls): save it as «Libro de Excel (.xlsx)» or as CSV UTF-8"
                    + " and send it again. Nothing was recorded.", "file");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new SpreadsheetRefused(415, "The file is neither an XLSX spreadsheet nor CSV text: send the template filled in,"
                        + " as .xlsx or as CSV UTF-8. Nothing was recorded.", "file");
            }
        }
        return CsvSheets.read(bytes, maxRows);
    }

    static SpreadsheetRefused tooManyRows(int maxRows) {
        return new SpreadsheetRefused(413, "A spreadsheet may have at most " + maxRows + " rows besides its header"
                + " (pactos.imports.max-rows): split it in several files. Nothing was recorded.", "file");
    }
}
