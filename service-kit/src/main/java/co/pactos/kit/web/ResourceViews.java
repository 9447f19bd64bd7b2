package co.pactos.kit.web;

import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current state of each resource, keyed by its path, as GET answers it. Written by the
 * services' view projections in the same transaction as the events, so a PUT reads its own write.
 */
@Component
public class ResourceViews {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ResourceViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void put(String path, Object resource) {
        jdbc.sql("""
                        insert into resource_view (path, body, updated_at) values (:path, cast(:body as jsonb), now())
                        on conflict (path) do update set body = excluded.body, updated_at = excluded.updated_at""")
                .param("path", path)
                .param("body", json.writeValueAsString(resource))
                .update();
    }

    /** A resource as a JSON object, for projections that add to it before they store it. */
    public ObjectNode toTree(Object resource) {
        return json.valueToTree(resource);
    }

    /** Changes a stored resource in place (a view projection adding a fact to what it already shows). */
    public void update(String path, Consumer<ObjectNode> change) {
        ObjectNode resource = (ObjectNode) find(path).orElseThrow(() -> new IllegalStateException("no view stored at " + path));
        change.accept(resource);
        put(path, resource);
    }

    /** A resource as GET answers it; a {@link ResourceNotFound} (404) when nothing is stored at the path. */
    public JsonNode get(String path) {
        return find(path).orElseThrow(() -> new ResourceNotFound(path));
    }

    /** A resource read into its view record, as GET answers it; a {@link ResourceNotFound} (404) when nothing is stored at the path. */
    public <T> T get(String path, Class<T> type) {
        return find(path, type).orElseThrow(() -> new ResourceNotFound(path));
    }

    public Optional<JsonNode> find(String path) {
        return jdbc.sql("select body::text from resource_view where path = :path")
                .param("path", path)
                .query(String.class)
                .optional()
                .map(json::readTree);
    }

    public <T> Optional<T> find(String path, Class<T> type) {
        return find(path).map(node -> json.treeToValue(node, type));
    }
}
