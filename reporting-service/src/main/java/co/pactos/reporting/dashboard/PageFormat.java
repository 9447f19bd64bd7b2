package co.pactos.reporting.dashboard;

import co.pactos.reporting.document.SpanishFormat;
import co.pactos.reporting.progress.ReportPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The dashboard's own wording of figures, on top of {@link SpanishFormat} (es-CO): periods, instants, missing values. */
final class PageFormat {

    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private PageFormat() {
    }

    /** {@code 45,5 %}; a percentage that cannot be computed (nothing committed, no target) is {@code —}. */
    static String percent(BigDecimal value) {
        return value == null ? "—" : SpanishFormat.percent(value);
    }

    /** A band's bound as written in the legend: {@code 40 %}, {@code 62,5 %}. */
    static String percentBound(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return SpanishFormat.decimal(plain.scale() < 0 ? plain.setScale(0) : plain) + " %";
    }

    /** A target or an achieved value: {@code 1.234,5}; none is {@code —}. */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return SpanishFormat.decimal(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** {@code 27 de noviembre de 2026, 09:58 (hora de Colombia)}. */
    static String instant(Instant instant) {
        if (instant == null) {
            return "—";
        }
        ZonedDateTime local = instant.atZone(BOGOTA);
        return SpanishFormat.date(local.toLocalDate()) + ", " + String.format("%02d:%02d", local.getHour(), local.getMinute())
                + " (hora de Colombia)";
    }

    /** How a page names a period: {@code todo el período del plan (2020 a 2023)}, {@code el año 2022}, {@code el corte a 30 de junio de 2022}. */
    static String period(ReportPeriod period, int planStartYear, int planEndYear) {
        return switch (period.kind()) {
            case PLAN -> "todo el período del plan (" + planStartYear + " a " + planEndYear + ")";
            case YEAR -> "el año " + period.year();
            case CUT_OFF -> "el corte a " + SpanishFormat.date(period.cutOff());
        };
    }
}
