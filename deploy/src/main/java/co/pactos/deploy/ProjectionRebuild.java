package co.pactos.deploy;

import co.pactos.infra.ApiClient;
import co.pactos.infra.identity.AuthorizationServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks a running reporting-service to rebuild its projection ({@code POST /api/admin/projections/{name}/rebuild})
 * and follows the new version until reads have switched to it, printing its progress: the launcher's
 * {@code rebuild-projection} command (and {@code ./rebuild-projection}). It asks with an operator's token
 * from the authorization server ({@code --client}, default {@code operador}; the secret from
 * {@code PACTOS_CLIENT_SECRET}, or the local run's development secret).
 */
public final class ProjectionRebuild {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectionRebuild() {
    }

    public static void main(String[] args) throws IOException {
        String reporting = "http://localhost:8083";
        String name = "pact-progress";
        String tokenEndpoint = "http://localhost:9000/oauth2/token";
        String client = "operador";
        for (int i = 1; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--reporting" -> reporting = args[i + 1];
                case "--projection" -> name = args[i + 1];
                case "--token-endpoint" -> tokenEndpoint = args[i + 1];
                case "--client" -> client = args[i + 1];
                default -> { }
            }
        }
        String secret = System.getenv().getOrDefault("PACTOS_CLIENT_SECRET", client + "-dev-secret");
        ApiClient api = new ApiClient(AuthorizationServer.fetchToken(tokenEndpoint, client, secret));
        ApiClient.Response asked = api.post(reporting + "/api/admin/projections/" + name + "/rebuild", "");
        if (asked.status() != 202) {
            System.err.println("the rebuild was not started (" + asked.status() + "): " + asked.body());
            System.exit(1);
        }
        int version = JSON.readTree(asked.body()).path("version").asInt();
        System.out.printf("%s: building version %d beside the live one%n", name, version);
        Instant started = Instant.now();
        String url = reporting;
        String projection = name;
        // follow the version every 2 s on a scheduler until it is LIVE
        ScheduledExecutorService follow = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<String> live = new CompletableFuture<>();
        follow.scheduleWithFixedDelay(() -> {
            try {
                JsonNode status = status(api, url, projection, version);
                if (status != null) {
                    System.out.printf("  %-11s %,d events behind, %,.0f events/s, ETA %s, %d parked%n", status.path("state").asText(),
                            status.path("lag").asLong(), status.path("eventsPerSecond").asDouble(), status.path("eta").asText("unknown"),
                            status.path("parked").asLong());
                    if (status.path("state").asText().equals("LIVE")) {
                        live.complete(status.path("check").asText());
                    }
                }
            } catch (IOException | RuntimeException e) {
                live.completeExceptionally(e);
            }
        }, 0, 2, TimeUnit.SECONDS);
        try {
            String check = live.join();
            System.out.printf("%s: version %d is live after %d s (%s)%n", name, version,
                    Duration.between(started, Instant.now()).toSeconds(), check);
        } finally {
            follow.shutdownNow();
        }
    }

    /** The admin API's entry for one version, or null when it is not listed. */
    private static JsonNode status(ApiClient api, String reporting, String name, int version) throws IOException {
        for (JsonNode v : JSON.readTree(api.get(reporting + "/api/admin/projections").body())) {
            if (v.path("name").asText().equals(name) && v.path("version").asInt() == version) {
                return v;
            }
        }
        return null;
    }
}
