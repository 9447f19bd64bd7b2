package co.pactos.reporting.dashboard;

import co.pactos.kit.web.DateOrInstant;
import co.pactos.kit.web.InvalidInput;
import co.pactos.reporting.progress.ReportPeriod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What every page is asked for, kept in its URL so that a page can be shared and cited: the period ({@code period}: a
 * year, a cut-off date or {@code plan}, the default; the form's {@code corte} date, when given, is the period) and
 * {@code asOf}, "as it stood on": a date ({@code 2022-07-01}: everything recorded by the end of that day, Colombian
 * time) or an ISO-8601 instant with offset, as the report API takes it.
 */
public record PageQuery(ReportPeriod period, String asOfText, Instant asOf) {

    public static PageQuery of(String period, String corte, String asOf) {
        return new PageQuery(period(period, corte), blank(asOf) ? null : asOf.strip(), asOf(asOf));
    }

    private static ReportPeriod period(String period, String corte) {
        if (!blank(corte)) {
            try {
                return ReportPeriod.parse(LocalDate.parse(corte.strip()).toString());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("corte", "must be a date YYYY-MM-DD, e.g. 2022-06-30, was '" + corte + "'");
            }
        }
        try {
            return ReportPeriod.parse(blank(period) ? "plan" : period.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("period", e.getMessage());
        }
    }

    private static Instant asOf(String asOf) {
        if (blank(asOf)) {
            return null;
        }
        try {
            return DateOrInstant.parse(asOf.strip()).lastMicrosecond();
        } catch (DateTimeException e) {
            throw new InvalidInput("asOf", "must be a date YYYY-MM-DD (everything recorded by the end of that day, Colombian "
                    + "time) or an ISO-8601 instant with offset, e.g. 2022-07-01T00:00:00-05:00; was '" + asOf + "'");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The date the form shows in its "as it stood on" field: the asked day, or empty for now. */
    String asOfDate() {
        return asOf == null ? "" : asOf.atZone(PageFormat.BOGOTA).toLocalDate().toString();
    }

    /**
     * {@code period=2022-06-30&asOf=2022-07-02T04:59:59.999999Z}: the same for a link to the report API, which takes asOf as an
     * instant only.
     */
    String apiParameters() {
        return "period=" + period + (asOf == null ? "" : "&asOf=" + URLEncoder.encode(asOf.toString(), StandardCharsets.UTF_8));
    }

    /** {@code period=2022-06-30&asOf=2022-07-01}: what a link to another page or a download carries along. */
    String parameters() {
        return "period=" + period + (asOfText == null ? "" : "&asOf=" + URLEncoder.encode(asOfText, StandardCharsets.UTF_8));
    }
}
