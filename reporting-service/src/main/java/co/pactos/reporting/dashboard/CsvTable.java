package co.pactos.reporting.dashboard;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link DataTable} as a CSV download (RFC 4180): UTF-8 with a byte order mark (so spreadsheets read the accents), comma
 * separated, CRLF line ends, a header of the columns' stable snake_case names. Text (ids, codes, names, dates) is always
 * quoted, so a code such as DIVIPOLA {@code 05001} stays text; numbers are plain (dot decimal, no thousands separator),
 * empty when absent.
 */
public final class CsvTable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTable() {
    }

    public static byte[] bytes(DataTable table) {
        StringBuilder csv = new StringBuilder(String.join(",", table.names())).append("\r\n");
        for (List<Object> row : table.rows()) {
            csv.append(row.stream().map(CsvTable::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return "\"" + value.toString().replace("\"", "\"\"") + "\"";
    }
}
