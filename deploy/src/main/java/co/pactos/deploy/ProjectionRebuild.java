package co.pactos.deploy;

import co.pactos.infra.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks a running reporting-service to rebuild its projection ({@code POST /api/admin/projections/{name}/rebuild})
 * and follows the new version until reads have switched to it, printing its progress: the launcher's
 * {@code rebuild-projection} command (and {@code ./rebuild-projection}).
 */
public final class ProjectionRebuild {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectionRebuild() {
    }

    public static void main(String[] args) throws IOException {
        String reporting = "http://localhost:8083";
        String name = "pact-progress";
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--reporting")) {
                reporting = args[i + 1];
            } else if (args[i].equals("--projection")) {
                name = args[i + 1];
            }
        }
        ApiClient api = new ApiClient(null, null);
        ApiClient.Response asked = api.post(reporting + "/api/admin/projections/" + name + "/rebuild", "");
        if (asked.status() != 202) {
            System.err.println("the rebuild was not started (" + asked.status() + "): " + asked.body());
            System.exit(1);
        }
        int version = JSON.readTree(asked.body()).path("version").asInt();
        System.out.printf("%s: building version %d beside the live one%n", name, version);
        Instant started = Instant.now();
        while (true) {
            JsonNode versions = JSON.readTree(api.get(reporting + "/api/admin/projections").body());
            for (JsonNode v : versions) {
                if (v.path("name").asText().equals(name) && v.path("version").asInt() == version) {
                    System.out.printf("  %-11s %,d events behind, %,.0f events/s, ETA %s, %d parked%n", v.path("state").asText(),
                            v.path("lag").asLong(), v.path("eventsPerSecond").asDouble(), v.path("eta").asText("unknown"),
                            v.path("parked").asLong());
                    if (v.path("state").asText().equals("LIVE")) {
                        System.out.printf("%s: version %d is live after %d s (%s)%n", name, version,
                                Duration.between(started, Instant.now()).toSeconds(), v.path("check").asText());
                        return;
                    }
                }
            }
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS)).join();
        }
    }
}
