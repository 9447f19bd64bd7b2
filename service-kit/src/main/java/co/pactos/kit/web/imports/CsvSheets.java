package co.pactos.kit.web.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheet programs write it (RFC 4180 quoting, CRLF or LF): UTF-8 with or without a byte order mark,
 * separated by {@code ,} or by {@code ;} (what Excel writes with Colombian regional settings), told apart by the header
 * line. A file that is not UTF-8 is read as Windows-1252 (Excel's "CSV (delimitado por comas)") and the report says so.
 */
final class CsvSheets {

    private CsvSheets() {
    }

    static Sheet read(byte[] bytes, int maxRows) {
        List<String> notices = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
            notices.add("El archivo no está en UTF-8: se leyó como Windows-1252 (ANSI). Revise las tildes y las eñes del informe;"
                    + " para evitarlo, guárdelo como «CSV UTF-8».");
        }
        char separator = separator(text);
        List<Sheet.Row> rows = new ArrayList<>();
        Sheet.Row header = null;
        int number = 0;
        List<Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean end = i == text.length();
            if (quoted && !end) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == separator) {
                cells.add(Cell.text(cell.toString()));
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r' || end) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !cell.isEmpty() || !end) {
                    cells.add(Cell.text(cell.toString()));
                    number++;
                    Sheet.Row row = new Sheet.Row(number, List.copyOf(cells));
                    if (!row.blank()) {
                        if (header == null) {
                            header = row;
                        } else {
                            if (rows.size() == maxRows) {
                                throw Spreadsheets.tooManyRows(maxRows);
                            }
                            rows.add(row);
                        }
                    }
                }
                cells.clear();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
            i++;
        }
        if (quoted) {
            throw new SpreadsheetRefused(400, "The CSV file ends inside a quoted cell (a \" is not closed); fix it and send it again."
                    + " Nothing was recorded.", "file");
        }
        return new Sheet("csv", header, rows, notices);
    }

    /** The separator of the header line: {@code ;} or {@code ,} (or a tab), whichever it has more of outside quotes. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
