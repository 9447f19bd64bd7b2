package co.pactos.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 401 and 403 answers of the security filters, as RFC 9457 problem+json in the form of the
 * kit's {@code ProblemHandler} ({@code /problems/unauthorized}, {@code /problems/forbidden}).
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            boolean sent = request.getHeader("Authorization") != null;
            response.setHeader("WWW-Authenticate", sent ? "Bearer error=\"invalid_token\"" : "Bearer");
            write(response, 401, "unauthorized", sent ? "The bearer token is not valid" : "A bearer token is required",
                    (sent ? "The token was refused (" + reason(e) + "). " : "")
                            + "Send Authorization: Bearer <access token> from the authorization server"
                            + " (grant client_credentials at its token endpoint). Nothing was recorded.",
                    Map.of());
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            Identity caller = Identity.current();
            write(response, 403, "forbidden", "The token does not allow this request",
                    caller.mayWrite() + "; " + request.getMethod() + " " + path(request) + " needs another role. Nothing was recorded.",
                    details(caller));
        };
    }

    /** What a 403 adds to the problem: the token's roles, and the dependency it may write for. */
    public static Map<String, Object> details(Identity caller) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("roles", caller.roles());
        if (caller.has(Identity.SECRETARIAT) && caller.dependency() != null) {
            details.put("allowedDependency", caller.dependency());
        }
        return details;
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return oauth.getError().getDescription();
        }
        return e.getMessage();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail,
                              Map<String, Object> more) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.putAll(more);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
