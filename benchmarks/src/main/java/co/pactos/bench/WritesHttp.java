package co.pactos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** PUTs and batches to a command service with one client's bearer token. */
final class WritesHttp {

    /** A PUT's status, and the ids of the events it recorded (from its {@code eventIds}). */
    record Answer(int status, List<String> eventIds) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    WritesHttp(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Answer put(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), eventIds(response.body()));
    }

    /** Sends a PUT and fails unless it answers 200 or 201 (the fixture). */
    void mustPut(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("PUT " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** POSTs an NDJSON batch and reads its answer line by line; returns each line's status. */
    List<String> batch(byte[] ndjson, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<java.util.stream.Stream<String>> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/batch"))
                .timeout(timeout).header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build(), HttpResponse.BodyHandlers.ofLines());
        List<String> statuses = new ArrayList<>();
        try (java.util.stream.Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /api/batch answered " + response.statusCode() + ": " + String.join("\n", lines.toList()));
            }
            lines.forEach(line -> statuses.add(field(line, "\"status\":\"")));
        }
        return statuses;
    }

    /** The event ids of a PUT's answer, read without a JSON library: {@code "eventIds":["a","b"]}. */
    static List<String> eventIds(String body) {
        int at = body.indexOf("\"eventIds\":[");
        if (at < 0) {
            return List.of();
        }
        int end = body.indexOf(']', at);
        List<String> ids = new ArrayList<>();
        for (String quoted : body.substring(at + "\"eventIds\":[".length(), end).split(",")) {
            String id = quoted.strip();
            if (id.length() > 2) {
                ids.add(id.substring(1, id.length() - 1));
            }
        }
        return ids;
    }

    private static String field(String line, String prefix) {
        int at = line.indexOf(prefix);
        return at < 0 ? "?" : line.substring(at + prefix.length(), line.indexOf('"', at + prefix.length()));
    }
}
