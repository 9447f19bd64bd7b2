package co.pactos.reporting.report;

import co.pactos.reporting.report.PactReport.InvestmentLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads money and calls as a report shows them. An investment counts in the window its commitment
 * date falls in; what is committed is its amount plus the adjustments, and what is executed the sum
 * of its executions, each dated up to the window's end and recorded by the report's instant.
 */
@Component
class MoneyReader {

    /** A call with its programme and the ventures and jobs of its results up to the window's end. */
    record CallRow(String callId, String programmeId, String programmeName, String name, String description, int fiscalYear,
                   List<String> municipalities, long ventures, long jobs) {
    }

    /**
     * {@code %s} is a union of investment ids, each part answerable from one index (an OR of the parts, or a join,
     * made PostgreSQL scan every investment: 260 ms for 119 k, measured); the window and the instant are applied to
     * those ids only.
     */
    private static final String SELECT = """
            select i.investment_id, i.dependency, i.fiscal_year, i.date, i.activity_id, i.call_id, i.funding_source, i.goals,
                   i.amount + coalesce((select sum(a.amount) from known_investment_adjustment a
                                        where a.investment_id = i.investment_id and a.date <= :to), 0),
                   coalesce((select sum(x.amount) from known_investment_execution x
                             where x.investment_id = i.investment_id and x.date <= :to), 0)
            from known_investment i
            where i.investment_id in (%s) and i.date between :from and :to
            order by i.date, i.investment_id""";

    private final JdbcClient jdbc;

    MoneyReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Investments for the pact, for one of its goals, or for one of its activities. */
    List<InvestmentLine> forPact(String pactId, String[] goalIds, ReportWindow window) {
        return query("""
                select investment_id from investment where pacts @> array[cast(:pact as text)]
                union all select investment_id from investment where goals && cast(:goals as text[])
                union all select investment_id from investment where activity_id = any(array(
                    select activity_id from known_activity where pacts @> array[cast(:pact as text)] or goals && cast(:goals as text[])))""",
                window, Map.of("pact", pactId, "goals", goalIds));
    }

    /**
     * Investments for all pacts of the plan at once, directly or through an activity for all pacts of it (and those of
     * revision 1, which did not name their plan).
     */
    List<InvestmentLine> forAllPacts(String planId, ReportWindow window) {
        return query("""
                select investment_id from investment where all_pacts and (plan_id = :plan or plan_id is null)
                union all select investment_id from investment where activity_id = any(array(
                    select activity_id from known_activity where all_pacts and (plan_id = :plan or plan_id is null)))""",
                window, Map.of("plan", planId));
    }

