package co.pactos.kit.web;

import co.pactos.kit.security.Identity;
import java.util.HashMap;
import java.util.Map;

/**
 * Who makes a write, from the request's bearer token: the OAuth2 client, the user (the token's
 * subject) and the dependency the token writes for; the dependency the write was made for when that is
 * not the token's own ({@code onBehalfOf}: Planeación loading an activity of SDSP, or a secretariat
 * writing for one of its sub-units); and the system it was posted from, as the caller says
 * ({@code source}). Every event recorded by the write carries these as metadata.
 */
public record Caller(String client, String user, String dependency, String sourceSystem, String onBehalfOf) {

    public static final String META_CLIENT = "client";
    public static final String META_DEPENDENCY = "dependency";
    public static final String META_ACTOR = "actor";
    public static final String META_SOURCE_SYSTEM = "sourceSystem";
    public static final String META_ON_BEHALF_OF = "onBehalfOf";

    public static final int MAX_SOURCE_LENGTH = Bounds.MAX_SOURCE;

    /** The caller of the current request; {@code sourceSystem} is the body's {@code source}, a short name like SIGESI. */
    public static Caller of(String sourceSystem) {
        return writingFor(null, sourceSystem);
    }

    /**
     * The caller of the current request writing for {@code dependency} (the one {@code WritePolicy}
     * allowed; null when the write is not for a dependency): recorded as on behalf of it when it is not
     * the token's own dependency.
     */
    public static Caller writingFor(String dependency, String sourceSystem) {
        if (sourceSystem != null && (sourceSystem.isBlank() || sourceSystem.length() > MAX_SOURCE_LENGTH)) {
            throw new InvalidInput("source", "must name the posting system in 1 to " + MAX_SOURCE_LENGTH + " characters, e.g. SIGESI");
        }
        Identity identity = Identity.current();
        String onBehalfOf = dependency == null || dependency.equals(identity.dependency()) ? null : dependency;
        return new Caller(identity.client(), identity.user(), identity.dependency(), sourceSystem, onBehalfOf);
    }

    public Map<String, Object> metaData() {
        Map<String, Object> metaData = new HashMap<>();
        putIfPresent(metaData, META_CLIENT, client);
        putIfPresent(metaData, META_DEPENDENCY, dependency);
        putIfPresent(metaData, META_ACTOR, user);
        putIfPresent(metaData, META_SOURCE_SYSTEM, sourceSystem);
        putIfPresent(metaData, META_ON_BEHALF_OF, onBehalfOf);
        return metaData;
    }

    private static void putIfPresent(Map<String, Object> metaData, String key, String value) {
        if (value != null && !value.isBlank()) {
            metaData.put(key, value);
        }
    }
}
