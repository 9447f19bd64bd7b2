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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * carries that client's token); stops at the first line the API does not answer CREATED or UNCHANGED, saying why.
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

    /** Sends one batch with the client's token; answers {created, unchanged}. */
    private int[] batch(String serviceUrl, String client, List<String> paths, String ndjson) {
        ApiClient.Response response = new ApiClient(token(client)).send(HttpRequest.newBuilder(URI.create(serviceUrl + "/api/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
        if (response.status() != 200) {
            throw new IllegalStateException("POST /api/batch (" + paths.size() + " writes from " + paths.get(0) + ") answered "
                    + response.status() + ": " + response.body());
        }
        int[] counts = new int[2];
        List<String> answers = response.body().lines().toList();
        for (String answer : answers) {
            JsonNode result = readLine(answer);
            switch (result.path("status").asText()) {
                case "CREATED" -> counts[0]++;
                case "UNCHANGED" -> counts[1]++;
                default -> throw new IllegalStateException("PUT " + result.path("path").asText() + " (batch line " + result.path("line").asInt()
                        + ") answered " + result.path("status").asText() + ": " + result.path("problem"));
            }
        }
        if (answers.size() != paths.size()) {
            throw new IllegalStateException("POST /api/batch answered " + answers.size() + " of " + paths.size() + " lines (from "
                    + paths.get(0) + "); send the sample again");
        }
        return counts;
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