    private List<InvestmentLine> query(String which, ReportWindow window, Map<String, Object> params) {
        return jdbc.sql(SELECT.formatted(which))
                .param("from", window.from()).param("to", window.to())
                .params(params)
                .query((rs, i) -> new InvestmentLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getString(7), ActivityReader.texts(rs.getArray(8)), rs.getLong(9),
                        rs.getLong(10)))
                .list();
    }

    /**
     * Which investments of the window reach which pact of the plan, counted as {@link #forPact} counts them (an
     * investment for the pact, for one of its goals or for one of its activities, once per pact), for every pact in one
     * pass over the window's investments: {@code reach (investment_id, pact_id)} and {@code inv}, the investments with
     * their money, for the select that follows.
     */
    private static final String REACH = """
            with link as (
                select l.goal_id, l.pact_id from known_goal_link l
                join known_goal g on g.goal_id = l.goal_id join known_pact p on p.pact_id = l.pact_id
                where p.plan_id = :plan),
            inv as materialized (
                select i.investment_id, i.pacts, i.goals, i.activity_id, i.dependency, i.fiscal_year, i.date, i.call_id,
                       i.funding_source, i.amount + coalesce(adj.total, 0) as committed, coalesce(ex.total, 0) as executed
                from known_investment i
                left join (select investment_id, sum(amount) as total from known_investment_adjustment
                           where date <= :to group by investment_id) adj using (investment_id)
                left join (select investment_id, sum(amount) as total from known_investment_execution
                           where date <= :to group by investment_id) ex using (investment_id)
                where i.date between :from and :to),
            activity_pact as (
                select a.activity_id, x.pact_id from known_activity a cross join lateral unnest(a.pacts) x(pact_id)
                where a.activity_id in (select activity_id from inv)
                union
                select a.activity_id, l.pact_id from known_activity a cross join lateral unnest(a.goals) g(goal_id)
                join link l on l.goal_id = g.goal_id
                where a.activity_id in (select activity_id from inv)),
            reach as (
                select i.investment_id, x.pact_id from inv i cross join lateral unnest(i.pacts) x(pact_id)
                union
                select i.investment_id, l.pact_id from inv i cross join lateral unnest(i.goals) g(goal_id)
                join link l on l.goal_id = g.goal_id
                union
                select i.investment_id, ap.pact_id from inv i join activity_pact ap on ap.activity_id = i.activity_id)
            """;

    /**
     * Committed and executed money of each pact of the plan in the window, as {@link #forPact} counts it, for every pact
     * in one query instead of one query per pact.
     */
    Map<String, long[]> byPact(String planId, ReportWindow window) {
        Map<String, long[]> money = new HashMap<>();
        jdbc.sql(REACH + """
                        select r.pact_id, sum(i.committed), sum(i.executed) from reach r join inv i using (investment_id)
                        group by r.pact_id""")
                .param("plan", planId).param("from", window.from()).param("to", window.to())
                .query(rs -> {
                    money.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return money;
    }

    /**
     * The lines {@link #forPact} gives, for every pact of the plan at once (a pact that none reaches is absent), in its
     * order: by date, then id.
     */
    Map<String, List<InvestmentLine>> linesByPact(String planId, ReportWindow window) {
        Map<String, List<InvestmentLine>> lines = new HashMap<>();
        jdbc.sql(REACH + """
                        select r.pact_id, i.investment_id, i.dependency, i.fiscal_year, i.date, i.activity_id, i.call_id,
                               i.funding_source, i.goals, i.committed, i.executed
                        from reach r join inv i using (investment_id)
                        order by i.date, i.investment_id, r.pact_id""")
                .param("plan", planId).param("from", window.from()).param("to", window.to())
                .query(rs -> {
                    lines.computeIfAbsent(rs.getString(1), pact -> new ArrayList<>()).add(new InvestmentLine(rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                            rs.getString(8), ActivityReader.texts(rs.getArray(9)), rs.getLong(10), rs.getLong(11)));
                });
        return lines;
    }

    /** The calls named, with their programmes and results; calls not (yet) recorded are left out. */
    Map<String, CallRow> calls(Collection<String> callIds, ReportWindow window) {
        Map<String, CallRow> calls = new LinkedHashMap<>();
        if (callIds.isEmpty()) {
            return calls;
        }
        jdbc.sql("""
                        select c.call_id, c.programme_id, coalesce(p.name, c.programme_id), c.name, c.description, c.fiscal_year,
                               c.municipalities,
                               coalesce((select sum(r.ventures) from known_call_result r
                                         where r.call_id = c.call_id and r.date <= :to), 0),
                               coalesce((select sum(r.jobs) from known_call_result r
                                         where r.call_id = c.call_id and r.date <= :to), 0)
                        from known_funding_call c left join known_programme p on p.programme_id = c.programme_id
                        where c.call_id = any(:ids)
                        order by c.fiscal_year, c.name, c.call_id""")
                .param("ids", callIds.toArray(String[]::new)).param("to", window.to())
                .query(rs -> {
                    calls.put(rs.getString(1), new CallRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), ActivityReader.texts(rs.getArray(7)), rs.getLong(8), rs.getLong(9)));
                });
        return calls;
    }
}
