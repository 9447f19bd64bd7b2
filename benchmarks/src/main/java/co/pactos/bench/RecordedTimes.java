package co.pactos.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When each generated event was recorded: the plan's structure in the first weeks of 2020, then the
 * bulk spread evenly, in log order, from April 2020 to the end of 2023, so that {@code asOf} queries
 * cut the log somewhere meaningful.
 */
final class RecordedTimes {

    static final ZoneOffset COLOMBIA = ZoneOffset.ofHours(-5);
    private static final Instant STRUCTURE_START = Instant.parse("2020-01-20T13:00:00Z");
    private static final Instant BULK_START = Instant.parse("2020-04-01T13:00:00Z");
    private static final Instant BULK_END = Instant.parse("2023-12-29T22:00:00Z");

    private final long bulkEvents;
    private final double nanosPerEvent;

    RecordedTimes(long bulkEvents) {
        this.bulkEvents = Math.max(1, bulkEvents);
        this.nanosPerEvent = (double) Duration.between(BULK_START, BULK_END).toNanos() / this.bulkEvents;
    }

    Instant structure(long i) {
        return STRUCTURE_START.plusSeconds(5 * i);
    }

    Instant bulk(long j) {
        return BULK_START.plusNanos((long) (j * nanosPerEvent));
    }

    /** The recorded instant halfway through the bulk: what an {@code asOf} report asks about. */
    Instant middle() {
        return bulk(bulkEvents / 2);
    }

    static LocalDate date(Instant time) {
        return time.atOffset(COLOMBIA).toLocalDate();
    }

    /** The last day of the quarter before the one {@code time} falls in: the date a report sent then is about. */
    static LocalDate previousQuarterEnd(Instant time) {
        LocalDate day = date(time);
        LocalDate quarterStart = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        return quarterStart.minusDays(1);
    }
}
