package co.pactos.reporting.report;

import co.pactos.events.EventJson;
import co.pactos.events.goals.Beneficiaries;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the activities a report shows: those that ran at some point of its window. */
@Component
class ActivityReader {

    /** An activity as recorded. */
    record ActivityRow(String activityId, String dependency, String title, String description, LocalDate startDate,
                       LocalDate endDate, List<Beneficiaries> beneficiaries, List<String> municipalities, List<String> topics,
                       List<String> goals) {
    }

    private static final TypeReference<List<Beneficiaries>> BENEFICIARIES = new TypeReference<>() {
    };

    private static final String SELECT = """
            select activity_id, dependency, title, description, start_date, end_date, beneficiaries::text, municipalities, topics, goals
            from known_activity
            where start_date <= ? and (end_date is null or end_date >= ?) and """;

    private final JdbcClient jdbc;

    ActivityReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Activities for the pact, or for one of the goals that serve it. */
    List<ActivityRow> forPact(String pactId, String[] goalIds, ReportWindow window) {
        return jdbc.sql(SELECT + " (pacts @> array[cast(? as text)] or goals && cast(? as text[])) order by start_date, activity_id")
                .params(window.to(), window.from(), pactId, goalIds)
                .query((rs, i) -> row(rs)).list();
    }

    /** Activities for all pacts of the plan at once (and those of revision 1, which did not name their plan). */
    List<ActivityRow> forAllPacts(String planId, ReportWindow window) {
        return jdbc.sql(SELECT + " all_pacts and (plan_id = ? or plan_id is null) order by start_date, activity_id")
                .params(window.to(), window.from(), planId)
                .query((rs, i) -> row(rs)).list();
    }

    private static ActivityRow row(ResultSet rs) throws SQLException {
        try {
            return new ActivityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                    EventJson.mapper().readValue(rs.getString(7), BENEFICIARIES), texts(rs.getArray(8)), texts(rs.getArray(9)),
                    texts(rs.getArray(10)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
