package co.pactos.reporting.progress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period a report is about: a fiscal year ({@code 2022}), a cut-off date inside a year
 * ({@code 2022-06-30}), or the whole plan ({@code plan}).
 */
public record ReportPeriod(Kind kind, int year, LocalDate cutOff) {

    public enum Kind { YEAR, CUT_OFF, PLAN }

    public static ReportPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must be a year (2022), a cut-off date (2022-06-30) or 'plan'");
        }
        if (text.equals("plan")) {
            return new ReportPeriod(Kind.PLAN, 0, null);
        }
        if (text.matches("\\d{4}")) {
            return new ReportPeriod(Kind.YEAR, Integer.parseInt(text), null);
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return new ReportPeriod(Kind.CUT_OFF, date.getYear(), date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a year (2022), a cut-off date (2022-06-30) or 'plan', was '" + text + "'");
        }
    }

    /** The last day whose facts count, for a plan that ends on {@code planEnd}. */
    public LocalDate end(LocalDate planEnd) {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case CUT_OFF -> cutOff;
            case PLAN -> planEnd;
        };
    }

    /**
     * Rejects a period outside the plan, naming the plan's years.
     *
     * @throws co.pactos.kit.domain.RuleViolation on field {@code period}
     */
    public void requireWithin(LocalDate planStart, LocalDate planEnd) {
        boolean within = switch (kind) {
            case YEAR -> year >= planStart.getYear() && year <= planEnd.getYear();
            case CUT_OFF -> !cutOff.isBefore(planStart) && !cutOff.isAfter(planEnd);
            case PLAN -> true;
        };
        if (!within) {
            throw new co.pactos.kit.domain.RuleViolation("period", "must fall within the plan, " + planStart.getYear() + " to "
                    + planEnd.getYear() + " (" + planStart + " to " + planEnd + "), or be 'plan'; was " + this);
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case CUT_OFF -> cutOff.toString();
            case PLAN -> "plan";
        };
    }
}
