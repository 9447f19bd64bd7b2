package co.pactos.kit.web;

import java.math.BigDecimal;

/** Decimal values as the domain compares them: 10, 10.0 and 10.00 are one value, written 10. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
