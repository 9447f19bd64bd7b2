package co.pactos.reporting.report;

import co.pactos.reporting.report.PactReport.GoalAmendment;
import co.pactos.reporting.report.PactReport.Recorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the amendments, target revisions and link changes of goals (to one pact, or to any), as known at the report's
 * instant.
 */
public final class AmendmentReader {

    private AmendmentReader() {
    }

    /**
     * One goal's amendments, target revisions and link changes to any pact (then {@code changes} names the pact:
     * {@code link to <pactId>: DIRECT}), oldest first; call inside a read of the projection.
     */
    public static List<GoalAmendment> ofGoal(JdbcClient jdbc, String goalId) {
        return of(jdbc, null, new String[] {goalId}, new Dependencies(jdbc)).getOrDefault(goalId, List.of());
    }

    /** Per goal, its amendments oldest first (link changes to {@code pactId} only, or to any when null); call inside a read. */
    static Map<String, List<GoalAmendment>> of(JdbcClient jdbc, String pactId, String[] goalIds, Dependencies dependencies) {
        Map<String, List<GoalAmendment>> amendments = new HashMap<>();
        if (goalIds.length == 0) {
            return amendments;
        }
        jdbc.sql("""
                        select goal_id, 'AMENDMENT', amendment_id, event_id, recorded_at, recorded_by, recorded_client, recorded_dependency,
                               reason, legal_act,
                               concat_ws(', ', case when statement is not null then 'statement' end,
                                         case when indicator is not null then 'indicator' end, case when unit is not null then 'unit' end,
                                         case when baseline is not null then 'baseline' end, case when target is not null then 'target' end,
                                         case when dependency is not null then 'dependency' end)
                        from known_goal_amendment where goal_id = any(:goals)
                        union all
                        select goal_id, 'TARGET_REVISION', revision_id, event_id, recorded_at, recorded_by, recorded_client,
                               recorded_dependency, reason, legal_act, 'target ' || year || ': ' || value
                        from known_annual_target_revision where goal_id = any(:goals)
                        union all
                        select goal_id, 'LINK_CHANGE', change_id, event_id, recorded_at, recorded_by, recorded_client, recorded_dependency,
                               reason, legal_act,
                               case when cast(:pact as text) is null then 'link to ' || pact_id || ': ' else 'link: ' end
                                   || coalesce(link, 'NONE')
                        from known_goal_link_change where goal_id = any(:goals) and (cast(:pact as text) is null or pact_id = :pact)
                        order by 5, 4""")
                .param("goals", goalIds).param("pact", pactId)
                .query(rs -> {
                    String dependency = rs.getString(8);
                    amendments.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(new GoalAmendment(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                            new Recorder(rs.getString(6), rs.getString(7), dependency, dependency == null ? null : dependencies.name(dependency)),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                });
        return amendments;
    }
}
