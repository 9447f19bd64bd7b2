package co.pactos.kit.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a request comes from, as its bearer token says: the OAuth2 client, the user (the token's
 * subject; for a {@code client_credentials} token, the client itself), the dependency it writes for
 * (claim {@code dependency}, secretariats only) and its roles (claim {@code roles}).
 */
public record Identity(String client, String user, String dependency, List<String> roles) {

    public static final String PLANNING = "planning";
    public static final String SECRETARIAT = "secretariat";
    public static final String OVERSIGHT = "oversight";
    public static final String OPERATOR = "operator";

    public static final String ROLES_CLAIM = "roles";
    public static final String DEPENDENCY_CLAIM = "dependency";

    /** The identity of the current request; an anonymous one (no client, no roles) when it carries no token. */
    public static Identity current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        return anonymous();
    }

    /** A caller without a token: no client, no roles. */
    public static Identity anonymous() {
        return new Identity(null, null, null, List.of());
    }

    public static Identity of(Jwt jwt) {
        String client = firstPresent(jwt.getClaimAsString("client_id"), jwt.getClaimAsString("azp"));
        String user = firstPresent(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
        Object roles = jwt.getClaim(ROLES_CLAIM);
        List<String> roleList = roles instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                : roles == null ? List.of() : List.of(String.valueOf(roles));
        return new Identity(client == null ? user : client, user, jwt.getClaimAsString(DEPENDENCY_CLAIM), roleList);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** What the token may write, in words, for a 403. */
    public String mayWrite() {
        String who = client == null ? "This request" : "The token of client '" + client + "'";
        if (has(PLANNING)) {
            return who + " (Planeación) may write anything";
        }
        if (has(SECRETARIAT) && dependency != null) {
            return who + " may write only for dependency " + dependency + " and its sub-units (activities, progress of the goals"
                    + " they coordinate, investments, programmes, calls and results); plans, dependencies, pacts, goals, links"
                    + " and targets are declared, amended and revised by Planeación, which alone closes and reopens periods";
        }
        if (has(OVERSIGHT)) {
            return who + " (oversight) reads everything and writes nothing";
        }
        if (has(OPERATOR)) {
            return who + " (operator) runs projection rebuilds and writes nothing here";
        }
        return who + " has no role that may write (roles: " + roles + ")";
    }

    private static String firstPresent(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
