package co.pactos.reporting.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of typed cells, written as CSV ({@link CsvTable}), as a spreadsheet ({@link XlsxTable}) or as JSON records. A
 * cell is text ({@link String}, also for codes such as DIVIPOLA {@code 05001}), a number ({@link Number}), a date or an
 * instant (written as ISO-8601 text), or null (empty). Each column has a stable snake_case name (CSV and JSON) and a
 * Spanish label (the spreadsheet's header).
 */
public final class DataTable {

    public record Column(String name, String label) {
    }

    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public DataTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public DataTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells under " + columns.size() + " columns");
        }
        rows.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells.clone())));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public List<List<Object>> rows() {
        return List.copyOf(rows);
    }

    /** Each row as a record of column name to value (numbers stay numbers, dates and instants become ISO-8601 text). */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object cell = row.get(i);
                record.put(columns.get(i).name(), cell == null || cell instanceof Number || cell instanceof String ? cell : cell.toString());
            }
            records.add(record);
        }
        return records;
    }
}
