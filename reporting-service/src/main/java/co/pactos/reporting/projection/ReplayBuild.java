package co.pactos.reporting.projection;

import co.pactos.reporting.projection.BatchWriter.Decoded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pact progress projection built from records given by the caller (an exported log, for an audit) rather than
 * read from Kafka: a schema of its own, the same tables, handlers and writer as a version built from offset 0, never registered as a version, so nothing reads it but its owner, and dropped when the owner closes it.
 * Each source's records are put in a partition of their own, at offset = their position in the source's log.
 */
public final class ReplayBuild implements AutoCloseable {

    /** Schemas of replays are named with this, then the second they were made in (so leftovers can be told by age). */
    static final String PREFIX = "audit_replay_";

    private static final Logger log = LoggerFactory.getLogger(ReplayBuild.class);

    /** An event the replay could not apply, and why. */
    public record Parked(String eventId, int partition, long position, String error) {
    }

    private final Connection connection;
    private final String schema;
    private final BatchWriter writer;
    private final List<Parked> parked = new ArrayList<>();
    private long written;
    private boolean closed;

    private ReplayBuild(Connection connection, String schema) throws SQLException {
        this.connection = connection;
        this.schema = schema;
        this.writer = new BatchWriter(connection, true);
    }

    /** Makes the schema and its tables (without keys: the rows are copied in, as a version filling from offset 0). */
    public static ReplayBuild open(DataSource dataSource) throws SQLException {
        dropLeftovers(dataSource);
        String schema = PREFIX + Instant.now().getEpochSecond() + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt() >>> 4);
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create schema " + schema);
                statement.execute("set search_path to " + schema + ", public");
                // a replay is scratch work: nothing of it needs to survive a crash of the server
                statement.execute("set synchronous_commit to off");
                statement.execute(ProjectionRegistry.script("pact-progress.sql"));
            }
            connection.commit();
            return new ReplayBuild(connection, schema);
        } catch (SQLException | RuntimeException e) {
            try (Statement statement = connection.createStatement()) {
                connection.rollback();
                statement.execute("drop schema if exists " + schema + " cascade");
            } finally {
                connection.close();
            }
            throw e;
        }
    }

    public String schema() {
        return schema;
    }

    /** How many records were written (applied or parked). */
    public long written() {
        return written;
    }

    public List<Parked> parked() {
        return List.copyOf(parked);
    }

    /**
     * Decodes and writes records, in the order of their logs, in one transaction. Their chain is the caller's to check (the
     * records carry no chain headers): an export is checked line by line as it is read.
     */
    public void write(List<ConsumerRecord<String, byte[]>> records) throws SQLException {
        // decoded on the common pool as a build from offset 0 decodes a large poll, in order: the export was read and checked
        // line by line on the caller's thread, decoding one event needs nothing of another
        List<Decoded> decoded = records.parallelStream().map(ProjectionRunner::decode).toList();
        try {
            for (Decoded d : writer.write(decoded)) {
                parked.add(new Parked(d.meta() == null ? null : d.meta().id(), d.record().partition(), d.record().offset(), d.error()));
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        written += records.size();
    }

    /** Removes what a source's log holds after {@code position}: the replay stops at a checkpoint. */
    public void cutAfter(int partition, long position) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (FactTable table : PactProgressFacts.TABLES) {
                statement.execute("delete from " + table.name() + " where kafka_partition = " + partition + " and kafka_offset > " + position);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from parked_event where kafka_partition = ? and kafka_offset > ?")) {
            delete.setInt(1, partition);
            delete.setLong(2, position);
            delete.executeUpdate();
        }
        connection.commit();
        parked.removeIf(p -> p.partition() == partition && p.position() > position);
    }

    /** Takes the keys and indexes the report queries expect; after this the schema is read like a version. */
    public void finish() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ProjectionRegistry.script("pact-progress-keys.sql"));
            statement.execute("analyze");
        }
        connection.commit();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Statement statement = connection.createStatement()) {
            connection.rollback();
            statement.execute("drop schema if exists " + schema + " cascade");
            connection.commit();
        } catch (SQLException e) {
            log.warn("could not drop the replay schema {}; it is dropped by the next replay after an hour", schema, e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the replay's connection failed", e);
            }
        }
    }

    /** Drops the schemas of replays made more than an hour ago (an instance that stopped in the middle of one). */
    static void dropLeftovers(DataSource dataSource) throws SQLException {
        long hourAgo = Instant.now().minusSeconds(3_600).getEpochSecond();
        List<String> old = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select nspname from pg_namespace where nspname like '" + PREFIX + "%'")) {
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String[] parts = name.substring(PREFIX.length()).split("_");
                    if (parts[0].matches("\\d{1,12}") && Long.parseLong(parts[0]) < hourAgo) {
                        old.add(name);
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String name : old) {
                    statement.execute("drop schema if exists " + name + " cascade");
                    log.info("dropped the leftover replay schema {}", name);
                }
            }
        }
    }
}
