package co.pactos.kit.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current state of each resource, keyed by its path, as GET answers it. Written by the
 * services' view projections in the same transaction as the events, so a PUT reads its own write.
 *
 * <p>Inside a Spring transaction, every view read or written is remembered (as its JSON text, or as absent) until the
 * transaction ends: a batch's lines (100 to a transaction) look up the same goal, plan, closures and dependencies
 * again and again, and a write reads back the view its projection has just stored. A caller that rolls back part
 * of a transaction (a savepoint) calls {@link #forgetRemembered()}, since what the rolled-back part wrote is gone.
 * Like any read under READ COMMITTED, a remembered view may be older than a write another transaction commits
 * meanwhile; the aggregates, not the views, decide conflicts between writes.
 */
@Component
public class ResourceViews {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** Binds the current transaction's remembered views (path to JSON text, null for absent). */
    private final Object rememberedKey = new Object();

    public ResourceViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void put(String path, Object resource) {
        String body = json.writeValueAsString(resource);
        jdbc.sql("""
                        insert into resource_view (path, body, updated_at) values (:path, cast(:body as jsonb), now())
                        on conflict (path) do update set body = excluded.body, updated_at = excluded.updated_at""")
                .param("path", path)
                .param("body", body)
                .update();
        Map<String, String> remembered = remembered();
        if (remembered != null) {
            remembered.put(path, body);
        }
    }

    /**
     * Reads the views at {@code paths} in one statement and remembers them (and which are absent) for the rest of the
     * current transaction, so that the lines of a batch do not each read theirs; nothing outside a transaction.
     */
    public void remember(Collection<String> paths) {
        Map<String, String> remembered = remembered();
        if (remembered == null || paths.isEmpty()) {
            return;
        }
        List<String> unknown = paths.stream().filter(path -> !remembered.containsKey(path)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, String> found = new HashMap<>();
        jdbc.sql("select path, body::text from resource_view where path = any(:paths)")
                .param("paths", unknown.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                });
        unknown.forEach(path -> remembered.put(path, found.get(path)));
    }

    /** Forgets what the current transaction remembered: part of it was rolled back (a batch line's savepoint). */
    public void forgetRemembered() {
        Map<String, String> remembered = remembered();
        if (remembered != null) {
            remembered.clear();
        }
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
        return text(path).map(json::readTree);
    }

    /**
     * The dependency a stored resource belongs to (its view's {@code dependency}: who coordinates a goal, who recorded an
     * activity or an investment, whose a programme is); empty when nothing is stored at the path or it names none.
     */
    public Optional<String> dependencyOf(String path) {
        return find(path).map(view -> view.get("dependency")).filter(d -> d != null && !d.isNull()).map(JsonNode::asString);
    }

    /** Whether a view is stored at the path (read once per transaction, like {@link #find(String)}). */
    public boolean exists(String path) {
        return text(path).isPresent();
    }

    private Optional<String> text(String path) {
        Map<String, String> remembered = remembered();
        if (remembered != null && remembered.containsKey(path)) {
            return Optional.ofNullable(remembered.get(path));
        }
        Optional<String> body = jdbc.sql("select body::text from resource_view where path = :path")
                .param("path", path)
                .query(String.class)
                .optional();
        if (remembered != null) {
            remembered.put(path, body.orElse(null));
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> remembered() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<String, String> remembered = (Map<String, String>) TransactionSynchronizationManager.getResource(rememberedKey);
        if (remembered == null) {
            remembered = new HashMap<>();
            TransactionSynchronizationManager.bindResource(rememberedKey, remembered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(rememberedKey);
                }

                @Override
                public void resume() {
                    // a suspended transaction's views may have been changed by the one that ran meanwhile
                    TransactionSynchronizationManager.bindResource(rememberedKey, new HashMap<String, String>());
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(rememberedKey);
                }
            });
        }
        return remembered;
    }

    public <T> Optional<T> find(String path, Class<T> type) {
        return find(path).map(node -> json.treeToValue(node, type));
    }
}
