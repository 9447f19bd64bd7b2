package co.pactos.reporting.progress;

import co.pactos.events.goals.Accumulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The progress formulas of DOMAIN.md, by accumulation type. Plain Java: the facts come in, the
 * percentages go out.
 *
 * <ul>
 *   <li>Year t: ACCUMULATED and FLOW L_t/M_t; STOCK (V-LB)/(M_t-LB); MAINTENANCE V/M_t; REDUCTION (LB-V)/(LB-M_t).</li>
 *   <li>Whole plan: ACCUMULATED sum(L_t)/M; STOCK (V-LB)/(M-LB) and REDUCTION (LB-V)/(LB-M) with the latest V;
 *       FLOW and MAINTENANCE the mean of the yearly percentages of the years with a target that have begun.</li>
 *   <li>The value of a year is its latest report (by effective date, then recorded time, then report id) dated in that year
 *       and on or before the period's end; a report named by a correction no longer counts.</li>
 *   <li>No target for the period (NP): left out. No report where there is a target: 0 %.</li>
 * </ul>
 */
public final class ProgressCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int EXACT_SCALE = 10;

    /** A progress report as the calculator needs it. */
    public record Report(String reportId, LocalDate effectiveDate, Instant recordedAt, BigDecimal value, String corrects) {
    }

    /** A goal's facts: its type, baseline, four-year target, annual targets and reports. */
    public record GoalFacts(Accumulation accumulation, BigDecimal baseline, BigDecimal target,
                            Map<Integer, BigDecimal> annualTargets, List<Report> reports) {
    }

    private ProgressCalculator() {
    }

    /**
     * @param planStart first day of the plan
     * @param today     the day "years that have begun" is judged on (the asOf date, or today)
     */
    public static GoalProgress progress(GoalFacts goal, ReportPeriod period, LocalDate planStart, LocalDate planEnd, LocalDate today) {
        List<Report> reports = standing(goal.reports());
        LocalDate end = period.end(planEnd);
        if (period.kind() != ReportPeriod.Kind.PLAN) {
            return yearProgress(goal, reports, period.year(), end);
        }
        return switch (goal.accumulation()) {
            case ACCUMULATED -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (int year = planStart.getYear(); year <= end.getYear(); year++) {
                    sum = sum.add(latestInYear(reports, year, end).map(Report::value).orElse(BigDecimal.ZERO));
                }
                yield ratio(sum, sum, goal.target());
            }
            case STOCK -> {
                BigDecimal level = latest(reports, planStart, end).map(Report::value).orElse(goal.baseline());
                yield ratio(level, level.subtract(goal.baseline()), goal.target().subtract(goal.baseline()))
                        .withTarget(goal.target());
            }
            case REDUCTION -> {
                BigDecimal level = latest(reports, planStart, end).map(Report::value).orElse(goal.baseline());
                yield ratio(level, goal.baseline().subtract(level), goal.baseline().subtract(goal.target()))
                        .withTarget(goal.target());
            }
            case FLOW, MAINTENANCE -> {
                List<GoalProgress> years = new ArrayList<>();
                for (int year = planStart.getYear(); year <= end.getYear(); year++) {
                    if (!LocalDate.of(year, 1, 1).isAfter(today)) {
                        GoalProgress yearly = yearProgress(goal, reports, year, end);
                        if (yearly.counts()) {
                            years.add(yearly);
                        }
                    }
                }
                if (years.isEmpty()) {
                    yield GoalProgress.notProgrammed(null);
                }
                yield new GoalProgress(null, goal.target(), mean(years.stream().map(GoalProgress::raw).toList()),
                        mean(years.stream().map(GoalProgress::clamped).toList()));
            }
        };
    }

    private static GoalProgress yearProgress(GoalFacts goal, List<Report> reports, int year, LocalDate end) {
        Optional<BigDecimal> reported = latestInYear(reports, year, end).map(Report::value);
        BigDecimal target = goal.annualTargets().get(year);
        BigDecimal lb = goal.baseline();
        return switch (goal.accumulation()) {
            case ACCUMULATED, FLOW -> {
                BigDecimal achieved = reported.orElse(BigDecimal.ZERO);
                yield target == null ? GoalProgress.notProgrammed(achieved) : ratio(achieved, achieved, target);
            }
            case STOCK -> {
                BigDecimal level = reported.orElse(lb);
                yield target == null ? GoalProgress.notProgrammed(level)
                        : ratio(level, level.subtract(lb), target.subtract(lb)).withTarget(target);
            }
            case MAINTENANCE -> {
                BigDecimal level = reported.orElse(BigDecimal.ZERO);
                yield target == null ? GoalProgress.notProgrammed(level) : ratio(level, level, target);
            }
            case REDUCTION -> {
                BigDecimal level = reported.orElse(lb);
                yield target == null ? GoalProgress.notProgrammed(level)
                        : ratio(level, lb.subtract(level), lb.subtract(target)).withTarget(target);
            }
        };
    }

    /** A percentage as shown: one decimal, half up; null stays null. */
    public static BigDecimal shown(BigDecimal percentage) {
        return percentage == null ? null : percentage.setScale(1, RoundingMode.HALF_UP);
    }

    /** The plain mean of the (unrounded) percentages, shown with one decimal; null for none. */
    public static BigDecimal mean(List<BigDecimal> percentages) {
        if (percentages.isEmpty()) {
            return null;
        }
        BigDecimal sum = percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(percentages.size()), 1, RoundingMode.HALF_UP);
    }

    /** Reports that stand: those no other report corrects. */
    static List<Report> standing(List<Report> reports) {
        Set<String> corrected = reports.stream().map(Report::corrects).filter(c -> c != null).collect(Collectors.toSet());
        return reports.stream().filter(r -> !corrected.contains(r.reportId())).toList();
    }

    private static Optional<Report> latestInYear(List<Report> reports, int year, LocalDate end) {
        return latest(reports, LocalDate.of(year, 1, 1), end.isBefore(LocalDate.of(year, 12, 31)) ? end : LocalDate.of(year, 12, 31));
    }

    private static Optional<Report> latest(List<Report> reports, LocalDate from, LocalDate to) {
        return reports.stream()
                .filter(r -> !r.effectiveDate().isBefore(from) && !r.effectiveDate().isAfter(to))
                .max(Comparator.comparing(Report::effectiveDate).thenComparing(Report::recordedAt).thenComparing(Report::reportId));
    }

    /** numerator/denominator as a percentage; a zero denominator makes the period not programmed. */
    private static GoalProgress ratio(BigDecimal achieved, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return GoalProgress.notProgrammed(achieved);
        }
        // kept unrounded so that means are taken over exact values; shown with one decimal
        BigDecimal raw = numerator.multiply(HUNDRED).divide(denominator, EXACT_SCALE, RoundingMode.HALF_UP);
        BigDecimal clamped = raw.max(BigDecimal.ZERO).min(HUNDRED);
        return new GoalProgress(achieved, denominator, raw, clamped);
    }
}
