package co.pactos.deploy;

import co.pactos.infra.ApiClient;
import co.pactos.infra.identity.AuthorizationServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a sample data set through the public HTTP API, as a secretariat's system would: every
 * write of {@code goals-service.json}, then of {@code investments-service.json}, in file order, sent
 * as batches ({@code POST /api/batch}, one line per PUT). Writes are idempotent, so loading twice
 * changes nothing (the second time every line is UNCHANGED). The built-in sample is the seed report's pact, {@value #ACCION_COMUNAL_2022}.
 *
 * <p>Each write is sent with the token of the client that owns it, as in production: Planeación
 * ({@code planeacion}) for the plan, dependencies, pacts, goals, links and targets; the secretariat
 * of the dependency concerned (or of the unit above it) for progress, activities, investments,
 * programmes, calls and results; Planeación where no secretariat client is declared for it.
 */
public final class SampleLoader {

    public static final String ACCION_COMUNAL_2022 = "sample/accion-comunal-2022";

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a line "not yet known" is sent again before the load gives up. */
    private static final Duration CATALOG_WAIT = Duration.ofMinutes(2);
    private static final long MAX_BACKOFF_SECONDS = 8;

    /** How many writes recorded something new and how many found it already there. */
    public record Result(int created, int unchanged) {
    }

    private final String goalsUrl;
    private final String investmentsUrl;
    private final String tokenEndpoint;
    private final DevClients clients = DevClients.load();
    private final Map<String, String> tokens = new HashMap<>();
    /** What the sample has said so far: who coordinates each goal, each dependency's parent, who owns programmes, calls and investments. */
    private final Map<String, String> dependencyOf = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();

    public SampleLoader(String goalsUrl, String investmentsUrl, String tokenEndpoint) {
        this.goalsUrl = goalsUrl;
        this.investmentsUrl = investmentsUrl;
        this.tokenEndpoint = tokenEndpoint;
    }

    /**
     * Loads the data set under {@code classpathFolder} through each service's {@code POST /api/batch}: the
     * writes in file order, one batch per run of consecutive writes owned by the same client (each batch
     * carries that client's token); stops at the first line the API does not answer CREATED or UNCHANGED, saying why,
     * except a line investments-service does not know yet, which is sent again (see {@link #batch}).
     */
    public Result load(String classpathFolder) {
        int created = 0;
        int unchanged = 0;
        for (String[] part : List.of(new String[] {"goals-service.json", goalsUrl}, new String[] {"investments-service.json", investmentsUrl})) {
            List<String> paths = new ArrayList<>();
            StringBuilder lines = new StringBuilder();
            String client = null;
            for (JsonNode write : writes(classpathFolder + "/" + part[0])) {
                String path = write.get("put").asText();
                JsonNode body = write.get("body");
                String owner = clientFor(path, body);
                if (client != null && !owner.equals(client)) {
                    int[] counts = batch(part[1], client, paths, lines.toString());
                    created += counts[0];
                    unchanged += counts[1];
                    paths.clear();
                    lines.setLength(0);
                }
                client = owner;
                paths.add(path);
                ObjectNode line = JSON.createObjectNode();
                line.put("put", path);
                line.set("body", body);
                lines.append(line).append('\n');
            }
            if (client != null) {
                int[] counts = batch(part[1], client, paths, lines.toString());
                created += counts[0];
                unchanged += counts[1];
            }
        }
        log.info("sample {} loaded: {} writes recorded, {} already there", classpathFolder, created, unchanged);
        return new Result(created, unchanged);
    }

