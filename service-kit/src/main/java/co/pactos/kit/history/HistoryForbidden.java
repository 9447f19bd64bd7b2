package co.pactos.kit.history;

import co.pactos.kit.security.Identity;
import co.pactos.kit.security.ProblemResponses;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A token that may not read this history: 403 as problem+json, naming what the token may read. */
public class HistoryForbidden extends ErrorResponseException {

    public HistoryForbidden(Identity caller, String detail) {
        super(HttpStatus.FORBIDDEN, problem(caller, detail), null);
    }

    private static ProblemDetail problem(Identity caller, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(URI.create("/problems/forbidden"));
        problem.setTitle("The token may not read this history");
        ProblemResponses.details(caller).forEach(problem::setProperty);
        return problem;
    }
}
