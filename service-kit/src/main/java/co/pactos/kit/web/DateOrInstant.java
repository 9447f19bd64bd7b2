package co.pactos.kit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A parameter that is either a date ({@code 2022-07-15}, a day where the plans are run) or an ISO-8601 instant with offset
 * ({@code 2022-07-15T17:00:00-05:00}). What a date means depends on the parameter: "as it stood on" a day is everything
 * recorded by its end ({@link #lastMicrosecond()}); "until" a day holds through its end ({@link #startOfNextDay()}).
 */
public final class DateOrInstant {

    /** Where a date is read: the plans are run in Colombia. */
    public static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");

    private final LocalDate date;
    private final Instant instant;

    private DateOrInstant(LocalDate date, Instant instant) {
        this.date = date;
        this.instant = instant;
    }

    /** The first and the last instant a parameter may name: years 1 to 9999 (PostgreSQL's timestamps end in 294276). */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 30);

    /**
     * {@code text} as it is (the caller strips it if it should): ten characters are a date, anything else an instant.
     *
     * @throws DateTimeException when it is neither, or names a year before 1 or after 9999
     */
    public static DateOrInstant parse(String text) {
        if (text.length() == 10) {
            LocalDate date = LocalDate.parse(text);
            // a date stands for the end of that day in Colombia: 9999-12-31 would be an instant of the year 10000
            if (date.getYear() < 1 || date.isAfter(LAST_DATE)) {
                throw new DateTimeException("'" + text + "' is outside 0001-01-01 to " + LAST_DATE);
            }
            return new DateOrInstant(date, null);
        }
        return new DateOrInstant(null, instant(text));
    }

    /**
     * An ISO-8601 instant with offset within the years 1 to 9999.
     *
     * @throws DateTimeException when it is not one
     */
    public static Instant instant(String text) {
        Instant instant = OffsetDateTime.parse(text).toInstant();
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw new DateTimeException("'" + text + "' is outside the years 1 to 9999");
        }
        return instant;
    }

    /** The instant; for a date, the last microsecond of that day in Colombia (PostgreSQL keeps instants to the microsecond). */
    public Instant lastMicrosecond() {
        return date == null ? instant : startOfNextDay().minusNanos(1_000);
    }

    /** The instant; for a date, the first instant of the day after it in Colombia, so that the date itself is held through. */
    public Instant startOfNextDay() {
        return date == null ? instant : date.plusDays(1).atStartOfDay(COLOMBIA).toInstant();
    }
}
