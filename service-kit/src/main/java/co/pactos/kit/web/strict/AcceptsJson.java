package co.pactos.kit.web.strict;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request to the API that accepts no JSON answer is 406 before it is carried out: otherwise a
 * write would be recorded and only its answer refused.
 */
public class AcceptsJson extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // spreadsheet imports answer NDJSON or XLSX and their templates XLSX or CSV: they weigh Accept themselves, before recording
        return !request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith(BodySizeLimit.IMPORTS_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank() && !acceptsJson(accept) && !(batch(request) && acceptsNdjson(accept))
                && !(historyPage(request) && accepts(accept, MediaType.TEXT_HTML))) {
            ProblemWriter.write(response, 406, "The API answers application/json (and application/problem+json for errors);"
                    + " this request accepts only " + accept + ". Nothing was recorded.", null);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A batch answers NDJSON, one JSON result per line. */
    private static boolean batch(HttpServletRequest request) {
        return BodySizeLimit.BATCH_PATH.equals(request.getRequestURI());
    }

    /** A resource's history is also a page in Spanish (co.pactos.kit.history); a GET records nothing. */
    private static boolean historyPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getRequestURI().endsWith("/history");
    }

    private static boolean acceptsNdjson(String accept) {
        return accepts(accept, MediaType.APPLICATION_NDJSON);
    }

    private static boolean accepts(String accept, MediaType media) {
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.isCompatibleWith(media));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean acceptsJson(String accept) {
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
