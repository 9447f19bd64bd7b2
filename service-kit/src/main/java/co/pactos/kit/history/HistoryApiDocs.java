package co.pactos.kit.history;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI form of a change's {@code from} and {@code to}: any JSON value (OpenAPI 3.1 {@code type} list), rather than
 * the schema springdoc derives from Jackson's {@code JsonNode} class (its Java getters, not the JSON it writes).
 */
@Configuration(proxyBeanMethods = false)
public class HistoryApiDocs {

    private static final List<String> ANY = List.of("string", "number", "boolean", "array", "object", "null");

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
