package co.pactos.investments.catalog;

/**
 * goals-service could not say whether a reference exists (unreachable, timed out, or an answer
 * other than 200 or 404). Answered as 503: nothing is recorded and the caller should retry.
 */
public class GoalsServiceUnavailable extends RuntimeException {

    public GoalsServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
