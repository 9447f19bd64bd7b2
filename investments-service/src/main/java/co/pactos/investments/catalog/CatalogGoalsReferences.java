package co.pactos.investments.catalog;

import co.pactos.kit.security.DependencyParents;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The references and closures as investments-service's catalog holds them (tables of {@code V5__goals_catalog.sql}),
 * read in the command's own transaction. Also the dependencies' parents, which let a secretariat write for its sub-units.
 */
@Component
public class CatalogGoalsReferences implements GoalsReferences, DependencyParents {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CatalogGoalsReferences(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public boolean exists(Kind kind, String id) {
        return jdbc.sql("select count(*) from goals_catalog_entry where kind = ? and id = ?")
                .params(kind.name(), id).query(Long.class).single() > 0;
    }

    @Override
    public Optional<String> planOf(Kind kind, String id) {
        return jdbc.sql("select plan_id from goals_catalog_entry where kind = ? and id = ? and plan_id is not null")
                .params(kind.name(), id).query(String.class).optional();
    }

    /** One statement for all the ids (an investment may name hundreds of goals), not one per id. */
    @Override
    public Map<String, Optional<String>> entries(Kind kind, Collection<String> ids) {
        Map<String, Optional<String>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, plan_id from goals_catalog_entry where kind = :kind and id = any(:ids)")
                .param("kind", kind.name())
                .param("ids", ids.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), Optional.ofNullable(rs.getString(2)));
                });
        return found;
    }

    @Override
    public Optional<String> parentOf(String dependency) {
        return jdbc.sql("select parent_code from goals_catalog_entry where kind = 'DEPENDENCY' and id = ? and parent_code is not null")
                .param(dependency).query(String.class).optional();
    }

    @Override
    public Optional<PeriodClosure> closureOf(Collection<String> plans, LocalDate date) {
        // as goals-service's PlanAggregate decides: only the latest reopening recorded after the latest closure (a period
        // closed anew replaces the closure row) counts, a later reopening replacing the one in force, and it holds only
        // until its until; an earlier reopening without until holds nothing open once a later one is recorded
        String whichPlans = plans.isEmpty()
                ? "c.plan_id in (select id from goals_catalog_entry where kind = 'PLAN' and :date between start_date and end_date)"
                : "c.plan_id in (:plans)";
        JdbcClient.StatementSpec query = jdbc.sql("""
                        select c.plan_id, c.period, c.from_date, c.to_date, c.reason, c.recorded_at, c.closed_by
                        from goals_period_closure c
                        where %s and :date between c.from_date and c.to_date
                          and not exists (select 1 from (select r.until from goals_period_reopening r
                                                         where r.plan_id = c.plan_id and r.period = c.period
                                                           and (r.recorded_at, r.sequence) > (c.recorded_at, c.sequence)
                                                         order by r.recorded_at desc, r.sequence desc
                                                         limit 1) latest
                                          where latest.until is null or latest.until > :now)
                        order by c.recorded_at, c.plan_id, c.period
                        limit 1""".formatted(whichPlans))
                .param("date", date)
                .param("now", Timestamp.from(clock.instant()));
        if (!plans.isEmpty()) {
            query = query.param("plans", plans);
        }
        return query.query((rs, row) -> new PeriodClosure(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .optional();
    }
}
