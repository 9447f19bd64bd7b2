package co.pactos.investments.catalog;

import java.time.LocalDate;

/** A write dated in a period Planeación closed and has not reopened: answered 409 naming the closure; nothing is recorded. */
public class WriteInClosedPeriod extends IllegalStateException {

    private final String field;
    private final transient PeriodClosure closure;

    public WriteInClosedPeriod(String field, LocalDate date, PeriodClosure closure) {
        super(field + " " + date + " falls in period " + closure.period() + " of plan '" + closure.planId() + "' (" + closure.from()
                + " to " + closure.to() + "), closed on " + closure.closedAt()
                + (closure.closedBy() == null ? "" : " by " + closure.closedBy())
                + (closure.reason() == null ? "" : " (" + closure.reason() + ")"));
        this.field = field;
        this.closure = closure;
    }

    public String field() {
        return field;
    }

    public PeriodClosure closure() {
        return closure;
    }
}
