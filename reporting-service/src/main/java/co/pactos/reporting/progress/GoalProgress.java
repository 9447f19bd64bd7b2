package co.pactos.reporting.progress;

import java.math.BigDecimal;

/**
 * The progress of one goal for a period: what was achieved (or the indicator's level) against
 * which target, and the percentage both as computed ({@code raw}) and clamped to 0..100. Both
 * percentages are null where the period had no target (NP), which is left out of averages.
 */
public record GoalProgress(BigDecimal achieved, BigDecimal target, BigDecimal raw, BigDecimal clamped) {

    public static GoalProgress notProgrammed(BigDecimal achieved) {
        return new GoalProgress(achieved, null, null, null);
    }

    public boolean counts() {
        return clamped != null;
    }

    GoalProgress withTarget(BigDecimal shownTarget) {
        return new GoalProgress(achieved, shownTarget, raw, clamped);
    }
}
