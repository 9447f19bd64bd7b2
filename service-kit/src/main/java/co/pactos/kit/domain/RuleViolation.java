package co.pactos.kit.domain;

/**
 * A command breaks a rule of the domain: the named field holds a value that is not allowed.
 * Answered as 422 with the field and what to fix; nothing is recorded.
 */
public class RuleViolation extends IllegalArgumentException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
