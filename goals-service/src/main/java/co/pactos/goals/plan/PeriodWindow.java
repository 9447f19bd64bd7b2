package co.pactos.goals.plan;

import co.pactos.kit.domain.RuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The dates a closure of a plan's period shuts: a year ({@code 2022}) from 1 January to 31 December, a cut-off
 * ({@code 2022-06-30}) from the plan's start to the date, as {@code PeriodClosedEvent} defines them: what the period's
 * report counts (reporting's report for a cut-off runs from the plan's start to the cut-off).
 */
public record PeriodWindow(String period, LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The window of {@code period} in a plan that runs {@code planStart}..{@code planEnd}; a {@link RuleViolation} on "period" otherwise. */
    public static PeriodWindow of(String period, LocalDate planStart, LocalDate planEnd) {
        if (period != null && YEAR.matcher(period).matches()) {
            int year = Integer.parseInt(period);
            if (year < planStart.getYear() || year > planEnd.getYear()) {
                throw outside(period, planStart, planEnd);
            }
            return new PeriodWindow(period, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (period != null && DATE.matcher(period).matches()) {
            LocalDate cutOff;
            try {
                cutOff = LocalDate.parse(period);
            } catch (DateTimeException e) {
                throw new RuleViolation("period", "'" + period + "' is not a date of the calendar");
            }
            if (cutOff.isBefore(planStart) || cutOff.isAfter(planEnd)) {
                throw outside(period, planStart, planEnd);
            }
            return new PeriodWindow(period, planStart, cutOff);
        }
        throw new RuleViolation("period", "must be a year of the plan (e.g. 2022) or a cut-off date inside it (e.g. 2022-06-30),"
                + " was '" + period + "'");
    }

    private static RuleViolation outside(String period, LocalDate planStart, LocalDate planEnd) {
        return new RuleViolation("period", "must fall within the plan (" + planStart + " to " + planEnd + "), was " + period);
    }
}
