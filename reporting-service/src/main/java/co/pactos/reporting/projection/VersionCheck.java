package co.pactos.reporting.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a new version against the live one before reads switch to it:
 * <ul>
 *   <li>a checksum of the facts of each table over the part of the log both versions have read
 *       (rows carry their partition and offset, and are only ever inserted, so that part is fixed):
 *       the count and the sum (modulo 2^60) of a 60-bit hash of each row (of the whole row when both run the same
 *       code version, of the event ids otherwise),;</li>
 *   <li>when both run the same code version, the JSON of every pact's report for the whole plan period, as both
 *       knew it at the older of their two watermarks, for as long as {@code pactos.reporting.check-report-seconds}
 *       (60) lasts; the result says how many were compared.</li>
 * </ul>
 */
@Component
public class VersionCheck {

    /** The outcome, with a line that says what was compared or what differed. */
    public record Result(boolean passed, String summary) {

        static Result passed(String summary) {
            return new Result(true, summary);
        }
    }

    private final JdbcClient jdbc;
    private final ProjectionRegistry registry;
    private final VersionReports reports;

    private final java.time.Duration reportBudget;

    public VersionCheck(JdbcClient jdbc, ProjectionRegistry registry, VersionReports reports,
                        @org.springframework.beans.factory.annotation.Value("${pactos.reporting.check-report-seconds:60}") long budget) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.reports = reports;
        this.reportBudget = java.time.Duration.ofSeconds(budget);
    }

    public Result compare(ProjectionVersion live, ProjectionVersion candidate) {
        Map<String, Long[]> bounds = bounds(live, candidate);
        boolean sameCode = live.codeVersion() == candidate.codeVersion();
        List<String> differences = new ArrayList<>();
        long rows = 0;
        for (FactTable table : PactProgressFacts.TABLES) {
            if (!sameCode && !exists(live.schema(), table.name())) {
                continue; // a table new in this code version: the live version never kept those events, nothing to compare
            }
            Long[] bound = bounds.getOrDefault(table.topic(), new Long[0]);
            long[] a = checksum(live.schema(), table.name(), bound, sameCode);
            long[] b = checksum(candidate.schema(), table.name(), bound, sameCode);
            rows += a[0];
            if (a[0] != b[0] || a[1] != b[1]) {
                differences.add(table.name() + " (" + a[0] + " rows live, " + b[0] + " new)");
            }
        }
        if (!differences.isEmpty()) {
            return new Result(false, "facts differ in " + String.join(", ", differences));
        }
        if (!sameCode) {
            return Result.passed(rows + " facts equal; reports not compared (code version " + live.codeVersion() + " -> "
                    + candidate.codeVersion() + ")");
        }
        Instant asOf = olderWatermark(live, candidate);
        if (asOf == null) {
            return new Result(false, rows + " facts equal; reports wait for both versions to reach the end of the log");
        }
        List<String> pacts = reports.pacts(live.name(), live.version(), asOf);
        List<String> newPacts = reports.pacts(candidate.name(), candidate.version(), asOf);
        if (!pacts.equals(newPacts)) {
            return new Result(false, rows + " facts equal; the pacts differ as of " + asOf);
        }
        // every pact's whole-plan report, as long as the budget lasts: a check must end, whatever the size of the log
        long deadline = System.nanoTime() + reportBudget.toNanos();
        TreeSet<String> differing = new TreeSet<>();
        int compared = 0;
        for (String pact : pacts) {
            if (System.nanoTime() > deadline) {
                break;
            }
            if (!Objects.equals(reports.reportDigest(live.name(), live.version(), asOf, pact),
                    reports.reportDigest(candidate.name(), candidate.version(), asOf, pact))) {
                differing.add(pact);
            }
            compared++;
        }
        if (!differing.isEmpty()) {
            return new Result(false, rows + " facts equal; the reports of " + differing + " differ as of " + asOf);
        }
        return Result.passed(rows + " facts and " + compared + " of " + pacts.size() + " pact reports (whole plan) equal as of "
                + asOf + (compared < pacts.size() ? " (the rest not compared within " + reportBudget.toSeconds() + " s)" : ""));
    }

    /** Per topic, the offset below which both versions have read every event of each partition (index = partition). */
    private Map<String, Long[]> bounds(ProjectionVersion live, ProjectionVersion candidate) {
        Map<String, Long[]> bounds = new java.util.HashMap<>();
        var a = registry.positions(live.name(), live.version());
        var b = registry.positions(candidate.name(), candidate.version());
        for (var p : a) {
            long other = b.stream().filter(q -> q.topic().equals(p.topic()) && q.partition() == p.partition())
                    .mapToLong(ProjectionRegistry.Position::nextOffset).findFirst().orElse(0);
            Long[] topic = bounds.computeIfAbsent(p.topic(), t -> new Long[0]);
            if (topic.length <= p.partition()) {
                Long[] grown = java.util.Arrays.copyOf(topic, p.partition() + 1);
                java.util.Arrays.fill(grown, topic.length, grown.length, 0L);
                topic = grown;
                bounds.put(p.topic(), topic);
            }
            topic[p.partition()] = Math.min(p.nextOffset(), other);
        }
        return bounds;
    }

    private boolean exists(String schema, String table) {
        return jdbc.sql("select to_regclass(?) is not null").param(schema + "." + table).query(Boolean.class).single();
    }

    private long[] checksum(String schema, String table, Long[] bound, boolean wholeRows) {
        String hashed = wholeRows ? "t::text" : "t.event_id";
        return jdbc.sql("select count(*), (coalesce(sum(('x' || substr(md5(" + hashed + "), 1, 15))::bit(60)::bigint), 0) "
                        + "% 1152921504606846976)::bigint "
                        + "from " + schema + "." + table + " t "
                        + "where t.kafka_offset < coalesce((cast(? as bigint[]))[t.kafka_partition + 1], 0)")
                .param(bound)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private Instant olderWatermark(ProjectionVersion live, ProjectionVersion candidate) {
        Instant a = watermark(live);
        Instant b = watermark(candidate);
        return a == null || b == null ? null : a.isBefore(b) ? a : b;
    }

    private Instant watermark(ProjectionVersion version) {
        var positions = registry.positions(version.name(), version.version());
        if (positions.isEmpty() || positions.stream().anyMatch(p -> p.caughtUpAt() == null)) {
            return null;
        }
        return positions.stream().map(ProjectionRegistry.Position::caughtUpAt).min(Instant::compareTo).orElse(null);
    }

}
