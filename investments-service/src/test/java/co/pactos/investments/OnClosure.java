package co.pactos.investments;

import co.pactos.investments.catalog.WriteInClosedPeriod;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Matches a {@link WriteInClosedPeriod} refused by the closure of the given period, as a 409 will name it. */
public final class OnClosure {

    private OnClosure() {
    }

    public static Matcher<WriteInClosedPeriod> period(String period) {
        return new FeatureMatcher<>(Matchers.equalTo(period), "a write refused by the closure of period", "period") {
            @Override
            protected String featureValueOf(WriteInClosedPeriod refused) {
                return refused.closure().period();
            }
        };
    }
}
