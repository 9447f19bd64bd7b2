package co.pactos.reporting.report;

import co.pactos.reporting.report.PactReport.Closure;
import co.pactos.reporting.report.PactReport.Recorder;
import co.pactos.reporting.report.PactReport.Reopening;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the closures of a plan's periods that cover a report's window, as known at the report's instant: per period the
 * latest closure (a closure after a reopening replaces the earlier one) with the reopenings recorded after it. As in
 * goals-service, a later reopening replaces the one in force: only the latest of them can be in force, until its
 * {@code until}.
 */
@Component
class ClosureReader {

    private final JdbcClient jdbc;

    ClosureReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Call inside a read of the projection: the known_* views stand at {@code at}. One query: each closure with its
     * reopenings (none: one row of nulls), in the closures' order, then the reopenings' (as recorded) within each.
     */
    List<Closure> covering(String planId, ReportWindow window, Instant at, Dependencies dependencies) {
        Map<String, Closure> closures = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.period, c.from_date, c.to_date, c.recorded_at, c.recorded_by, c.recorded_client, c.recorded_dependency,
                               c.reason, c.event_id,
                               r.reopening_id, r.recorded_at, r.recorded_by, r.recorded_client, r.recorded_dependency, r.reason, r.until
                        from (select distinct on (period) * from known_period_closure where plan_id = ?
                              order by period, recorded_at desc, kafka_offset desc) c
                        left join known_period_reopening r on r.plan_id = c.plan_id and r.period = c.period and r.recorded_at >= c.recorded_at
                        where c.from_date <= ? and c.to_date >= ?
                        order by c.from_date, c.to_date, c.period, r.recorded_at, r.kafka_offset""")
                .params(planId, window.to(), window.from())
                .query(rs -> {
                    Closure closure = closures.get(rs.getString(1));
                    if (closure == null) {
                        closure = new Closure(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                                rs.getTimestamp(4).toInstant(), recorder(rs, 5, dependencies), rs.getString(8), rs.getString(9),
                                new ArrayList<>());
                        closures.put(closure.period(), closure);
                    }
                    if (rs.getString(10) != null) {
                        List<Reopening> reopenings = closure.reopenings();
                        if (!reopenings.isEmpty()) {
                            // replaced by this later one
                            Reopening earlier = reopenings.remove(reopenings.size() - 1);
                            reopenings.add(new Reopening(earlier.reopeningId(), earlier.reopenedAt(), earlier.reopenedBy(),
                                    earlier.reason(), earlier.until(), false));
                        }
                        reopenings.add(reopening(rs, at, dependencies));
                    }
                });
        return new ArrayList<>(closures.values());
    }

    /** A reopening as if it were the latest of its closure: in force unless its {@code until} had passed at {@code at}. */
    private static Reopening reopening(ResultSet rs, Instant at, Dependencies dependencies) throws SQLException {
        Timestamp until = rs.getTimestamp(16);
        return new Reopening(rs.getString(10), rs.getTimestamp(11).toInstant(), recorder(rs, 12, dependencies), rs.getString(15),
                until == null ? null : until.toInstant(), until == null || at.isBefore(until.toInstant()));
    }

    private static Recorder recorder(ResultSet rs, int first, Dependencies dependencies) throws SQLException {
        String dependency = rs.getString(first + 2);
        return new Recorder(rs.getString(first), rs.getString(first + 1), dependency,
                dependency == null ? null : dependencies.name(dependency));
    }
}
