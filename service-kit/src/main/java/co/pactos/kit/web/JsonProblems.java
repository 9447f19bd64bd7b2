package co.pactos.kit.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What was wrong with a body that could not be read, as the field (a JSON path like {@code beneficiaries[0].count}) and what to fix. */
final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*?)\"");

    private JsonProblems() {
    }

    static FieldProblem of(Throwable cause) {
        if (!(cause instanceof JacksonException e)) {
            return new FieldProblem("body", "is not a JSON object for this resource (send Content-Type: application/json, UTF-8)");
        }
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path, "is not a field of this resource; known fields: " + unknown.getKnownPropertyIds());
        }
        Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
        if (duplicate.find()) {
            return new FieldProblem(path.equals("body") ? duplicate.group(1) : path + "." + duplicate.group(1), "appears more than once");
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            return new FieldProblem(path, "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                    + ", written as a string");
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && !invalid.getOriginalMessage().startsWith("Cannot")) {
            return new FieldProblem(path, invalid.getOriginalMessage());
        }
        if (e instanceof InputCoercionException) {
            return new FieldProblem(path, "is out of range");
        }
        if (e instanceof StreamConstraintsException) {
            return new FieldProblem(path, "is too long or too deeply nested");
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (path.equals("body")) {
                return new FieldProblem("body", "must be a JSON object with the fields of this resource");
            }
            String type = mismatch.getTargetType() == null ? "" : " (expected " + describe(mismatch.getTargetType()) + ")";
            return new FieldProblem(path, "has a value of the wrong type" + type);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return new FieldProblem("body", "ends before the JSON is complete");
        }
        return new FieldProblem(path, "is not valid JSON: " + firstLine(e.getOriginalMessage()));
    }

    private static String describe(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (type.isRecord()) {
            return "a JSON object";
        }
        return type.getSimpleName();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
