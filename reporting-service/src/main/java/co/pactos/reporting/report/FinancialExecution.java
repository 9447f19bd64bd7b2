package co.pactos.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Financial execution as DOMAIN.md defines it: executed over committed money, in percent with one decimal. */
public final class FinancialExecution {

    private FinancialExecution() {
    }

    /** Null where nothing is committed: there is nothing to execute, which is not 0 %. */
    public static BigDecimal of(long executed, long committed) {
        if (committed <= 0) {
            return null;
        }
        return BigDecimal.valueOf(executed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(committed), 1, RoundingMode.HALF_UP);
    }
}
