package co.pactos.kit.history;

import io.swagger.v3.core.util.Json;
import co.pactos.kit.web.ApiDocs;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI documents say of histories: the bearer token they always need, the {@code Link} header of the next
 * page, and a change's {@code from} and {@code to} as any JSON value (OpenAPI 3.1 {@code type} list) rather than the
 * schema springdoc derives from Jackson's {@code JsonNode} class (its Java getters, not the JSON it writes).
 */
@Configuration(proxyBeanMethods = false)
public class HistoryApiDocs {

    private static final List<String> ANY = List.of("string", "number", "boolean", "array", "object", "null");

    /** Histories always need the token (other reads only while public reads are off), and say how the next page is named. */
    @Bean
    public OpenApiCustomizer historyOperations() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (!path.endsWith(HistoryAnswers.SUFFIX) || item.getGet() == null) {
                    return;
                }
                Operation get = item.getGet();
                get.setSecurity(List.of(new SecurityRequirement().addList(ApiDocs.BEARER)));
                ApiResponse unauthorized = get.getResponses().get("401");
                if (unauthorized != null) {
                    unauthorized.setDescription("No bearer token, or one that is expired, forged, of another issuer or for another audience:"
                            + " a history is audit data and always needs one");
                }
                ApiResponse ok = get.getResponses().get("200");
                if (ok != null) {
                    ok.setDescription("The events, oldest first (an empty list after the last one)");
                    ok.addHeaderObject("Link", new Header().description("<path/history?after=N&limit=M>; rel=\"next\" when more events"
                            + " follow; absent on the last page").schema(new StringSchema()));
                }
            });
        };
    }

    @Bean
    public OpenApiCustomizer historyChangeValues() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            Schema<?> change = schemas.get("FieldChange");
            if (change == null || change.getProperties() == null) {
                return;
            }
            for (String member : List.of("from", "to")) {
                Schema<?> declared = change.getProperties().get(member);
                Schema<Object> any = new Schema<>();
                any.setTypes(new LinkedHashSet<>(ANY));
                any.setDescription(declared == null ? null : declared.getDescription());
                change.getProperties().put(member, any);
            }
            // JsonNode was there for from and to: dropped unless something else names it
            String ref = "#/components/schemas/JsonNode";
            boolean named = openApi.getPaths() != null && Json.pretty(openApi.getPaths()).contains(ref);
            for (Map.Entry<String, Schema> schema : schemas.entrySet()) {
                named |= !schema.getKey().equals("JsonNode") && Json.pretty(schema.getValue()).contains(ref);
            }
            if (!named) {
                schemas.remove("JsonNode");
            }
        };
    }
}