    /**
     * Sends one batch with the client's token; answers {created, unchanged}. investments-service learns of goals-service's
     * plans, pacts, goals, dependencies and activities from goals-service's topic, a moment after goals-service recorded
     * them: a line it answers "not yet known" ({@code /problems/reference-not-yet-known}) is sent again, with the lines
     * after it, once its {@code retryAfterSeconds} (doubling, at most {@value #MAX_BACKOFF_SECONDS} s) have passed, for at
     * most {@link #CATALOG_WAIT}. Lines after it may have failed because of it, so their answers count only from the
     * attempt that gets past it; a line recorded in any attempt counts as recorded.
     */
    private int[] batch(String serviceUrl, String client, List<String> paths, String ndjson) {
        List<String> lines = ndjson.lines().toList();
        String[] outcome = new String[lines.size()];
        Instant deadline = Instant.now().plus(CATALOG_WAIT);
        int from = 0;
        int waits = 0;
        while (true) {
            List<JsonNode> answers = send(serviceUrl, client, paths, from, lines);
            int waitingAt = -1;
            JsonNode waitingFor = null;
            for (JsonNode result : answers) {
                int index = from + result.path("line").asInt() - 1;
                String status = result.path("status").asText();
                if (status.equals("CREATED") || (status.equals("UNCHANGED") && outcome[index] == null)) {
                    outcome[index] = status;
                } else if (waitingAt >= 0 || status.equals("UNCHANGED")) {
                    continue; // after a line not yet known: may have failed because of it, and is sent again
                } else if (notYetKnown(result)) {
                    waitingAt = index;
                    waitingFor = result;
                } else {
                    throw new IllegalStateException("PUT " + result.path("path").asText() + " (batch line " + (index + 1)
                            + ") answered " + status + ": " + result.path("problem"));
                }
            }
            if (waitingAt < 0) {
                if (answers.size() != lines.size() - from) {
                    throw new IllegalStateException("POST /api/batch answered " + answers.size() + " of " + (lines.size() - from)
                            + " lines (from " + paths.get(from) + "); send the sample again");
                }
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PUT " + waitingFor.path("path").asText() + " still names something " + serviceUrl
                        + " does not know after " + CATALOG_WAIT.toSeconds() + " s of retries (is goals-service's topic"
                        + " reaching it? see its /actuator/health): " + waitingFor.path("problem"));
            }
            long seconds = Math.min(MAX_BACKOFF_SECONDS,
                    Math.max(1, waitingFor.path("problem").path("retryAfterSeconds").asLong(1)) << Math.min(waits, 4));
            log.info("{} does not know yet what {} names ({}): goals-service's events reach it a moment after they are"
                            + " recorded; sending it and the {} lines after it again in {} s", serviceUrl, waitingFor.path("path").asText(),
                    waitingFor.path("problem").path("errors").path(0).path("message").asText(), lines.size() - waitingAt - 1, seconds);
            pause(seconds);
            waits++;
            from = waitingAt;
        }
        int[] counts = new int[2];
        for (String status : outcome) {
            counts[status.equals("CREATED") ? 0 : 1]++;
        }
        return counts;
    }

    private static boolean notYetKnown(JsonNode result) {
        return result.path("problem").path("type").asText().endsWith("/reference-not-yet-known");
    }

    /** POSTs lines {@code from}.. as one batch; answers one result per line (numbered from 1 within this batch). */
    private List<JsonNode> send(String serviceUrl, String client, List<String> paths, int from, List<String> lines) {
        String ndjson = String.join("\n", lines.subList(from, lines.size())) + "\n";
        ApiClient.Response response = new ApiClient(token(client)).send(HttpRequest.newBuilder(URI.create(serviceUrl + "/api/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
        if (response.status() != 200) {
            throw new IllegalStateException("POST /api/batch (" + (lines.size() - from) + " writes from " + paths.get(from) + ") answered "
                    + response.status() + ": " + response.body());
        }
        return response.body().lines().map(SampleLoader::readLine).toList();
    }

    /** Waits the Retry-After the service asked for, on a scheduler rather than by parking this thread in a sleep. */
    private static void pause(long seconds) {
        try {
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for investments-service's catalog", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the wait for investments-service's catalog failed", e);
        }
    }

    private static JsonNode readLine(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("a batch answered a line that is not JSON: " + line, e);
        }
    }

    /** The client that owns a write of the sample (see the class comment); remembers what later writes need. */
    String clientFor(String path, JsonNode body) {
        String[] segments = path.substring(1).split("/");
        String kind = segments[1];
        String id = segments[2];
        String dependency = body.hasNonNull("dependency") ? body.get("dependency").asText() : null;
        switch (kind) {
            case "dependencies" -> {
                if (body.hasNonNull("parentCode")) {
                    parentOf.put(id, body.get("parentCode").asText());
                }
                return "planeacion";
            }
            case "goals" -> {
                if (segments.length == 3) {
                    dependencyOf.put("goal:" + id, dependency);
                    return "planeacion";
                }
                return segments[3].equals("progress") ? secretariatFor(dependencyOf.get("goal:" + id)) : "planeacion";
            }
            case "activities" -> {
                return secretariatFor(dependency);
            }
            case "programmes" -> {
                dependencyOf.put("programme:" + id, dependency);
                return secretariatFor(dependency);
            }
            case "calls" -> {
                if (segments.length == 3 && body.hasNonNull("programmeId")) {
                    dependencyOf.put("call:" + id, dependencyOf.get("programme:" + body.get("programmeId").asText()));
                }
                return secretariatFor(dependencyOf.get("call:" + id));
            }
            case "investments" -> {
                if (segments.length == 3) {
                    dependencyOf.put("investment:" + id, dependency);
                }
                return secretariatFor(dependencyOf.get("investment:" + id));
            }
            default -> {
                return "planeacion";
            }
        }
    }

    /** The secretariat client of the dependency or of the nearest unit above it; Planeación (on its behalf) if none. */
    private String secretariatFor(String dependency) {
        for (String unit = dependency; unit != null; unit = parentOf.get(unit)) {
            var client = clients.secretariatOf(unit);
            if (client.isPresent()) {
                return client.get().clientId();
            }
        }
        return "planeacion";
    }

    private String token(String clientId) {
        return tokens.computeIfAbsent(clientId, id -> AuthorizationServer.fetchToken(tokenEndpoint, id, clients.get(id).secret()));
    }

    private static JsonNode writes(String resource) {
        try (InputStream in = SampleLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample file " + resource + " on the classpath");
            }
            return JSON.readTree(in).get("writes");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** {@code load-sample [--goals URL] [--investments URL] [--token-endpoint URL]}; defaults are the local run's ports. */
    public static void main(String[] args) {
        String goals = option(args, "--goals", "http://localhost:8081");
        String investments = option(args, "--investments", "http://localhost:8082");
        String tokenEndpoint = option(args, "--token-endpoint", "http://localhost:9000/oauth2/token");
        Result result = new SampleLoader(goals, investments, tokenEndpoint).load(ACCION_COMUNAL_2022);
        System.out.printf("Sample %s loaded into %s and %s: %d writes recorded, %d already there.%n",
                ACCION_COMUNAL_2022, goals, investments, result.created(), result.unchanged());
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
