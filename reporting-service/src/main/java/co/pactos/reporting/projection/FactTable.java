package co.pactos.reporting.projection;

import java.util.List;

/**
 * A table of the projection, the topic its events come from, and the columns a handler fills, in
 * order. Every table also has the columns that say which event recorded the row and where it sits on
 * the log ({@link #TRAILING}).
 */
record FactTable(String name, String topic, List<String> columns) {

    /** Written by the writer for every row, after the handler's columns. */
    static final List<String> TRAILING = List.of("event_id", "recorded_at", "kafka_partition", "kafka_offset");

    FactTable(String name, String topic, String... columns) {
        this(name, topic, List.of(columns));
    }

    List<String> allColumns() {
        return java.util.stream.Stream.concat(columns.stream(), TRAILING.stream()).toList();
    }
}
