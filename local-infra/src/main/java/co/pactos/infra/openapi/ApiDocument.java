package co.pactos.infra.openapi;

import co.pactos.infra.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's live OpenAPI document ({@code /v3/api-docs}) and the rules every document of the suite
 * keeps, so that a gap cannot come back silently: every operation has a summary, a description, an
 * operationId and a tag, at least one 4xx answer in problem+json (the schema {@code Problem}, with its
 * {@code errors} of {field, message}), and a typed answer; writes need the bearer token; no schema is a
 * bare {@code JsonNode} or a free object. The tests write each document to
 * {@code target/openapi/<service>.json}, where {@code ./lint-api} runs Redocly on it.
 */
public final class ApiDocument {

    private static final Set<String> FREE_SCHEMA_NAMES = Set.of("JsonNode", "ObjectNode", "Object", "ArrayNode", "Map");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");

    private final JsonNode document;

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    /** Fetches {@code http://localhost:<port>/v3/api-docs} without a token and writes it to {@code target/openapi/<service>.json}. */
    public static ApiDocument fetch(int port, String service) {
        ApiClient.Response answer = ApiClient.anonymous().get("http://localhost:" + port + "/v3/api-docs");
        if (answer.status() != 200) {
            throw new IllegalStateException("/v3/api-docs answered " + answer.status() + ": " + answer.body());
        }
        JsonMapper json = JsonMapper.builder().build();
        JsonNode document = json.readTree(answer.body());
        try {
            Path file = Path.of("target", "openapi", service + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiDocument(document);
    }

    public JsonNode json() {
        return document;
    }

    /** What breaks the suite's rules, one line each; empty when the document keeps them all. */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        JsonNode info = document.path("info");
        for (String field : List.of("title", "version", "description", "license", "contact")) {
            if (info.path(field).isMissingNode()) {
                violations.add("info has no " + field);
            }
        }
        if (!document.path("servers").isArray() || document.path("servers").isEmpty()) {
            violations.add("no servers");
        }
        if (document.at("/components/securitySchemes/bearer/scheme").isMissingNode()) {
            violations.add("no bearer security scheme");
        }
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        for (String field : List.of("type", "title", "status", "detail", "errors")) {
            if (problem.path(field).isMissingNode()) {
                violations.add("schema Problem has no " + field);
            }
        }
        if (problem.at("/errors/items/properties/field").isMissingNode() || problem.at("/errors/items/properties/message").isMissingNode()) {
            violations.add("Problem.errors is not a list of {field, message}");
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    operation(method.getKey().toUpperCase() + " " + path.getKey(), method.getKey(), method.getValue(), violations);
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            if (FREE_SCHEMA_NAMES.contains(schema.getKey()) || schema.getKey().startsWith("JsonNode")) {
                violations.add("schema " + schema.getKey() + " describes nothing: use a record");
            }
            freeObjects("schema " + schema.getKey(), schema.getValue(), violations);
        }
        return violations;
    }

    private void operation(String name, String method, JsonNode operation, List<String> violations) {
        for (String field : List.of("summary", "description", "operationId")) {
            if (operation.path(field).asString("").isBlank()) {
                violations.add(name + " has no " + field);
            }
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            violations.add(name + " has no tag");
        }
        boolean problem4xx = false;
        boolean success = false;
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode problemJson = content.path("application/problem+json");
                if (problemJson.isMissingNode()) {
                    violations.add(name + " answers " + status + " without application/problem+json");
                } else if (!problemJson.at("/schema/$ref").asString("").endsWith("/Problem")) {
                    violations.add(name + " answers " + status + " with a schema that is not Problem");
                }
                problem4xx |= status.startsWith("4");
            }
            if (status.startsWith("2")) {
                success = true;
                if (content.has("*/*")) {
                    violations.add(name + " answers " + status + " under */* rather than application/json");
                }
                for (Map.Entry<String, JsonNode> media : content.properties()) {
                    JsonNode schema = media.getValue().path("schema");
                    if (media.getKey().contains("json") && schema.path("$ref").isMissingNode() && !schema.path("type").asString("").equals("array")) {
                        violations.add(name + " answers " + status + " " + media.getKey() + " without a named schema");
                    }
                    freeObjects(name + " " + status, schema, violations);
                }
            }
        }
        if (!problem4xx) {
            violations.add(name + " has no 4xx answer in problem+json");
        }
        if (!success) {
            violations.add(name + " has no 2xx answer");
        }
        if (!method.equals("get") && !operation.path("security").toString().contains("\"bearer\"")) {
            violations.add(name + " does not say it needs the bearer token");
        }
        for (JsonNode body : operation.at("/requestBody/content")) {
            freeObjects(name + " request body", body.path("schema"), violations);
        }
    }

    /** An object schema that says nothing of its members (no properties, no typed additionalProperties, no $ref). */
    private static void freeObjects(String where, JsonNode schema, List<String> violations) {
        if (schema == null || schema.isMissingNode() || schema.has("$ref")) {
            return;
        }
        if ("object".equals(schema.path("type").asString("")) && !schema.has("properties")
                && !(schema.path("additionalProperties").has("type") || schema.path("additionalProperties").has("$ref"))) {
            violations.add(where + " is an object with no described members");
        }
        if (schema.has("items")) {
            freeObjects(where + "[]", schema.get("items"), violations);
        }
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            freeObjects(where + "." + property.getKey(), property.getValue(), violations);
        }
    }
}
