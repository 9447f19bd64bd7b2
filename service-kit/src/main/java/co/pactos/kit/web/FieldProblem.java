package co.pactos.kit.web;

/** One entry of a problem's {@code errors} list: the field and what to fix. */
public record FieldProblem(String field, String message) {
}
