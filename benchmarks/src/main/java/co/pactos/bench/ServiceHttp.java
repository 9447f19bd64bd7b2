package co.pactos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * HTTP to reporting-service. Every request carries {@code Authorization: Bearer <token>} when the token
 * supplier gives one (by default the environment variable {@code PACTOS_BENCH_TOKEN}); once the admin
 * API needs an operator token, that is the one place to get it from.
 */
final class ServiceHttp {

    static final Supplier<Optional<String>> TOKEN_FROM_ENVIRONMENT =
            () -> Optional.ofNullable(System.getenv("PACTOS_BENCH_TOKEN")).filter(t -> !t.isBlank());

    private final String baseUrl;
    private final Supplier<Optional<String>> token;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ServiceHttp(String baseUrl, Supplier<Optional<String>> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    HttpClient client() {
        return client;
    }

    String baseUrl() {
        return baseUrl;
    }

    HttpRequest.Builder request(String pathAndQuery, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(timeout);
        token.get().ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, Duration.ofSeconds(30));
    }

    HttpResponse<String> get(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery, timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery, Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and waits; the response body is read and dropped. Returns the status. */
    int send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
