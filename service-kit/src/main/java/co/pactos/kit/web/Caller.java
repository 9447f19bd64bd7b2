package co.pactos.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Who makes a write: the dependency and the user, and the system it was posted from. Every event
 * recorded by the write carries these as metadata.
 *
 * <p>Interim: the dependency and user are read from the {@code X-Pactos-Dependency} and
 * {@code X-Pactos-User} headers, as the caller states them; they are not yet authenticated.
 */
public record Caller(String dependency, String user, String sourceSystem) {

    public static final String DEPENDENCY_HEADER = "X-Pactos-Dependency";
    public static final String USER_HEADER = "X-Pactos-User";
    public static final String META_DEPENDENCY = "dependency";
    public static final String META_ACTOR = "actor";
    public static final String META_SOURCE_SYSTEM = "sourceSystem";

    public static Caller of(HttpServletRequest request, String sourceSystem) {
        return new Caller(request.getHeader(DEPENDENCY_HEADER), request.getHeader(USER_HEADER), sourceSystem);
    }

    public Map<String, Object> metaData() {
        Map<String, Object> metaData = new HashMap<>();
        putIfPresent(metaData, META_DEPENDENCY, dependency);
        putIfPresent(metaData, META_ACTOR, user);
        putIfPresent(metaData, META_SOURCE_SYSTEM, sourceSystem);
        return metaData;
    }

    private static void putIfPresent(Map<String, Object> metaData, String key, String value) {
        if (value != null && !value.isBlank()) {
            metaData.put(key, value);
        }
    }
}
