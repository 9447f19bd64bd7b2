package co.pactos.investments.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks goals-service's GET endpoints at {@code pactos.goals.url}: 200 is "exists", 404 is "not
 * recorded", anything else (or no answer) is {@link GoalsServiceUnavailable}. The timeouts are short
 * because the question is asked while a command holds its aggregate and its database transaction.
 */
@Component
public class HttpGoalsReferences implements GoalsReferences {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    private final URI goalsService;

    public HttpGoalsReferences(@Value("${pactos.goals.url}") String goalsServiceUrl) {
        this.goalsService = URI.create(goalsServiceUrl.endsWith("/") ? goalsServiceUrl : goalsServiceUrl + "/");
    }

    @Override
    public boolean exists(Kind kind, String id) {
        // ids match Ids.PATTERN (letters, digits, '.', '_', ':', '-', never starting with a dot): safe as a path segment
        URI uri = goalsService.resolve(path(kind) + id);
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new GoalsServiceUnavailable("goals-service at " + goalsService + " did not answer GET " + uri.getPath() + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoalsServiceUnavailable("interrupted while asking goals-service for " + uri.getPath(), e);
        }
        return switch (status) {
            case 200 -> true;
            case 404 -> false;
            default -> throw new GoalsServiceUnavailable("goals-service at " + goalsService + " answered " + status
                    + " to GET " + uri.getPath(), null);
        };
    }

    private static String path(Kind kind) {
        return switch (kind) {
            case PLAN -> "api/plans/";
            case DEPENDENCY -> "api/dependencies/";
            case ACTIVITY -> "api/activities/";
            case GOAL -> "api/goals/";
            case PACT -> "api/pacts/";
        };
    }
}
