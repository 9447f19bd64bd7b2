package co.pactos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the service is still busy with requests a run gave up on, from Actuator's
 * {@code http.server.requests.active} (requests in progress); the next run starts when it is idle,
 * so that one run's backlog does not count in the next one's latency.
 */
final class ServiceLoad {

    private static final String ACTIVE = "/actuator/metrics/http.server.requests.active";
    private static final long NO_METRIC = -1;
    private static final long BUSY = Long.MAX_VALUE;

    private ServiceLoad() {
    }

    static void awaitIdle(ServiceHttp http, Duration atMost) throws InterruptedException {
        long[] active = {-1};
        Optional<Boolean> idle = Polling.every(Duration.ofMillis(500), atMost, () -> {
            active[0] = active(http);
            return active[0] == NO_METRIC || active[0] <= 1 ? Optional.of(true) : Optional.empty(); // <= 1: this request itself
        });
        if (idle.isPresent()) {
            Polling.pause(active[0] == NO_METRIC ? Duration.ofSeconds(2) : Duration.ofMillis(500)); // without the metric, a pause is all we can do
            return;
        }
        System.out.printf("  the service was still busy (%s) after %d s; going on%n",
                active[0] == BUSY ? "its metrics did not answer within 5 s" : active[0] + " requests in progress", atMost.toSeconds());
    }

    /** Requests in progress; {@link #BUSY} when the metric does not answer in time, {@link #NO_METRIC} when there is none. */
    private static long active(ServiceHttp http) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.get(ACTIVE, Duration.ofSeconds(5));
            if (answer.statusCode() != 200) {
                return NO_METRIC;
            }
            for (JsonNode measurement : new ObjectMapper().readTree(answer.body()).path("measurements")) {
                if (measurement.path("statistic").asText().equals("ACTIVE_TASKS")) {
                    return measurement.path("value").asLong();
                }
            }
        } catch (IOException e) {
            return BUSY;
        }
        return NO_METRIC;
    }
}
