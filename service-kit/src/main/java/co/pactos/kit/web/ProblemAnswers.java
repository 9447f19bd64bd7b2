package co.pactos.kit.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json statuses an operation really answers, for its OpenAPI description ({@link ApiDocs}).
 * Without it, a PUT is described with {@link ApiDocs#WRITE} and a GET with {@link ApiDocs#READ}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemAnswers {

    int[] value();
}
