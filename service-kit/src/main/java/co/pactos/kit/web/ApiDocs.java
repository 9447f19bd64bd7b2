package co.pactos.kit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;

/**
 * What every service's OpenAPI document says beside its operations: the licence and contact, the
 * bearer token (JWT) that writes and admin requests need (reads may go without one while
 * {@code pactos.security.public-reads} is on),
 * the problem+json answers each operation really gives ({@link ProblemAnswers}, else {@link #WRITE} for
 * a PUT and {@link #READ} for a GET), a PUT's 201 and 200, and the form of caller-chosen ids in paths.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    public static final String BEARER = "bearer";
    public static final String PROBLEM = "Problem";

    /** The wording of operation descriptions that several operations share. */
    public static final String IDEMPOTENT = " The same body again answers 200 and records nothing; a different body under an existing id"
            + " answers 409.";
    public static final String PLANNING_ONLY = " Only Planeación (role planning) may make it.";
    public static final String FOR_DEPENDENCY = " Planeación may make it for any dependency (recorded as on behalf of it: onBehalfOf in"
            + " the event's metadata, ce_onbehalfof on Kafka); a secretariat only for its dependency and its sub-units.";

    /** What an idempotent PUT may answer as a problem. */
    public static final int[] WRITE = {400, 401, 403, 406, 409, 413, 415, 422, 503};
    /** What a GET of a stored resource may answer as a problem. */
    public static final int[] READ = {400, 401, 404, 406};

    private static final Map<Integer, String> PROBLEMS = Map.ofEntries(
            Map.entry(400, "The request cannot be read: the fields listed in errors (body, path or query parameters), or the path itself"),
            Map.entry(401, "No bearer token, or one that is expired, forged, of another issuer or for another audience (reads: only while"
                    + " pactos.security.public-reads is false)"),
            Map.entry(403, "The token may not do this (detail and allowedDependency say what it may do); nothing was recorded"),
            Map.entry(404, "Nothing has been recorded at this path (a write: the resource it is a part of)"),
            Map.entry(406, "The request accepts no JSON answer (Accept); refused before anything is recorded"),
            Map.entry(409, "The id already holds a different body; nothing was recorded"),
            Map.entry(413, "The body is larger than pactos.http.max-body-bytes (1 MiB by default)"),
            Map.entry(415, "The body is not application/json"),
            Map.entry(422, "The request is well formed but breaks a rule of the domain or names something not recorded (errors names the field)"),
            Map.entry(503, "A store or service it depends on is not available (Retry-After where known); nothing was recorded"));

    @Bean
    public OpenApiCustomizer securityAndProblems() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("An access token (grant client_credentials) of the configured issuer, for the audience pactos,"
                            + " with the claims roles and dependency; the local run's token endpoint is http://localhost:9000/oauth2/token"));
            components.addSchemas(PROBLEM, problemSchema());
            if (openApi.getInfo() != null && openApi.getInfo().getLicense() == null) {
                // the repository has no licence file yet: say so rather than name one
                openApi.getInfo().license(new License().name("No licence yet: all rights reserved")
                        .url("https://choosealicense.com/no-permissions/"));
            }
            if (openApi.getInfo() != null && openApi.getInfo().getContact() == null) {
                openApi.getInfo().contact(new Contact().name("Pactos maintainers"));
            }
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(item -> item.readOperations().forEach(ApiDocs::describeIds));
            }
        };
    }

    @Bean
    public OperationCustomizer answersAndSecurity() {
        return (operation, handler) -> {
            boolean read = handler.hasMethodAnnotation(GetMapping.class);
            ProblemAnswers declared = handler.getMethodAnnotation(ProblemAnswers.class);
            addProblems(operation, declared != null ? declared.value() : read ? READ : WRITE);
            jsonAnswers(operation);
            if (handler.hasMethodAnnotation(PutMapping.class)) {
                describeWrite(operation);
            }
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                SecurityRequirement bearer = new SecurityRequirement().addList(BEARER);
                // an empty requirement: the read needs no token while pactos.security.public-reads is on
                operation.setSecurity(read ? List.of(new SecurityRequirement(), bearer) : List.of(bearer));
            }
            return operation;
        };
    }

    /** The API answers application/json: a record answer springdoc lists under any media type is listed under JSON. */
    private static void jsonAnswers(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*") && !content.containsKey("application/json")) {
                MediaType any = content.remove("*/*");
                content.addMediaType("application/json", any);
            }
        });
    }

    /** A PUT answers 201 when it recorded events and 200 when the same body was already stored, both with the stored resource. */
    private static void describeWrite(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok == null) {
            return;
        }
        Header location = new Header().description("The path of the resource").schema(new StringSchema());
        ApiResponse created = new ApiResponse().description("Recorded: the stored resource and the ids of the events recorded")
                .content(ok.getContent()).headers(Map.of("Location", location));
        ok.description("The same body was already stored: nothing was recorded (eventIds is empty)").headers(Map.of("Location", location));
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("201", created);
        operation.getResponses().forEach(responses::addApiResponse);
        operation.setResponses(responses);
    }

    private static void addProblems(Operation operation, int[] statuses) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        for (int status : statuses) {
            String code = Integer.toString(status);
            ApiResponse response = responses.get(code);
            if (response == null) {
                response = new ApiResponse().description(PROBLEMS.get(status));
                responses.addApiResponse(code, response);
            }
            response.content(new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
    }

    /** Path parameters that are caller-chosen ids say so, with the pattern API.md gives them. */
    private static void describeIds(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema<?> schema = parameter.getSchema();
            boolean text = schema != null
                    && ("string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string")));
            if ("path".equals(parameter.getIn()) && text && schema.getPattern() == null) {
                schema.pattern("^" + Ids.PATTERN + "$");
                schema.maxLength(64);
                if (parameter.getDescription() == null) {
                    parameter.description("A caller-chosen id: a letter or digit, then up to 63 letters, digits, '.', '_', ':' or '-'");
                }
            }
        }
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.description("One field that is wrong and what to send instead");
        fieldProblem.addProperty("field", new StringSchema().description("The field: a JSON path like beneficiaries[0].count, a path or"
                + " query parameter, or body").example("beneficiaries[0].count"));
        fieldProblem.addProperty("message", new StringSchema().description("What is wrong with it and what to send")
                .example("must be less than or equal to 100000000"));
        fieldProblem.required(List.of("field", "message"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details, with the API's own type and wording");
        problem.addProperty("type", new StringSchema().description("/problems/<kind>: invalid-input, unauthorized, forbidden, not-found,"
                + " conflict, rule-violation, unknown-reference, content-too-large, unavailable ...").example("/problems/invalid-input"));
        problem.addProperty("title", new StringSchema().description("The kind of problem, in words").example("The request has invalid fields"));
        problem.addProperty("status", new IntegerSchema().description("The HTTP status").example(400));
        problem.addProperty("detail", new StringSchema().description("What to fix")
                .example("Fix the fields listed in errors and send the request again."));
        problem.addProperty("instance", new StringSchema().description("The path of the request").example("/api/activities/taller-1"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem).description("For input errors: each field and what to fix"));
        problem.addProperty("allowedDependency", new StringSchema().description("403: the dependency the token may write for").example("SDSP"));
        problem.required(List.of("type", "title", "status", "detail"));
        return problem;
    }
}
