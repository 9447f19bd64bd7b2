package co.pactos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether the service is still busy with requests a run gave up on, from Actuator's
 * {@code http.server.requests.active} (requests in progress); the next run starts when it is idle,
 * so that one run's backlog does not count in the next one's latency.
 */
final class ServiceLoad {

    private static final String ACTIVE = "/actuator/metrics/http.server.requests.active";

    private ServiceLoad() {
    }

    static void awaitIdle(ServiceHttp http, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long active = -1;
        while (System.nanoTime() < deadline) {
            active = active(http);
            if (active < 0) {
                Thread.sleep(2_000); // no such metric: a short pause is all we can do
                return;
            }
            if (active <= 1) { // this request itself
                Thread.sleep(500);
                return;
            }
            Thread.sleep(500);
        }
        System.out.printf("  the service was still busy with %d requests after %d s; going on%n", active, atMost.toSeconds());
    }

    private static long active(ServiceHttp http) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.get(ACTIVE);
            if (answer.statusCode() != 200) {
                return -1;
            }
            for (JsonNode measurement : new ObjectMapper().readTree(answer.body()).path("measurements")) {
                if (measurement.path("statistic").asText().equals("ACTIVE_TASKS")) {
                    return measurement.path("value").asLong();
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
