package co.pactos.reporting.audit;

import co.pactos.kit.audit.Checkpoint;
import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.audit.AuditReplay.ReplayedLog;
import co.pactos.reporting.audit.ExportReader.Line;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.ReplayBuild;
import co.pactos.reporting.report.diff.ReplayComparison;
import co.pactos.reporting.report.diff.ReportDiff;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Replays exported logs for an audit: checks each log line by line and against the signed checkpoint that bounds it,
 * builds the pact progress projection from it in a schema of its own (the projection's own handlers and writer, as a
 * rebuild from offset 0 would), stops each log at its checkpoint, computes the pact's report from it, compares that with
 * the report the live projection published at the instant asked, and drops the schema. One replay at a time per instance:
 * a replay reads the whole log.
 */
@Component
public class AuditReplayer {

    /** One exported log as sent: the request part it came in and a way to read it. */
    public interface ExportedLog {

        String part();

        InputStream open() throws IOException;
    }

    /** Another replay is running on this instance: answered 503 with Retry-After. */
    public static class Busy extends RuntimeException {
        Busy() {
            super("another replay is running on this instance; a replay reads whole logs, so they run one at a time");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AuditReplayer.class);
    private static final int LINES_PER_WRITE = 5_000;

    private final DataSource dataSource;
    private final ReplayComparison comparison;
    private final int maxLineBytes;
    private final Semaphore one = new Semaphore(1);

