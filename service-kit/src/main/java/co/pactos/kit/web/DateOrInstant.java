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

    /**
     * {@code text} as it is (the caller strips it if it should): ten characters are a date, anything else an instant.
     *
     * @throws DateTimeException when it is neither
     */
    public static DateOrInstant parse(String text) {
        if (text.length() == 10) {
            return new DateOrInstant(LocalDate.parse(text), null);
        }
        return new DateOrInstant(null, OffsetDateTime.parse(text).toInstant());
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
