package co.pactos.reporting.dashboard;

import co.pactos.events.goals.Accumulation;
import co.pactos.reporting.report.PactReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the projection knew of one goal at an instant ({@link GoalSheetQuery}): its declaration, annual targets, every
 * progress report and correction recorded, the pacts it serves, the money linked to it in the period's window, and its
 * amendments, target revisions and link changes.
 */
record GoalSheet(Goal goal, PactReport.Plan plan, String dependencyName, Map<Integer, BigDecimal> targets, List<ReportRow> reports,
                 List<PactRef> pacts, Money money, LocalDate from, LocalDate to, List<PactReport.GoalAmendment> amendments,
                 PactReport.Freshness freshness) {

    record Goal(String goalId, String planId, String code, String statement, String indicator, String unit, String kind,
                Accumulation accumulation, BigDecimal baseline, BigDecimal target, String dependency) {
    }

    /** A progress report as recorded; {@code corrects} names the report it replaces, {@code reason} why. */
    record ReportRow(String reportId, LocalDate effectiveDate, BigDecimal value, String note, String corrects, String reason,
                     String recordedBy, Instant recordedAt) {
    }

    record PactRef(String pactId, String name, String link) {
    }

    /** An investment linked to the goal, directly or through an activity for it, committed in the window. */
    record InvestmentRow(String investmentId, String dependency, LocalDate date, String activityTitle, String callName, long committed,
                         long executed) {
    }

    /** The first lines (at most the list limit) and the totals over all of them. */
    record Money(List<InvestmentRow> lines, int count, long committed, long executed) {
    }
}
