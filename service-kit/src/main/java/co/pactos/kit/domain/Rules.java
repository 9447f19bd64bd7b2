package co.pactos.kit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Checks that aggregates share, each throwing a {@link RuleViolation} that names the field. */
public final class Rules {

    private Rules() {
    }

    public static void positive(String field, long amount) {
        if (amount <= 0) {
            throw new RuleViolation(field, "must be a positive whole number of pesos, was " + amount);
        }
    }

    public static void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new RuleViolation(field, "must not be negative, was " + value.toPlainString());
        }
    }

    public static void ordered(String startField, LocalDate start, String endField, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new RuleViolation(endField, "must not be before " + startField + " (" + start + "), was " + end);
        }
    }
}
