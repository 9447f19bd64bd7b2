package co.pactos.reporting.consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one place that says how the projection is reset: empty every table and forget every position. */
@Component
public class ProjectionReset {

    private final JdbcClient jdbc;

    public ProjectionReset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void reset() {
        jdbc.sql("truncate plan, dependency, pact, goal, goal_link, annual_target, progress_report, activity, investment, "
                        + "investment_execution, investment_adjustment, programme, funding_call, call_result, consumer_offset")
                .update();
    }
}
