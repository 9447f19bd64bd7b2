package co.pactos.kit.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/** The type, title and wording of the answers the framework and the container produce, the API's way. */
public final class FrameworkProblems {

    private FrameworkProblems() {
    }

    /** The type (a path under {@code /problems/}) and title for a status. */
    public static String[] typeAndTitle(int status) {
        return switch (status) {
            case 400 -> new String[] {"invalid-input", "The request is not valid"};
            case 401 -> new String[] {"unauthorized", "A bearer token is required"};
            case 403 -> new String[] {"forbidden", "The token does not allow this request"};
            case 404 -> new String[] {"not-found", "No such resource"};
            case 405 -> new String[] {"method-not-allowed", "The method is not allowed on this path"};
            case 406 -> new String[] {"not-acceptable", "The answer cannot be given in an accepted media type"};
            case 413 -> new String[] {"content-too-large", "The request body is too large"};
            case 414 -> new String[] {"uri-too-long", "The request path is too long"};
            case 415 -> new String[] {"unsupported-media-type", "The request body's media type is not supported"};
            case 431 -> new String[] {"headers-too-large", "The request headers are too large"};
            case 503 -> new String[] {"unavailable", "The service is not available"};
            default -> status >= 500 ? new String[] {"internal", "Unexpected failure"} : new String[] {"invalid-request", "The request cannot be answered"};
        };
    }

    /** What to do about it, for a status and (if known) the exception. */
    static String detail(int status, Exception e) {
        return switch (status) {
            case 404 -> "Nothing is served at this path; see the API description at /v3/api-docs.";
            case 405 -> e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedMethods() != null
                    ? "Use one of " + String.join(", ", m.getSupportedMethods()) + " on this path."
                    : "Use a method this path supports; see /v3/api-docs.";
            case 406 -> "Accept application/json (answers) or application/problem+json (errors).";
            case 415 -> e instanceof HttpMediaTypeNotSupportedException m && m.getContentType() != null
                    ? "Send the body as application/json (UTF-8), not " + m.getContentType() + "."
                    : "Send the body as application/json (UTF-8).";
            default -> e != null && e.getMessage() != null ? e.getMessage() : "See the API description at /v3/api-docs.";
        };
    }

    static void describe(ProblemDetail problem, HttpStatusCode status, Exception e) {
        String[] typeAndTitle = typeAndTitle(status.value());
        problem.setType(URI.create("/problems/" + typeAndTitle[0]));
        problem.setTitle(typeAndTitle[1]);
        if (status.value() == 404 || status.value() == 405 || status.value() == 406 || status.value() == 415
                || !(e instanceof HttpMediaTypeNotAcceptableException)) {
            problem.setDetail(detail(status.value(), e));
        }
    }
}
