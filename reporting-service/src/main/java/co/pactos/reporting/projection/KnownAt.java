package co.pactos.reporting.projection;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What the projection knew at an instant: the one value every report query takes its {@code asOf}
 * from. The database side of it is set once per read transaction ({@link ProjectionReads}): the
 * {@code known_*} views of a version show only the rows recorded by {@code at}. {@code asked} is the
 * instant the caller asked for (null: now); {@code at} the instant the report stands at; {@code watermark}
 * the instant up to which the version read had applied every event on the log (null while it has not
 * caught up once); {@code generation} moves whenever the version applies something, and
 * {@code factGenerations} whenever a batch writes to that fact table, so a report computed at one
 * generation can be served again until it moves, and a part of a report made from some tables until one of
 * them moves. {@code parked} (the events parked) moves all of them.
 */
public record KnownAt(Instant asked, Instant at, String schema, int version, Instant watermark, long generation,
                      Map<String, Long> factGenerations, long parked) {

    /** True when the caller asked for an instant the projection may not have every event of yet. */
    public boolean beyondWatermark() {
        return asked != null && (watermark == null || asked.isAfter(watermark));
    }

    /** A number that moves whenever one of these fact tables is written to (or an event is parked or retried). */
    public long generationOf(Collection<String> facts) {
        long generation = parked;
        for (String fact : facts) {
            generation = generation * 31 + factGenerations.getOrDefault(fact, 0L);
        }
        return generation;
    }
}
