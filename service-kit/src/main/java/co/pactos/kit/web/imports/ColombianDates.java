package co.pactos.kit.web.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a Colombian spreadsheet writes them: {@code 30/06/2022}, {@code 30-06-2022}, {@code 30.06.2022} (day, month,
 * year), {@code 2022-06-30} and {@code 2022/06/30} (year first), a time after the date ignored. A date whose day and
 * month could be swapped ({@code 06/07/2022}) is read day first and {@link Reading#ambiguous()} says so.
 */
final class ColombianDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2,4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(\\s*[aApP]\\.?\\s*[mM]\\.?)?$");
    private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre"};

    /** A date read from text, or why it is not one ({@code problem}, Spanish). */
    record Reading(LocalDate date, boolean ambiguous, String problem) {
    }

    private ColombianDates() {
    }

    static Reading read(String raw) {
        String t = TIME.matcher(raw.strip()).replaceFirst("");
        Matcher yearFirst = YEAR_FIRST.matcher(t);
        if (yearFirst.matches()) {
            return date(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)), Integer.parseInt(yearFirst.group(3)), false);
        }
        Matcher dayFirst = DAY_FIRST.matcher(t);
        if (dayFirst.matches()) {
            if (dayFirst.group(3).length() != 4) {
                return new Reading(null, false, "escriba el año con cuatro cifras, como en 30/06/2022");
            }
            int day = Integer.parseInt(dayFirst.group(1));
            int month = Integer.parseInt(dayFirst.group(2));
            return date(Integer.parseInt(dayFirst.group(3)), month, day, day <= 12 && month <= 12 && day != month);
        }
        return new Reading(null, false, "no es una fecha: escríbala como 30/06/2022 (día/mes/año) o 2022-06-30");
    }

    private static Reading date(int year, int month, int day, boolean ambiguous) {
        try {
            return new Reading(LocalDate.of(year, month, day), ambiguous, null);
        } catch (DateTimeException e) {
            return new Reading(null, false, "no es una fecha del calendario (día " + day + ", mes " + month + ", año " + year + ")");
        }
    }

    /** {@code 30 de junio de 2022}. */
    static String spanish(LocalDate date) {
        return date.getDayOfMonth() + " de " + MONTHS[date.getMonthValue() - 1] + " de " + date.getYear();
    }
}
