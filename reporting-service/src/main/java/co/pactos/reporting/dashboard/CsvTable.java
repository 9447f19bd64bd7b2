package co.pactos.reporting.dashboard;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as a CSV download (RFC 4180): UTF-8 with a byte order mark (so spreadsheets read the accents), comma
 * separated, CRLF line ends, a header of stable snake_case names. Text (ids, codes, names) is always quoted, so a code
 * such as DIVIPOLA {@code 05001} stays text; numbers are plain (dot decimal, no thousands separator), empty when absent.
 */
final class CsvTable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row of cells made by {@link #text} and {@link #number}. */
    CsvTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells under a header of " + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    static String text(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String number(long value) {
        return Long.toString(value);
    }

    byte[] bytes() {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : rows) {
            csv.append(String.join(",", row)).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
