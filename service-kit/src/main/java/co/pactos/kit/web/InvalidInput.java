package co.pactos.kit.web;

import java.util.List;

/** A request that cannot be read as asked: answered as 400 with each field and what to fix. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInput(List<FieldProblem> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
