package co.pactos.goals.goal;

import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import java.math.BigDecimal;
import java.util.Objects;

/** What an amendment does to a goal: the fields it sets replace the goal's, the others stay. */
final class GoalAmendments {

    private GoalAmendments() {
    }

    /** The goal with the amended fields in place. */
    static GoalDeclaredEvent apply(GoalDeclaredEvent goal, GoalAmendedEvent a) {
        return new GoalDeclaredEvent(goal.goalId(), goal.planId(), goal.code(), or(a.statement(), goal.statement()),
                or(a.indicator(), goal.indicator()), or(a.unit(), goal.unit()), goal.kind(), goal.accumulation(),
                or(a.baseline(), goal.baseline()), or(a.target(), goal.target()), or(a.dependency(), goal.dependency()));
    }

    /** Whether at least one field the amendment sets differs from the goal's current value. */
    static boolean changesSomething(GoalDeclaredEvent goal, GoalAmendedEvent a) {
        return differs(a.statement(), goal.statement()) || differs(a.indicator(), goal.indicator()) || differs(a.unit(), goal.unit())
                || differs(a.baseline(), goal.baseline()) || differs(a.target(), goal.target())
                || differs(a.dependency(), goal.dependency());
    }

    /** The same amendment: decimals compared by value (1 and 1.0 are the same target). */
    static boolean same(GoalAmendedEvent a, GoalAmendedEvent b) {
        return Objects.equals(a.reason(), b.reason()) && Objects.equals(a.legalAct(), b.legalAct())
                && Objects.equals(a.statement(), b.statement()) && Objects.equals(a.indicator(), b.indicator())
                && Objects.equals(a.unit(), b.unit()) && sameNumber(a.baseline(), b.baseline())
                && sameNumber(a.target(), b.target()) && Objects.equals(a.dependency(), b.dependency());
    }

    private static boolean differs(Object asked, Object current) {
        if (asked == null) {
            return false;
        }
        if (asked instanceof BigDecimal number && current instanceof BigDecimal other) {
            return number.compareTo(other) != 0;
        }
        return !asked.equals(current);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
