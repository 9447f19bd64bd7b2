package co.pactos.investments.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import co.pactos.kit.security.DependencyParents;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks goals-service's GET endpoints at {@code pactos.goals.url}: 200 is "exists", 404 is "not
 * recorded", anything else (or no answer) is {@link GoalsServiceUnavailable}. The timeouts are short
 * because the question is asked while a command holds its aggregate and its database transaction.
 */
@Component
public class HttpGoalsReferences implements GoalsReferences, DependencyParents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        return get(kind, id) != null;
    }

    /** A dependency's parent unit, as goals-service has it: what lets a secretariat write for its sub-units. */
    @Override
    public Optional<String> parentOf(String dependency) {
        String body = get(Kind.DEPENDENCY, dependency);
        if (body == null) {
            return Optional.empty();
        }
        JsonNode parent = JSON.readTree(body).get("parentCode");
        return parent == null || parent.isNull() ? Optional.empty() : Optional.of(parent.asString());
    }

    /** The resource's JSON, or null when goals-service has not recorded it. */
    private String get(Kind kind, String id) {
        // ids match Ids.PATTERN (letters, digits, '.', '_', ':', '-', never starting with a dot): safe as a path segment
        URI uri = goalsService.resolve(path(kind) + id);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET();
        // the caller's own token, for a goals-service whose reads are not public
        callersAuthorization().ifPresent(authorization -> request.header("Authorization", authorization));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GoalsServiceUnavailable("goals-service at " + goalsService + " did not answer GET " + uri.getPath() + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoalsServiceUnavailable("interrupted while asking goals-service for " + uri.getPath(), e);
        }
        return switch (response.statusCode()) {
            case 200 -> response.body();
            case 404 -> null;
            default -> throw new GoalsServiceUnavailable("goals-service at " + goalsService + " answered " + response.statusCode()
                    + " to GET " + uri.getPath(), null);
        };
    }

    private static Optional<String> callersAuthorization() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getHeader("Authorization"))
                : Optional.empty();
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
