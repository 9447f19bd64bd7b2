package co.pactos.reporting.projection;

import co.pactos.reporting.projection.ProjectionVersion.State;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of each projection and where each stands on the log: the one place that creates a
 * version's schema, moves a version from state to state, and drops one. The switch of reads from
 * one version to another is one transaction here.
 */
@Component
public class ProjectionRegistry {

    /** Where a version is in one partition. */
    public record Position(String topic, int partition, long nextOffset, Instant caughtUpAt) {
    }

    private final JdbcClient jdbc;

    public ProjectionRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProjectionVersion> versions(String name) {
        return jdbc.sql("""
                        select name, version, code_version, schema_name, state, created_at, live_since, check_result, indexed
                        from projection_version where name = ? order by version""")
                .param(name)
                .query((rs, i) -> new ProjectionVersion(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        State.valueOf(rs.getString(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8),
                        rs.getBoolean(9)))
                .list();
    }

    public Optional<ProjectionVersion> live(String name) {
        return versions(name).stream().filter(v -> v.state() == State.LIVE).findFirst();
    }

    public Optional<ProjectionVersion> find(String name, int version) {
        return versions(name).stream().filter(v -> v.version() == version).findFirst();
    }

    /**
     * Creates the next version: its schema and tables, empty, and no positions (it reads the log from offset 0). A version
     * BUILDING beside a live one gets its keys once caught up ({@link #takeKeys}); any other at once.
     */
    @Transactional
    public ProjectionVersion create(String name, int codeVersion, State state) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("projection-registry:" + name).query().listOfRows();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from projection_version where name = ?").param(name)
                .query(Integer.class).single();
        String schema = ProjectionVersion.schemaOf(name, version);
        jdbc.sql("drop schema if exists " + schema + " cascade").update();
        jdbc.sql("create schema " + schema).update();
        jdbc.sql("set local search_path to " + schema).update();
        jdbc.sql(script("pact-progress.sql")).update();
        boolean indexed = state != State.BUILDING;
        if (indexed) {
            jdbc.sql(script("pact-progress-keys.sql")).update();
        }
        jdbc.sql("set local search_path to public").update();
        jdbc.sql("""
                        insert into projection_version (name, version, code_version, schema_name, state, live_since, indexed)
                        values (?, ?, ?, ?, ?, case when ? = 'LIVE' then now() end, ?)""")
                .params(name, version, codeVersion, schema, state.name(), state.name(), indexed).update();
        return find(name, version).orElseThrow();
    }

    /**
     * The first version of a projection builds like any other (tables first, keys once caught up) and takes over once
     * it has caught up; until then reads answer 503.
     */
    @Transactional
    public void ensureFirst(String name, int codeVersion) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("projection-registry:" + name).query().listOfRows();
        if (versions(name).isEmpty()) {
            create(name, codeVersion, State.BUILDING);
        }
    }

    public void setState(String name, int version, State state, String checkResult) {
        jdbc.sql("update projection_version set state = ?, check_result = coalesce(?, check_result) where name = ? and version = ?")
                .params(state.name(), checkResult, name, version).update();
    }

    /** Reads switch to {@code version} in one transaction; the version that was live is retired. */
    @Transactional
    public void promote(String name, int version, String checkResult) {
        jdbc.sql("""
                        update projection_version set state = 'RETIRED', retired_at = now()
                        where name = ? and state = 'LIVE' and version <> ?""")
                .params(name, version).update();
        jdbc.sql("""
                        update projection_version set state = 'LIVE', live_since = now(), check_result = ?
                        where name = ? and version = ?""")
                .params(checkResult, name, version).update();
    }

    /** Drops a retired version: its schema, tables, positions and parked events. */
    @Transactional
    public boolean drop(String name, int version) {
        Optional<ProjectionVersion> found = find(name, version);
        if (found.isEmpty() || found.get().state() != State.RETIRED) {
            return false;
        }
        jdbc.sql("drop schema if exists " + found.get().schema() + " cascade").update();
        jdbc.sql("delete from projection_version where name = ? and version = ?").params(name, version).update();
        return true;
    }

    public List<Position> positions(String name, int version) {
        return jdbc.sql("""
                        select topic, partition, next_offset, caught_up_at from projection_position
                        where name = ? and version = ? order by topic, partition""")
                .params(name, version)
                .query((rs, i) -> new Position(rs.getString(1), rs.getInt(2), rs.getLong(3), instant(rs.getTimestamp(4))))
                .list();
    }

    public long parked(ProjectionVersion version) {
        return jdbc.sql("select count(*) from " + version.schema() + ".parked_event").query(Long.class).single();
    }

    /** The keys and indexes of a version that was filled without them, on the writer's connection (its schema on the path). */
    static void takeKeys(java.sql.Connection connection, ProjectionVersion version) throws java.sql.SQLException {
        try (var lock = connection.prepareStatement("select indexed from public.projection_version where name = ? and version = ? for update")) {
            lock.setString(1, version.name());
            lock.setInt(2, version.version());
            try (var rs = lock.executeQuery()) {
                if (!rs.next() || rs.getBoolean(1)) {
                    return; // another instance took them
                }
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute(script("pact-progress-keys.sql"));
        }
        try (var done = connection.prepareStatement("update public.projection_version set indexed = true where name = ? and version = ?")) {
            done.setString(1, version.name());
            done.setInt(2, version.version());
            done.executeUpdate();
        }
    }

    /** Whether a version has its keys (another instance may have taken them). */
    static boolean indexed(java.sql.Connection connection, ProjectionVersion version) throws java.sql.SQLException {
        try (var select = connection.prepareStatement("select indexed from public.projection_version where name = ? and version = ?")) {
            select.setString(1, version.name());
            select.setInt(2, version.version());
            try (var rs = select.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        }
    }

    static String script(String file) {
        try (InputStream in = ProjectionRegistry.class.getResourceAsStream("/projection/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
