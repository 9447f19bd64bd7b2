package co.pactos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Watches reporting-service build its projection from full topics, through the admin API
 * ({@code GET /api/admin/projections}: name, version, state, positions with nextOffset and lag,
 * applied, eventsPerSecond, ...) or, where the service has no admin API yet (404), through the
 * positions it stores in {@code consumer_offset}. Also asks for a rebuild
 * ({@code POST /api/admin/projections/pact-progress/rebuild}) and times it until the new version is LIVE.
 */
final class ProjectionBuildProbe {

    static final String PROJECTION = "pact-progress";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(5);

    /**
     * One timed build.
     *
     * @param events         events the projection had to apply
     * @param seconds        from the first position seen moving (initial build) or the rebuild request, to caught up
     * @param fromLaunch     from the process start, start-up included (initial build only; else = seconds)
     * @param alreadyApplied events already applied when the timing started (the rate leaves them out)
     * @param source         how progress was read: admin API or consumer_offset table
     * @param serviceRate    the last eventsPerSecond the admin API reported, or -1
     */
    /** {@code filledSeconds}: until every event was applied (for a rebuild, before its keys and check; else {@code seconds}). */
    record Build(long events, double seconds, double fromLaunch, long alreadyApplied, String source, double serviceRate,
                 double filledSeconds) {
        double eventsPerSecond() {
            return (events - alreadyApplied) / seconds;
        }
    }

    private final ServiceHttp http;
    private final BenchInfrastructure infra;
    private final ObjectMapper json = new ObjectMapper();

    ProjectionBuildProbe(ServiceHttp http, BenchInfrastructure infra) {
        this.http = http;
        this.infra = infra;
    }

    /** Waits until the positions add up to {@code total}: the service started on full topics has caught up. */
    Build awaitInitialBuild(ReportingServiceProcess service, long total, Duration timeout) throws InterruptedException {
        return awaitInitialBuild(service::isAlive, service.startedNanos(), service.log().toString(), total, timeout);
    }

