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
                       LocalDate endDate, List<Beneficiaries> beneficiaries, List<String> municipalities, List<String> topics) {
    }

    private static final TypeReference<List<Beneficiaries>> BENEFICIARIES = new TypeReference<>() {
    };

    private static final String SELECT = """
            select activity_id, dependency, title, description, start_date, end_date, beneficiaries::text, municipalities, topics
            from activity
            where recorded_at <= ? and start_date <= ? and (end_date is null or end_date >= ?) and """;

    private final JdbcClient jdbc;

    ActivityReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Activities for the pact, or for one of the goals that serve it. */
    List<ActivityRow> forPact(String pactId, String[] goalIds, ReportWindow window) {
        return jdbc.sql(SELECT + " (? = any(pacts) or goals && cast(? as text[])) order by start_date, activity_id")
                .params(window.known(), window.to(), window.from(), pactId, goalIds)
                .query((rs, i) -> row(rs)).list();
    }

    /** Activities for all pacts at once. */
    List<ActivityRow> forAllPacts(ReportWindow window) {
        return jdbc.sql(SELECT + " all_pacts order by start_date, activity_id")
                .params(window.known(), window.to(), window.from())
                .query((rs, i) -> row(rs)).list();
    }

    private static ActivityRow row(ResultSet rs) throws SQLException {
        try {
            return new ActivityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                    EventJson.mapper().readValue(rs.getString(7), BENEFICIARIES), texts(rs.getArray(8)), texts(rs.getArray(9)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
