package co.pactos.reporting.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a plan's activities and calls reached, per DIVIPOLA code, from the projection's {@code known_*} views (only what
 * had been recorded by the read's instant: asOf); call inside {@code ProjectionReads.live}. An activity or a call counts
 * in every municipality it names; its beneficiaries, ventures, jobs and money are given to a municipality only when it
 * names that one alone, and otherwise added up under {@link #SEVERAL} (never split by guess).
 */
@Component
class MunicipalityReachQuery {

    /** The key of what reached several municipalities and cannot be attributed to one. */
    static final String SEVERAL = "*";

    /** What reached one municipality (or, under {@link #SEVERAL}, several at once). */
    static final class Reach {
        long activities;
        long beneficiaries;
        long calls;
        long ventures;
        long jobs;
        long committed;
        long executed;
    }

    private final JdbcClient jdbc;

    MunicipalityReachQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Activities of the plan that ran in the window; calls of the window's fiscal years that the plan invests in (a call names
     * no plan); investments of the plan committed in the window.
     */
    Map<String, Reach> read(String planId, LocalDate from, LocalDate to) {
        Map<String, Reach> reach = new HashMap<>();
        jdbc.sql("""
                        with a as (
                            select a.municipalities as m,
                                   (select coalesce(sum((b ->> 'count')::bigint), 0) from jsonb_array_elements(a.beneficiaries) b) as people
                            from known_activity a
                            where (a.plan_id = :plan or (a.plan_id is null and exists (select 1 from known_pact p where p.pact_id = any(a.pacts) and p.plan_id = :plan))) and a.start_date <= :to
                              and (a.end_date is null or a.end_date >= :from) and cardinality(a.municipalities) > 0)
                        select code, count(*), sum(case when cardinality(m) = 1 then people else 0 end)
                        from a cross join lateral unnest(m) as code group by code
                        union all
                        select :several, count(*), coalesce(sum(people), 0) from a where cardinality(m) > 1""")
                .param("plan", planId).param("from", from).param("to", to).param("several", SEVERAL)
                .query(rs -> {
                    Reach r = reach.computeIfAbsent(rs.getString(1), k -> new Reach());
                    r.activities = rs.getLong(2);
                    r.beneficiaries = rs.getLong(3);
                });
        jdbc.sql("""
                        with c as (
                            select c.municipalities as m,
                                   coalesce((select sum(r.ventures) from known_call_result r where r.call_id = c.call_id and r.date <= :to), 0) as v,
                                   coalesce((select sum(r.jobs) from known_call_result r where r.call_id = c.call_id and r.date <= :to), 0) as j
                            from known_funding_call c
                            where c.fiscal_year between :fromYear and :toYear and cardinality(c.municipalities) > 0
                              and c.call_id in (select i.call_id from known_investment i where i.plan_id = :plan or (i.plan_id is null and exists (select 1 from known_pact p where p.pact_id = any(i.pacts) and p.plan_id = :plan))))
                        select code, count(*), sum(case when cardinality(m) = 1 then v else 0 end),
                               sum(case when cardinality(m) = 1 then j else 0 end)
                        from c cross join lateral unnest(m) as code group by code
                        union all
                        select :several, count(*), coalesce(sum(v), 0), coalesce(sum(j), 0) from c where cardinality(m) > 1""")
                .param("plan", planId).param("to", to).param("fromYear", from.getYear()).param("toYear", to.getYear()).param("several", SEVERAL)
                .query(rs -> {
                    Reach r = reach.computeIfAbsent(rs.getString(1), k -> new Reach());
                    r.calls = rs.getLong(2);
                    r.ventures = rs.getLong(3);
                    r.jobs = rs.getLong(4);
                });
        // an investment is placed by its activity's municipalities, or else by its call's; committed and executed as the reports count them
        jdbc.sql("""
                        with inv as (
                            select case when cardinality(a.municipalities) > 0 then a.municipalities else c.municipalities end as m,
                                   i.amount + coalesce((select sum(x.amount) from known_investment_adjustment x
                                                        where x.investment_id = i.investment_id and x.date <= :to), 0) as committed,
                                   coalesce((select sum(x.amount) from known_investment_execution x
                                             where x.investment_id = i.investment_id and x.date <= :to), 0) as executed
                            from known_investment i
                            left join known_activity a on a.activity_id = i.activity_id
                            left join known_funding_call c on c.call_id = i.call_id
                            where (i.plan_id = :plan or (i.plan_id is null and exists (select 1 from known_pact p where p.pact_id = any(i.pacts) and p.plan_id = :plan))) and i.date between :from and :to)
                        select case when cardinality(m) = 1 then m[1] else :several end, sum(committed), sum(executed)
                        from inv where cardinality(m) >= 1 group by 1""")
                .param("plan", planId).param("from", from).param("to", to).param("several", SEVERAL)
                .query(rs -> {
                    Reach r = reach.computeIfAbsent(rs.getString(1), k -> new Reach());
                    r.committed = rs.getLong(2);
                    r.executed = rs.getLong(3);
                });
        return reach;
    }
}
