package co.pactos.reporting.projection;

import java.time.Instant;

/**
 * What the projection knew at an instant: the one value every report query takes its {@code asOf}
 * from. The database side of it is set once per read transaction ({@link ProjectionReads}): the
 * {@code known_*} views of a version show only the rows recorded by {@code at}. {@code asked} is the instant the caller asked for (null: now); {@code at} the instant the
 * report stands at; {@code watermark} the instant up to which the version read had applied every event
 * on the log (null while it has not caught up once); {@code generation} moves whenever the version
 * applies something, so a report computed at one generation can be served again until it moves.
 */
public record KnownAt(Instant asked, Instant at, String schema, int version, Instant watermark, long generation) {

    /** True when the caller asked for an instant the projection may not have every event of yet. */
    public boolean beyondWatermark() {
        return asked != null && (watermark == null || asked.isAfter(watermark));
    }
}
