package co.pactos.reporting.projection;

import co.pactos.reporting.projection.PactProgressFacts.Row;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one poll's events into one version of the projection, on a connection of its own whose
 * search_path is that version's schema: per table, one COPY into a temporary staging table and one
 * {@code insert ... select ... on conflict do nothing} (a redelivered event changes nothing); the
 * events that cannot be applied are parked. The caller commits the batch with the positions.
 */
final class BatchWriter {

    /** An event of the batch, read and turned into its row, or the reason it could not be. */
    record Decoded(ConsumerRecord<String, byte[]> record, LogHeaders meta, Row row, String error) {

        boolean parked() {
            return error != null;
        }
    }

    private final Connection connection;
    private final CopyManager copy;
    private final Set<String> staged = new HashSet<>();
    private final boolean bulk;

    /**
     * @param bulk the tables have no keys yet (a version filling from offset 0): rows are copied straight in, nothing
     *             checked per row; duplicates are dropped when the keys are taken
     */
    BatchWriter(Connection connection, boolean bulk) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.bulk = bulk;
    }

    boolean bulk() {
        return bulk;
    }

    /**
     * Writes the batch. A row that breaks a constraint fails the whole statement; the batch is then
     * written again event by event, each behind a savepoint, and the events that still fail are parked.
     */
    /** @return the events parked, with their reasons */
    List<Decoded> write(List<Decoded> batch) throws SQLException {
        Savepoint whole = connection.setSavepoint();
        try {
            writeRows(batch.stream().filter(d -> !d.parked() && d.row() != null).toList());
            List<Decoded> parked = batch.stream().filter(Decoded::parked).toList();
            park(parked);
            return parked;
        } catch (SQLException e) {
            if (!isDataError(e)) {
                throw e;
            }
            connection.rollback(whole);
            staged.clear(); // a staging table made inside the rolled-back part is gone
            return writeOneByOne(batch);
        }
    }

    private List<Decoded> writeOneByOne(List<Decoded> batch) throws SQLException {
        List<Decoded> parked = new ArrayList<>();
        for (Decoded event : batch) {
            if (event.parked()) {
                parked.add(event);
                continue;
            }
            if (event.row() == null) {
                continue;
            }
            Savepoint one = connection.setSavepoint();
            try {
                writeRows(List.of(event));
            } catch (SQLException e) {
                if (!isDataError(e)) {
                    throw e;
                }
                connection.rollback(one);
                staged.clear();
                parked.add(new Decoded(event.record(), event.meta(), null, "cannot be written: " + e.getMessage()));
            }
        }
        park(parked);
        return parked;
    }

    private void writeRows(List<Decoded> events) throws SQLException {
        Map<FactTable, StringBuilder> byTable = new LinkedHashMap<>();
        for (Decoded event : events) {
            StringBuilder rows = byTable.computeIfAbsent(event.row().table(), t -> new StringBuilder());
            CopyText.appendRow(rows, event.row().values(), event.meta().id(), event.meta().time(),
                    event.record().partition(), event.record().offset());
        }
        List<String> written = new ArrayList<>();
        for (FactTable table : PactProgressFacts.TABLES) {
            StringBuilder rows = byTable.get(table);
            if (rows != null) {
                writeTable(table, rows);
                written.add(table.name());
            }
        }
        moveGenerations(written);
    }

    /** One more batch for each table written; in the order of {@link PactProgressFacts#TABLES}, so that two writers lock alike. */
    private void moveGenerations(List<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        try (PreparedStatement move = connection.prepareStatement("""
                insert into fact_generation (fact, generation) select fact, 1 from unnest(?::text[]) with ordinality as t(fact, n)
                order by n on conflict (fact) do update set generation = fact_generation.generation + 1""")) {
            move.setArray(1, connection.createArrayOf("text", tables.toArray()));
            move.execute();
        }
    }

    private void writeTable(FactTable table, StringBuilder rows) throws SQLException {
        String columns = String.join(", ", table.allColumns());
        if (bulk) {
            copyIn("copy " + table.name() + " (" + columns + ") from stdin", rows);
            return;
        }
        String stage = "stage_" + table.name();
        try (Statement statement = connection.createStatement()) {
            if (staged.add(stage)) {
                statement.execute("create temporary table if not exists " + stage + " (like " + table.name()
                        + ") on commit delete rows");
            }
            copyIn("copy " + stage + " (" + columns + ") from stdin", rows);
            statement.execute("insert into " + table.name() + " (" + columns + ") select " + columns + " from " + stage
                    + " order by kafka_partition, kafka_offset on conflict do nothing");
            statement.execute("truncate " + stage);
        }
    }

    private void copyIn(String sql, StringBuilder rows) throws SQLException {
        try {
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("cannot stream rows to PostgreSQL", "08006", e);
        }
    }

    private void park(List<Decoded> parked) throws SQLException {
        if (parked.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into parked_event (topic, kafka_partition, kafka_offset, event_id, type, revision, headers, payload, error)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (topic, kafka_partition, kafka_offset)
                do update set error = excluded.error, attempts = parked_event.attempts + 1, parked_at = now()""")) {
            for (Decoded event : parked) {
                ConsumerRecord<String, byte[]> record = event.record();
                insert.setString(1, record.topic());
                insert.setInt(2, record.partition());
                insert.setLong(3, record.offset());
                insert.setString(4, LogHeaders.text(record, "ce_id"));
                insert.setString(5, LogHeaders.text(record, "ce_type"));
                String revision = LogHeaders.text(record, "ce_revision");
                insert.setObject(6, revision != null && revision.matches("\\d{1,9}") ? Integer.valueOf(revision) : null);
                insert.setString(7, headersJson(record));
                insert.setBytes(8, record.value() == null ? new byte[0] : record.value());
                insert.setString(9, event.error());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Removes the parked events that now applied. */
    static void unpark(Connection connection, List<Decoded> retried) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from parked_event where topic = ? and kafka_partition = ? and kafka_offset = ?")) {
            for (Decoded event : retried) {
                delete.setString(1, event.record().topic());
                delete.setInt(2, event.record().partition());
                delete.setLong(3, event.record().offset());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static String headersJson(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        try {
            return co.pactos.events.EventJson.mapper().writeValueAsString(headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Data exceptions (22) and integrity violations (23) are the event's fault; anything else is the database's. */
    private static boolean isDataError(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