    public AuditReplayer(DataSource dataSource, ReplayComparison comparison,
                         @Value("${pactos.audit.replay.max-line-bytes:1048576}") int maxLineBytes) {
        this.dataSource = dataSource;
        this.comparison = comparison;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * @param checkpoints   JSON arrays of checkpoints, as {@code GET /api/audit/checkpoints} gives them
     * @param keys          JSON arrays of public keys, as {@code GET /api/audit/keys} gives them
     * @param upTo          for the logs it names (by origin), the position of the checkpoint to stop at; the others stop at
     *                      their latest checkpoint within the export
     * @param publishedAsOf the instant both reports are taken at (the published one as the service knew it, the replayed one
     *                      from what the replayed logs had recorded by then); null: when the last event of the log whose
     *                      checkpoint is the earliest was recorded
     */
    public AuditReplay replay(String pactId, ReportPeriod period, List<ExportedLog> logs, List<byte[]> checkpoints, List<byte[]> keys,
                              Map<String, Long> upTo, Instant publishedAsOf) {
        SignedCheckpoints signed = new SignedCheckpoints();
        checkpoints.forEach(signed::addCheckpoints);
        keys.forEach(signed::addKeys);
        if (!one.tryAcquire()) {
            throw new Busy();
        }
        long started = System.nanoTime();
        try (ReplayBuild build = ReplayBuild.open(dataSource)) {
            Map<String, Integer> partitions = new LinkedHashMap<>();
            Map<String, Long> exported = new LinkedHashMap<>();
            Map<String, Map<Long, Line>> atSignedPositions = new HashMap<>();
            Map<String, EarliestAfter> earliest = new HashMap<>();
            for (ExportedLog exportedLog : logs) {
                try (InputStream in = exportedLog.open()) {
                    ExportReader reader = new ExportReader(in, exportedLog.part(), maxLineBytes, partitions);
                    for (List<Line> lines = reader.next(LINES_PER_WRITE); !lines.isEmpty(); lines = reader.next(LINES_PER_WRITE)) {
                        build.write(lines.stream().map(Line::record).toList());
                        for (Line line : lines) {
                            if (signed.signs(line.source(), line.position())) {
                                atSignedPositions.computeIfAbsent(line.source(), s -> new HashMap<>()).put(line.position(), line);
                            }
                            earliest.computeIfAbsent(line.source(), s -> new EarliestAfter(signed.positions(s)))
                                    .add(line.position(), Instant.parse(line.time()));
                        }
                    }
                    exported.putAll(reader.lastPositions());
                }
            }
            if (partitions.isEmpty()) {
                throw new ExportRefused("events", "the exported logs hold no event");
            }
            for (String origin : upTo.keySet()) {
                if (!partitions.containsKey(origin)) {
                    throw new ExportRefused("upTo", "names " + origin + ", whose log was not sent (the logs sent are of "
                            + String.join(", ", partitions.keySet()) + ")");
                }
            }
            List<ReplayedLog> replayed = new ArrayList<>();
            for (Map.Entry<String, Integer> source : partitions.entrySet()) {
                String origin = source.getKey();
                Checkpoint checkpoint = signed.select(origin, exported.get(origin), upTo.get(origin));
                Line at = atSignedPositions.getOrDefault(origin, Map.of()).get(checkpoint.position());
                signed.verify(checkpoint, at.hash());
                build.cutAfter(source.getValue(), checkpoint.position());
                replayed.add(new ReplayedLog(origin, exported.get(origin), checkpoint, checkpoint.position(), Instant.parse(at.time()),
                        earliest.get(origin).after(checkpoint.position())));
            }
            long read = System.nanoTime();
            build.finish();
            long keyed = System.nanoTime();
            Instant asOf = publishedAsOf != null ? publishedAsOf : comparedAt(replayed);
            ReplayComparison.Outcome outcome;
            try {
                outcome = comparison.compare(build, pactId, period, asOf);
            } catch (ResourceNotFound e) {
                throw new ExportRefused("pactId", "the replayed logs declare no pact " + pactId + " up to their checkpoints");
            }
            log.info("replayed {} events of {} log(s) for pact {} ({}) in {} ms (read, checked and written {} ms, keys {} ms, reports"
                            + " compared {} ms): {} figure(s) differ from the report published at {}",
                    replayed.stream().mapToLong(ReplayedLog::replayedEvents).sum(), replayed.size(), pactId, period,
                    (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000, (keyed - read) / 1_000_000,
                    (System.nanoTime() - keyed) / 1_000_000, outcome.changes().size(), asOf);
            return new AuditReplay(pactId, period.toString(), outcome.changes().isEmpty() ? "MATCH" : "DIFFERENT", replayed, asOf,
                    outcome.changes(), outcome.onlyInPublished(), outcome.onlyInReplay(), build.parked(),
                    ReportDiff.Summary.of(outcome.published(), asOf), ReportDiff.Summary.of(outcome.replayed(), asOf), outcome.replayed());
        } catch (SQLException e) {
            throw new IllegalStateException("the replay could not be written to the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException("an exported log could not be read", e);
        } finally {
            one.release();
        }
    }

    /**
     * The earliest recorded time among a log's exported events after each of its signed positions: concurrent writes are
     * not recorded in the log's order, so the event after a checkpoint need not be the earliest one it leaves out. Kept per
     * stretch between two signed positions, so that it costs one slot per checkpoint, not one per event.
     */
    static final class EarliestAfter {

        private final long[] signed;
        private final Instant[] earliest; // [i]: the events in (signed[i-1], signed[i]]; the last: those after the last

        EarliestAfter(long[] signed) {
            this.signed = signed;
            this.earliest = new Instant[signed.length + 1];
        }

        void add(long position, Instant recordedAt) {
            int found = Arrays.binarySearch(signed, position);
            int stretch = found >= 0 ? found : -found - 1;
            if (earliest[stretch] == null || recordedAt.isBefore(earliest[stretch])) {
                earliest[stretch] = recordedAt;
            }
        }

        /** The earliest recorded time of the events after {@code checkpoint}, one of the signed positions; null if none. */
        Instant after(long checkpoint) {
            Instant min = null;
            for (int i = Arrays.binarySearch(signed, checkpoint) + 1; i < earliest.length; i++) {
                if (earliest[i] != null && (min == null || earliest[i].isBefore(min))) {
                    min = earliest[i];
                }
            }
            return min;
        }
    }

    /**
     * The instant both reports are taken at when the caller names none: when the last replayed event was recorded, unless a
     * log holds an event after its checkpoint recorded before that. Each service signs on its own schedule, so one log's
     * checkpoint may be later than another's unsigned events, which the published report would count and the replay does
     * not hold; then both are taken just before the earliest of them was recorded (the replayed events recorded after it
     * are left out of the replayed report too, as the known_* views leave out what was recorded after asOf).
     */
    static Instant comparedAt(List<ReplayedLog> replayed) {
        Instant last = replayed.stream().map(ReplayedLog::lastRecordedAt).max(Comparator.naturalOrder()).orElseThrow();
        return replayed.stream().map(ReplayedLog::nextRecordedAt).filter(java.util.Objects::nonNull)
                .map(next -> next.minusNanos(1_000)).filter(before -> before.isBefore(last))
                .min(Comparator.naturalOrder()).orElse(last);
    }
}
