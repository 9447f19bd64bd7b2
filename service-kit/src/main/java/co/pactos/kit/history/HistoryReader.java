package co.pactos.kit.history;

import co.pactos.kit.web.Caller;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ResourceNotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Answers a resource's history: finds its declaration by path, checks the caller, reads its aggregate's stream oldest
 * first, folds every event the declaration takes (those before {@code after} too, for the values in force) and keeps
 * at most {@code limit} of the events it shows after {@code after}. Only one page of entries and the state of the
 * resource's own fields are held.
 */
public class HistoryReader {

    /** The most events one answer holds; the next page starts after the last one's sequence. */
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 200;

    private final HistoryResources resources;
    private final EventStreams streams;
    private final HistoryAccess access;

    public HistoryReader(HistoryResources resources, EventStreams streams, HistoryAccess access) {
        this.resources = resources;
        this.streams = streams;
        this.access = access;
    }

    /**
     * The history of the resource at {@code path} (without {@code /history}).
     *
     * @throws ResourceNotFound for a path that names no resource with a history, or a resource with no events
     * @throws InvalidInput     for an {@code after} or {@code limit} out of bounds
     */
    public HistoryPage read(String path, Long after, Integer limit) {
        if (after != null && after < 0) {
            throw new InvalidInput("after", "must be the sequence of an event of this history (0 or more), as in its entries");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidInput("limit", "must be 1 to " + MAX_LIMIT + " (events per answer; default " + DEFAULT_LIMIT + ")");
        }
        int max = limit == null ? DEFAULT_LIMIT : limit;
        HistoryResources.Match match = resources.match(path).orElseThrow(() -> new ResourceNotFound(path + "/history"));
        HistoryResource resource = match.resource();
        Map<String, String> variables = match.variables();
        access.check(resource, variables, path);

        HistoryFold fold = new HistoryFold();
        List<HistoryEntry> entries = new ArrayList<>();
        boolean[] any = {false};
        Long[] next = {null};
        streams.forEach(match.aggregateId(), resource.events(), recorded -> {
            Patch patch = resource.folder().patch(recorded.event(), variables, fold);
            if (patch == null) {
                return true;
            }
            List<FieldChange> changes = fold.apply(patch);
            if (!resource.shown().test(recorded.event(), variables)) {
                return true;
            }
            any[0] = true;
            if (after != null && recorded.sequence() <= after) {
                return true;
            }
            if (entries.size() == max) {
                next[0] = entries.get(max - 1).sequence();
                return false;
            }
            entries.add(entry(recorded, changes));
            return true;
        });
        if (!any[0]) {
            throw new ResourceNotFound(path + "/history");
        }
        String label = resource.label() == null ? null : text(fold.current(resource.label()));
        String title = "Historial " + resource.noun() + " " + (label == null ? path.substring(path.lastIndexOf('/') + 1) : label);
        return new HistoryPage(path, title, entries, next[0], max);
    }

    static HistoryEntry entry(RecordedEvent recorded, List<FieldChange> changes) {
        JsonNode event = Patches.tree(recorded.event());
        Map<String, String> meta = recorded.metaData();
        return new HistoryEntry(recorded.eventId(), recorded.sequence(), recorded.type(), recorded.recordedAt(),
                recorded.event().validTime().toString(),
                new HistoryEntry.Actor(meta.get(Caller.META_CLIENT), meta.get(Caller.META_ACTOR), meta.get(Caller.META_DEPENDENCY)),
                meta.get(Caller.META_ON_BEHALF_OF), meta.get(Caller.META_SOURCE_SYSTEM), text(event.get("reason")), text(event.get("legalAct")),
                changes);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
