package co.pactos.kit.web.strict;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}: what a servlet, a filter or the container answered with
 * {@code sendError}) as problem+json, in place of Boot's own JSON or HTML.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus() >= 400 ? response.getStatus() : 500;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = switch (status) {
            case 404 -> "Nothing is served at this path; see the API description at /v3/api-docs.";
            case 400 -> "The request cannot be read" + (message instanceof String m && !m.isBlank() ? ": " + m : "")
                    + ". Paths take ids of letters, digits, '.', '_', ':' and '-' only.";
            default -> message instanceof String m && !m.isBlank() ? m : "See the API description at /v3/api-docs.";
        };
        ProblemWriter.write(response, status, detail, status == 400 ? "path" : null);
    }
}
