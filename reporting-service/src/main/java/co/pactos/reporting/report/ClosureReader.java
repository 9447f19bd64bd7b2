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
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the closures of a plan's periods that cover a report's window, as known at the report's instant: per period the
 * latest closure (a closure after a reopening replaces the earlier one) with the reopenings recorded after it.
 */
@Component
class ClosureReader {

    private final JdbcClient jdbc;

    ClosureReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside a read of the projection: the known_* views stand at {@code at}. */
    List<Closure> covering(String planId, ReportWindow window, Instant at, Dependencies dependencies) {
        List<Closure> closures = new ArrayList<>();
        jdbc.sql("""
                        select c.period, c.from_date, c.to_date, c.recorded_at, c.recorded_by, c.recorded_client, c.recorded_dependency,
                               c.reason, c.event_id
                        from (select distinct on (period) * from known_period_closure where plan_id = ?
                              order by period, recorded_at desc, kafka_offset desc) c
                        where c.from_date <= ? and c.to_date >= ?
                        order by c.from_date, c.to_date, c.period""")
                .params(planId, window.to(), window.from())
                .query(rs -> {
                    closures.add(new Closure(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            rs.getTimestamp(4).toInstant(), recorder(rs, 5, dependencies), rs.getString(8), rs.getString(9),
                            reopenings(planId, rs.getString(1), rs.getTimestamp(4), at, dependencies)));
                });
        return closures;
    }

    private List<Reopening> reopenings(String planId, String period, Timestamp closedAt, Instant at, Dependencies dependencies) {
        return jdbc.sql("""
                        select reopening_id, recorded_at, recorded_by, recorded_client, recorded_dependency, reason, until
                        from known_period_reopening where plan_id = ? and period = ? and recorded_at >= ?
                        order by recorded_at, reopening_id""")
                .params(planId, period, closedAt)
                .query((rs, i) -> {
                    Timestamp until = rs.getTimestamp(7);
                    return new Reopening(rs.getString(1), rs.getTimestamp(2).toInstant(), recorder(rs, 3, dependencies), rs.getString(6),
                            until == null ? null : until.toInstant(), until == null || at.isBefore(until.toInstant()));
                })
                .list();
    }

    private static Recorder recorder(ResultSet rs, int first, Dependencies dependencies) throws SQLException {
        String dependency = rs.getString(first + 2);
        return new Recorder(rs.getString(first), rs.getString(first + 1), dependency,
                dependency == null ? null : dependencies.name(dependency));
    }
}
