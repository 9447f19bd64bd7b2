package co.pactos.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the suite's JSON API, as a secretariat's system would call it. */
public final class ApiClient {

    /** A response: status, body, and the Location header if any. */
    public record Response(int status, String body, String location, String contentType) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String dependency;
    private final String user;

    public ApiClient(String dependency, String user) {
        this.dependency = dependency;
        this.user = user;
    }

    public Response put(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE());
    }

    public Response get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        if (dependency != null) {
            request.header("X-Pactos-Dependency", dependency);
        }
        if (user != null) {
            request.header("X-Pactos-User", user);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
