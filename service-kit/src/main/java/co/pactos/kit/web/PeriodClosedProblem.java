package co.pactos.kit.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The answer to a write dated in a period Planeación closed, as both command services give it: 409 problem+json of type
 * {@code /problems/period-closed}, the closure named in the member {@code closure} (plan, period, first and last date,
 * when it was closed, then what the service adds) and the refused field in {@code errors}.
 */
public final class PeriodClosedProblem {

    public static final URI TYPE = URI.create("/problems/period-closed");

    private final String title;
    private final String detail;
    private final Map<String, Object> closure = new LinkedHashMap<>();

    private PeriodClosedProblem(String title, String detail) {
        this.title = title;
        this.detail = detail;
    }

    /** The problem's title and detail, and the members every closure is named by, in the order answered. */
    public static PeriodClosedProblem of(String title, String detail, String planId, String period, LocalDate from,
                                         LocalDate to, Instant closedAt) {
        PeriodClosedProblem problem = new PeriodClosedProblem(title, detail);
        problem.closure.put("planId", planId);
        problem.closure.put("period", period);
        problem.closure.put("from", from.toString());
        problem.closure.put("to", to.toString());
        problem.closure.put("closedAt", closedAt.toString());
        return problem;
    }

    /** One more member of {@code closure}, after those given so far (also when {@code value} is null). */
    public PeriodClosedProblem with(String member, Object value) {
        closure.put(member, value);
        return this;
    }

    /** One more member of {@code closure} when {@code value} is known; nothing otherwise. */
    public PeriodClosedProblem withIfKnown(String member, Object value) {
        return value == null ? this : with(member, value);
    }

    /** The problem, refusing {@code field} with {@code message}. */
    public ProblemDetail refusing(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(TYPE);
        problem.setTitle(title);
        problem.setProperty("closure", new LinkedHashMap<>(closure));
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }
}
