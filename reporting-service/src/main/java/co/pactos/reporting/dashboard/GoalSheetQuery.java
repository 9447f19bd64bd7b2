package co.pactos.reporting.dashboard;

import co.pactos.events.goals.Accumulation;
import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.KnownAt;
import co.pactos.reporting.report.AmendmentReader;
import co.pactos.reporting.report.PactReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one goal from the projection's {@code known_*} views, so only what had been recorded by {@link KnownAt#at()}
 * counts (asOf); call inside {@code ProjectionReads.live}. Money counts as in the pact reports: an investment committed in
 * the window (the year for a year, the plan up to the date otherwise), committed = amount + adjustments and executed =
 * executions, each dated up to the window's end.
 */
@Component
class GoalSheetQuery {

    private final JdbcClient jdbc;
    private final int listLimit;

    GoalSheetQuery(JdbcClient jdbc, @Value("${pactos.reporting.list-limit:20}") int listLimit) {
        this.jdbc = jdbc;
        this.listLimit = listLimit;
    }

    GoalSheet read(KnownAt known, String goalId, ReportPeriod period) {
        GoalSheet.Goal goal = jdbc.sql("""
                        select goal_id, plan_id, code, statement, indicator, unit, kind, accumulation, baseline, target, dependency
                        from known_goal where goal_id = ? order by recorded_at desc limit 1""")
                .params(goalId)
                .query((rs, i) -> new GoalSheet.Goal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), Accumulation.valueOf(rs.getString(8)), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getString(11)))
                .optional().orElseThrow(() -> new ResourceNotFound("/metas/" + goalId));
        PactReport.Plan plan = jdbc.sql("select plan_id, name, start_date, end_date from known_plan where plan_id = ? order by recorded_at desc limit 1")
                .params(goal.planId())
                .query((rs, i) -> new PactReport.Plan(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> new ResourceNotFound("/metas/" + goalId));
        period.requireWithin(plan.startDate(), plan.endDate());
        LocalDate from = period.kind() == ReportPeriod.Kind.YEAR ? LocalDate.of(period.year(), 1, 1) : plan.startDate();
        LocalDate to = period.end(plan.endDate());

        String dependencyName = jdbc.sql("select name from known_dependency where code = ? order by recorded_at desc limit 1")
                .params(goal.dependency()).query(String.class).optional().orElse(null);
        Map<Integer, BigDecimal> targets = new HashMap<>();
        jdbc.sql("select year, value from known_annual_target where goal_id = ? order by recorded_at")
                .params(goalId).query(rs -> {
                    targets.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        List<GoalSheet.ReportRow> reports = jdbc.sql("""
                        select report_id, effective_date, value, note, corrects, reason, recorded_by, recorded_at
                        from known_progress_report where goal_id = ?
                        order by effective_date, recorded_at, report_id""")
                .params(goalId)
                .query((rs, i) -> new GoalSheet.ReportRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
        List<GoalSheet.PactRef> pacts = jdbc.sql("""
                        select p.pact_id, p.name, l.link from known_goal_link l join known_pact p on p.pact_id = l.pact_id
                        where l.goal_id = ? order by l.link, p.name, p.pact_id""")
                .params(goalId)
                .query((rs, i) -> new GoalSheet.PactRef(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new GoalSheet(goal, plan, dependencyName, targets, reports, pacts, money(goalId, from, to), from, to,
                AmendmentReader.ofGoal(jdbc, goalId), null);
    }

    private GoalSheet.Money money(String goalId, LocalDate from, LocalDate to) {
        List<GoalSheet.InvestmentRow> lines = new ArrayList<>();
        long[] totals = new long[3];
        // the ids through the base tables' indexes (as MoneyReader does), the instant and the window on those ids only
        jdbc.sql("""
                        select i.investment_id, i.dependency, i.date, a.title, c.name,
                               i.amount + coalesce((select sum(x.amount) from known_investment_adjustment x
                                                    where x.investment_id = i.investment_id and x.date <= :to), 0),
                               coalesce((select sum(x.amount) from known_investment_execution x
                                         where x.investment_id = i.investment_id and x.date <= :to), 0)
                        from known_investment i
                        left join known_activity a on a.activity_id = i.activity_id
                        left join known_funding_call c on c.call_id = i.call_id
                        where i.investment_id in (
                            select investment_id from investment where goals && array[cast(:goal as text)]
                            union all select investment_id from investment where activity_id = any(array(
                                select activity_id from known_activity where goals && array[cast(:goal as text)])))
                          and i.date between :from and :to
                        order by i.date, i.investment_id""")
                .param("goal", goalId).param("from", from).param("to", to)
                .query(rs -> {
                    long committed = rs.getLong(6);
                    long executed = rs.getLong(7);
                    if (lines.size() < listLimit) {
                        lines.add(new GoalSheet.InvestmentRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                                rs.getString(4), rs.getString(5), committed, executed));
                    }
                    totals[0]++;
                    totals[1] += committed;
                    totals[2] += executed;
                });
        return new GoalSheet.Money(lines, (int) totals[0], totals[1], totals[2]);
    }
}
