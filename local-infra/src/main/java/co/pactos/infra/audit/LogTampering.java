package co.pactos.infra.audit;

import co.pactos.infra.audit.AuditVerifier.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A command service's chained log as its audit tests read it and tamper with it in PostgreSQL ({@code audit_chain} beside
 * Axon's {@code domain_event_entry}): what an edit, a deletion or a swap in the database looks like to the verifier.
 * Each tampering is undone before it returns.
 */
public final class LogTampering {

    private final DataSource database;

    public LogTampering(DataSource database) {
        this.database = database;
    }

    /** The position of the first chained event stored as {@code storedClass} (its simple name, e.g. {@code CallOpenedEvent}). */
    public long positionOf(String storedClass) {
        return ((Number) single("""
                select min(c.position) from audit_chain c join domain_event_entry e on e.global_index = c.global_index
                where e.payload_type like ?""", "%." + storedClass)).longValue();
    }

    public String eventAt(long position) {
        return (String) single("select event_id from audit_chain where position = ?", position);
    }

    public String hashAt(long position) {
        return (String) single("select hash from audit_chain where position = ?", position);
    }

    /** Replaces {@code from} by {@code to} in the stored payload of event {@code eventId}, as an edit in PostgreSQL would. */
    public void replaceInPayload(String eventId, String from, String to) {
        update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')"
                + " where event_identifier = ?", from, to, eventId);
    }

    /** The verdict on the log without the event at {@code position}; the event is stored back before this returns. */
    public Verdict withoutEventAt(long position, Supplier<Verdict> verify) {
        String eventId = eventAt(position);
        update("create table saved_event as select * from domain_event_entry where event_identifier = ?", eventId);
        update("delete from domain_event_entry where event_identifier = ?", eventId);
        try {
            return verify.get();
        } finally {
            update("insert into domain_event_entry select * from saved_event");
            update("drop table saved_event");
        }
    }

    /** The verdict on the log with the events at {@code position} and the next one swapped; swapped back before this returns. */
    public Verdict withSwapped(long position, Supplier<Verdict> verify) {
        long a = globalIndexAt(position);
        long b = globalIndexAt(position + 1);
        swapGlobalIndexes(a, b);
        try {
            return verify.get();
        } finally {
            swapGlobalIndexes(a, b);
        }
    }

    private long globalIndexAt(long position) {
        return ((Number) single("select global_index from audit_chain where position = ?", position)).longValue();
    }

    private void swapGlobalIndexes(long a, long b) {
        update("update domain_event_entry set global_index = -1 where global_index = ?", a);
        update("update domain_event_entry set global_index = ? where global_index = ?", a, b);
        update("update domain_event_entry set global_index = ? where global_index = -1", b);
    }

    /** The one value {@code sql} answers. */
    private Object single(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rows.getObject(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
