package co.pactos.kit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every command service's OpenAPI document says beside its operations: the bearer token
 * (JWT) that writes need, and the problem+json answers each operation may give.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    public static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    private static final Map<String, String> WRITE_PROBLEMS = new LinkedHashMap<>();
    private static final Map<String, String> READ_PROBLEMS = new LinkedHashMap<>();

    static {
        WRITE_PROBLEMS.put("400", "The request cannot be read: the fields listed in errors, or the path");
        WRITE_PROBLEMS.put("401", "No bearer token, or one that is expired, forged, of another issuer or for another audience");
        WRITE_PROBLEMS.put("403", "The token may not make this write (detail and allowedDependency say what it may write)");
        WRITE_PROBLEMS.put("404", "The resource this one belongs to has not been recorded");
        WRITE_PROBLEMS.put("406", "The request accepts no JSON answer");
        WRITE_PROBLEMS.put("409", "The id already holds a different body");
        WRITE_PROBLEMS.put("413", "The body is larger than the limit");
        WRITE_PROBLEMS.put("415", "The body is not application/json");
        WRITE_PROBLEMS.put("422", "The write breaks a rule of the domain or names something not recorded");
        WRITE_PROBLEMS.put("503", "A service this write depends on is not available; nothing was recorded");
        READ_PROBLEMS.put("400", "The path cannot be read");
        READ_PROBLEMS.put("401", "Reads need a token (pactos.security.public-reads=false) and none or an invalid one was sent");
        READ_PROBLEMS.put("404", "Nothing has been recorded at this path");
    }

    @Bean
    public OpenApiCustomizer securityAndProblems() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("An access token (grant client_credentials) of the configured issuer, for the audience pactos,"
                            + " with the claims roles and dependency"));
            components.addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
                if (write) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                }
                addProblems(operation, write ? WRITE_PROBLEMS : READ_PROBLEMS);
            }));
        };
    }

    private static void addProblems(Operation operation, Map<String, String> problems) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                        .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().description("the field (a JSON path like beneficiaries[0].count), or path"));
        fieldProblem.addProperty("message", new StringSchema().description("what is wrong with it and what to send"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().description("/problems/<kind>, e.g. /problems/invalid-input"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("what to fix"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem));
        problem.addProperty("allowedDependency", new StringSchema().description("403: the dependency the token may write for"));
        return problem;
    }
}
