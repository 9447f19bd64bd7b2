package co.pactos.goals;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

import co.pactos.goals.catalog.PeriodClosedWrite;
import co.pactos.kit.domain.RuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** Matchers on what an aggregate test's rejection names. */
public final class FieldMatchers {

    private FieldMatchers() {
    }

    /** A rule violation on {@code field}. */
    public static Matcher<Throwable> onField(String field) {
        return new FeatureMatcher<>(equalTo(field), "a rule violation on field", "field") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof RuleViolation violation ? violation.field() : null;
            }
        };
    }

    /** A write refused because it falls in the closed {@code period}. */
    public static Matcher<Throwable> closedPeriod(String period) {
        return new FeatureMatcher<>(equalTo(period), "a write refused by the closure of period", "period") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof PeriodClosedWrite refused ? refused.closure().period() : null;
            }
        };
    }

    /** A write refused because it falls in the closed {@code period}, naming {@code field}. */
    public static Matcher<Throwable> closedPeriod(String period, String field) {
        return allOf(closedPeriod(period), new FeatureMatcher<Throwable, String>(equalTo(field), "naming field", "field") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof PeriodClosedWrite refused ? refused.field() : null;
            }
        });
    }
}