    Build awaitInitialBuild(BooleanSupplier alive, long launchedNanos, String log, long total, Duration timeout)
            throws InterruptedException {
        long[] firstSeen = {-1};
        long[] appliedAtFirst = {0};
        long[] lastPrint = {System.nanoTime()};
        return Polling.every(POLL, timeout, () -> {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("reporting-service exited during the build; see " + log);
            }
            Progress progress = progress(Optional.empty());
            long now = System.nanoTime();
            if (progress.applied() > 0 && firstSeen[0] < 0) {
                firstSeen[0] = now;
                appliedAtFirst[0] = progress.applied();
            }
            if (progress.applied() >= total) {
                double seconds = firstSeen[0] == now ? (now - launchedNanos) / 1e9 : (now - firstSeen[0]) / 1e9;
                return Optional.of(new Build(total, seconds, (now - launchedNanos) / 1e9, firstSeen[0] == now ? 0 : appliedAtFirst[0],
                        progress.source(), progress.serviceRate(), seconds));
            }
            lastPrint[0] = printEvery(lastPrint[0], "initial build", progress, total, firstSeen[0], appliedAtFirst[0]);
            return Optional.empty();
        }).orElseThrow(() -> new IllegalStateException("the projection did not catch up with " + total + " events within " + timeout));
    }

    /**
     * Waits until some version is LIVE (a first version takes its keys and indexes once caught up, then is checked):
     * the seconds from {@code caughtUp} (a {@link System#nanoTime()}), or -1 when the admin API does not answer.
     */
    double awaitLive(long caughtUp, Duration timeout) throws InterruptedException {
        long started = caughtUp;
        return Polling.every(POLL, timeout, () -> {
            HttpResponse<String> answer = http.get("/api/admin/projections");
            if (answer.statusCode() != 200) {
                return Optional.of(-1.0);
            }
            for (JsonNode version : json.readTree(answer.body())) {
                if (version.path("name").asText().equals(PROJECTION) && version.path("state").asText().equals("LIVE")) {
                    return Optional.of((System.nanoTime() - started) / 1e9);
                }
            }
            return Optional.<Double>empty();
        }).orElseThrow(() -> new IllegalStateException("no version of " + PROJECTION + " was LIVE within " + timeout));
    }

    /** Asks for a rebuild and waits until the new version is LIVE; empty (with the reason printed) when the service cannot. */
    Optional<Build> rebuild(long total, Duration timeout) throws InterruptedException, IOException {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.post("/api/admin/projections/" + PROJECTION + "/rebuild");
        if (answer.statusCode() == 404 || answer.statusCode() == 405) {
            System.out.println("  rebuild skipped: POST /api/admin/projections/" + PROJECTION + "/rebuild answered "
                    + answer.statusCode() + " (this reporting-service has no rebuild yet)");
            return Optional.empty();
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            System.out.println("  rebuild skipped: the admin API answered " + answer.statusCode()
                    + "; set PACTOS_BENCH_TOKEN to an operator bearer token");
            return Optional.empty();
        }
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("rebuild answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode accepted = json.readTree(answer.body());
        long version = accepted.path("version").asLong();
        System.out.printf("  rebuild accepted: %s version %d, %s%n", accepted.path("name").asText(PROJECTION), version,
                accepted.path("state").asText());
        long[] lastPrint = {System.nanoTime()};
        long[] filled = {0};
        Build live = Polling.every(POLL, timeout, () -> {
            Optional<JsonNode> entry = projection(version);
            if (entry.isPresent() && entry.get().path("state").asText().equals("LIVE")) {
                double seconds = (System.nanoTime() - started) / 1e9;
                double fill = filled[0] == 0 ? seconds : (filled[0] - started) / 1e9;
                System.out.printf("  rebuild v%d: every event applied after %.1f s (%,.0f events/s), LIVE after %.1f s%n", version, fill,
                        total / fill, seconds);
                return Optional.of(new Build(total, seconds, seconds, 0, "admin API", entry.get().path("eventsPerSecond").asDouble(-1), fill));
            }
            Progress progress = entry.map(ProjectionBuildProbe::fromAdmin).orElse(new Progress(0, "admin API", -1));
            if (filled[0] == 0 && progress.applied() >= total) {
                filled[0] = System.nanoTime();
            }
            lastPrint[0] = printEvery(lastPrint[0], "rebuild v" + version + " " + entry.map(e -> e.path("state").asText()).orElse("?"),
                    progress, total, started, 0);
            return Optional.<Build>empty();
        }).orElseThrow(() -> new IllegalStateException("version " + version + " of " + PROJECTION + " was not LIVE within " + timeout));
        return Optional.of(live);
    }

    /** How many events the projection has applied: the sum of its next offsets. */
    record Progress(long applied, String source, double serviceRate) {
    }

    private Progress progress(Optional<Long> version) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.get("/api/admin/projections");
            if (answer.statusCode() == 200) {
                return projection(json.readTree(answer.body()), version).map(ProjectionBuildProbe::fromAdmin)
                        .orElse(new Progress(0, "admin API", -1));
            }
        } catch (IOException e) {
            // not answering yet: read the table
        }
        return new Progress(storedPositions(), "consumer_offset table", -1);
    }

    private Optional<JsonNode> projection(long version) throws InterruptedException, IOException {
        HttpResponse<String> answer = http.get("/api/admin/projections");
        if (answer.statusCode() != 200) {
            return Optional.empty();
        }
        return projection(json.readTree(answer.body()), Optional.of(version));
    }

    /** The entry of {@link #PROJECTION} with that version, or (no version) the one that is not retired. */
    private static Optional<JsonNode> projection(JsonNode all, Optional<Long> version) {
        for (JsonNode entry : all) {
            boolean named = entry.path("name").asText().equals(PROJECTION);
            if (named && version.map(v -> entry.path("version").asLong() == v).orElse(!entry.path("state").asText().equals("RETIRED"))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static Progress fromAdmin(JsonNode entry) {
        long applied = 0;
        for (JsonNode position : entry.path("positions")) {
            applied += position.path("nextOffset").asLong();
        }
        return new Progress(applied, "admin API", entry.path("eventsPerSecond").asDouble(-1));
    }

    private long storedPositions() {
        try (Connection connection = DriverManager.getConnection(infra.reportingJdbcUrl(), infra.postgres().user(),
                infra.postgres().password());
             Statement statement = connection.createStatement();
             ResultSet sum = statement.executeQuery("select coalesce(sum(next_offset), 0) from consumer_offset")) {
            sum.next();
            return sum.getLong(1);
        } catch (SQLException e) {
            return 0; // the table is made by the service's migrations at start
        }
    }

    private static long printEvery(long lastPrint, String what, Progress progress, long total, long since, long appliedAtStart) {
        long now = System.nanoTime();
        if (now - lastPrint < PRINT_EVERY.toNanos()) {
            return lastPrint;
        }
        double rate = since > 0 && now > since ? (progress.applied() - appliedAtStart) / ((now - since) / 1e9) : 0;
        System.out.printf("  %s: %,d of %,d events applied (%.0f events/s so far, from the %s)%n", what, progress.applied(), total,
                rate, progress.source());
        return now;
    }
}
