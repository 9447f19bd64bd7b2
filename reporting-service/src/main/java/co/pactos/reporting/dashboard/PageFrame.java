package co.pactos.reporting.dashboard;

import co.pactos.reporting.document.SpanishFormat;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page shows around its tables: the period and "as it stood on" form (a GET form, so the choice stays in
 * the URL), the semáforo legend and how current the data is.
 */
record PageFrame(String periodName, String asOfName, List<Option> periods, String asOfDate, List<Semaforo.Light> legend,
                 String watermark, int projectionVersion, String notice, String parameters) {

    /** One choice of the period selector. */
    record Option(String value, String label, boolean selected) {
    }

    static PageFrame of(PageQuery query, LocalDate planStart, LocalDate planEnd, PactReport.Freshness freshness, Semaforo semaforo) {
        ReportPeriod period = query.period();
        List<Option> options = new ArrayList<>();
        options.add(new Option("plan", "Todo el plan (" + planStart.getYear() + " a " + planEnd.getYear() + ")",
                period.kind() == ReportPeriod.Kind.PLAN));
        for (int year = planStart.getYear(); year <= planEnd.getYear(); year++) {
            options.add(new Option(Integer.toString(year), "Año " + year, period.kind() == ReportPeriod.Kind.YEAR && period.year() == year));
        }
        if (period.kind() == ReportPeriod.Kind.CUT_OFF) {
            options.add(new Option(period.toString(), "Corte a " + SpanishFormat.date(period.cutOff()), true));
        }
        String asOfName = query.asOf() == null ? "con todo lo registrado hasta ahora"
                : "con lo registrado hasta el " + PageFormat.instant(query.asOf());
        String notice = freshness.complete() ? null : "La fecha «tal como estaba el» es posterior a lo que el tablero ya ha leído "
                + "del registro de eventos: pueden faltar eventos registrados hasta esa fecha.";
        return new PageFrame(PageFormat.period(period, planStart.getYear(), planEnd.getYear()), asOfName, options, query.asOfDate(),
                semaforo.legend(), PageFormat.instant(freshness.watermark()), freshness.projectionVersion(), notice, query.parameters());
    }
}
