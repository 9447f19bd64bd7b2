package co.pactos.investments;

import co.pactos.kit.domain.RuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Matches a {@link RuleViolation} (or an unknown reference) that names the given field, as a 422 will. */
public final class OnField {

    private OnField() {
    }

    public static Matcher<RuleViolation> field(String field) {
        return new FeatureMatcher<>(Matchers.equalTo(field), "a rule violation naming field", "field") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.field();
            }
        };
    }
}
