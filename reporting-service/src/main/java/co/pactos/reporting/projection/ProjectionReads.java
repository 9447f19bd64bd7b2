package co.pactos.reporting.projection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs report queries on one consistent snapshot of one version of the projection: the live one
 * (looked up in the same transaction, so a switch of versions is seen whole or not at all) or a
 * version named by the caller (the check of a new version against the live one).
 */
@Component
public class ProjectionReads {

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    public ProjectionReads(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Runs {@code query} on the live version as it knew {@code asOf} (null: now). */
    public <T> T live(String name, Instant asOf, Function<KnownAt, T> query) {
        return snapshot.execute(tx -> {
            LiveVersion live = jdbc.sql("select version, schema_name from projection_version where name = ? and state = 'LIVE'")
                    .param(name).query((rs, i) -> new LiveVersion(rs.getInt(1), rs.getString(2))).optional()
                    .orElseThrow(() -> new ProjectionUnavailable("the " + name + " projection is being built from the event log "
                            + "and answers once it has caught up; follow it at /api/admin/projections and try again in a few seconds"));
            return query.apply(enter(name, live.version(), live.schema(), asOf));
        });
    }

    private record LiveVersion(int version, String schema) {
    }

    /** No version of the projection is live yet: answered 503 with Retry-After. */
    public static class ProjectionUnavailable extends RuntimeException {
        ProjectionUnavailable(String message) {
            super(message);
        }
    }

    /** Runs {@code query} on one version, whatever its state. */
    public <T> T version(String name, int version, Instant asOf, Function<KnownAt, T> query) {
        return snapshot.execute(tx -> query.apply(enter(name, version, jdbc.sql(
                "select schema_name from projection_version where name = ? and version = ?").params(name, version)
                .query(String.class).single(), asOf)));
    }

    /**
     * Runs {@code query} on a schema of the projection's tables that no version owns (a {@link ReplayBuild}), as it knew
     * {@code asOf} (null: everything it holds): no positions, so no watermark.
     */
    public <T> T replay(ReplayBuild build, Instant asOf, Function<KnownAt, T> query) {
        return snapshot.execute(tx -> query.apply(enter("audit-replay", 0, build.schema(), asOf)));
    }

    private KnownAt enter(String name, int version, String schema, Instant asOf) {
        Instant at = asOf == null ? Instant.now() : asOf;
        // the one place asOf is applied: the known_* views of the version read only what was recorded by then
        jdbc.sql("select set_config('search_path', ?, true), set_config('pactos.known_at', ?, true)")
                .params(schema + ", public", at.toString()).query().listOfRows();
        var state = jdbc.sql("""
                        select min(caught_up_at), bool_and(caught_up_at is not null), coalesce(sum(next_offset), 0),
                               (select count(*) from parked_event)
                        from projection_position where name = ? and version = ?""")
                .params(name, version)
                .query((rs, i) -> new Object[] {rs.getTimestamp(1), rs.getBoolean(2), rs.getLong(3), rs.getLong(4)}).single();
        Timestamp watermark = (Boolean) state[1] ? (Timestamp) state[0] : null;
        long generation = (Long) state[2] * 31 + (Long) state[3];
        Map<String, Long> facts = new HashMap<>();
        jdbc.sql("select fact, generation from fact_generation").query(rs -> {
            facts.put(rs.getString(1), rs.getLong(2));
        });
        return new KnownAt(asOf, at, schema, version, watermark == null ? null : watermark.toInstant(), generation, Map.copyOf(facts),
                (Long) state[3]);
    }
}
