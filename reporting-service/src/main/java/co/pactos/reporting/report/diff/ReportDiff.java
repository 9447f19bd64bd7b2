package co.pactos.reporting.report.diff;

import co.pactos.reporting.report.PactReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What changed in a pact's report between two recorded instants: the report as known at {@code from} and as known at
 * {@code to} (the same period), every figure that differs, and the events recorded in ({@code from}, {@code to}] on the
 * pact, its goals, activities, investments and calls, which explain the changes.
 */
public record ReportDiff(
        PactReport.Pact pact,
        String period,
        Instant from,
        Instant to,
        Summary before,
        Summary after,
        List<FigureChange> changes,
        List<ExplainingEvent> events,
        PactReport.Freshness freshness) {

    /** The headline figures of one of the two reports. */
    public record Summary(Instant asOf, PactReport.GoalGroup directGoals, PactReport.GoalGroup indirectGoals, PactReport.Totals totals) {

        /** The headline figures of {@code report}, or none when there was no report ({@code null}). */
        public static Summary of(PactReport report, Instant asOf) {
            return report == null ? new Summary(asOf, null, null, null)
                    : new Summary(asOf, report.directGoals(), report.indirectGoals(), report.totals());
        }
    }

    /**
     * One figure that differs: {@code figure} is its path in the report ({@code goals/<goalId>/progress},
     * {@code dependencies/<code>/committed}, {@code activities/<activityId>/beneficiaries/<group>}, {@code totals/executed} ...);
     * {@code about} names what it belongs to (the goal's code and statement, the dependency, the activity); numbers are in
     * {@code from} / {@code to}, texts in {@code fromText} / {@code toText}; null where the report had no such figure
     * (a goal added or removed, a year without target). {@code events}: the ids of the events of {@link ReportDiff#events}
     * that explain it.
     */
    public record FigureChange(String figure, String about, BigDecimal from, BigDecimal to, String fromText, String toText,
                               List<String> events) {
    }

    /**
     * An event recorded between the two instants: its id and CloudEvents type, what it is about ({@code goal:<id>},
     * {@code activity:<id>}, {@code investment:<id>}, {@code call:<id>}, {@code plan:<id>}), when it was recorded, who
     * recorded it where the projection keeps it, and the reason and legal act it gives.
     */
    public record ExplainingEvent(String eventId, String type, String subject, Instant recordedAt, PactReport.Recorder recordedBy,
                                  String reason, String legalAct) {
    }
}
