package co.pactos.bench;

import co.pactos.infra.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What PostgreSQL itself does on the same server in the same run, with a row shaped like Axon's
 * {@code domain_event_entry} (same columns, keys and sizes of payload and metadata as a progress report):
 * one row per transaction from as many connections as a service's pool, and JDBC batches of 1 000 rows on one
 * connection. The table lives in a database of its own, dropped at the end.
 */
final class PostgresBaseline {

    static final String DATABASE = "pactos_bench_writes_baseline";
    private static final int BATCH = 1_000;
    private static final byte[] PAYLOAD = ("{\"goalId\":\"bench-goal-17\",\"reportId\":\"p-17-123456\",\"effectiveDate\":\"2022-06-30\","
            + "\"value\":123456,\"note\":null,\"corrects\":null,\"reason\":null}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] META = ("{\"client\":\"planeacion\",\"dependency\":\"SDSP\",\"actor\":\"planeacion\",\"sourceSystem\":\"BENCH\","
            + "\"traceId\":\"7f1c2a8e-0b5d-4e0a-9a43-2f0f6c1d9b11\",\"correlationId\":\"7f1c2a8e-0b5d-4e0a-9a43-2f0f6c1d9b11\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final String INSERT = """
            insert into baseline_event (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,
                payload_revision, payload_type, time_stamp) values (?, ?, 'GoalAggregate', ?, ?, ?, '1', 'co.pactos.goals.ProgressReported', ?)""";

    /** Rows per second of each way of writing. */
    record Rates(double oneRowPerTransaction, int connections, double jdbcBatch, long batchRows) {
    }

    private final PostgresServer server;

    PostgresBaseline(PostgresServer server) {
        this.server = server;
    }

    Rates measure(int connections, Duration oneRowDuration, int batchRows) throws Exception {
        server.createDatabaseIfMissing(DATABASE);
        try (Connection setup = connect()) {
            try (Statement statement = setup.createStatement()) {
                statement.execute("drop table if exists baseline_event");
                statement.execute("""
                        create table baseline_event (
                            global_index bigserial primary key, aggregate_identifier varchar(255) not null, sequence_number bigint not null,
                            type varchar(255), event_identifier varchar(255) not null unique, meta_data bytea, payload bytea not null,
                            payload_revision varchar(255), payload_type varchar(255) not null, time_stamp varchar(255) not null,
                            unique (aggregate_identifier, sequence_number))""");
            }
            double single = oneRowPerTransaction(connections, oneRowDuration);
            double batch = jdbcBatch(batchRows);
            try (Statement statement = setup.createStatement()) {
                statement.execute("drop table baseline_event");
            }
            return new Rates(single, connections, batch, batchRows);
        }
    }

    private double oneRowPerTransaction(int connections, Duration duration) throws Exception {
        AtomicLong rows = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            String aggregate = "single-" + c;
            Thread thread = new Thread(() -> {
                try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (long sequence = 0; System.nanoTime() < end; sequence++) {
                        bind(insert, aggregate, sequence);
                        insert.executeUpdate(); // autocommit: one row, one transaction, one WAL flush
                        rows.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "baseline-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rows.get() / ((System.nanoTime() - started) / 1e9);
    }

    private double jdbcBatch(int rows) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                bind(insert, "batch-" + (i / 250), i % 250); // aggregates of 250 events, as issue 9's goals grow to
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == rows - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            return rows / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static void bind(PreparedStatement insert, String aggregate, long sequence) throws SQLException {
        insert.setString(1, aggregate);
        insert.setLong(2, sequence);
        insert.setString(3, UUID.randomUUID().toString());
        insert.setBytes(4, META);
        insert.setBytes(5, PAYLOAD);
        insert.setString(6, Instant.now().toString());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(DATABASE), server.user(), server.password());
    }
}
