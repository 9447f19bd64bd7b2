package co.pactos.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings the JSON of one event type from one revision to the next. Upcasters chain: a reader of
 * revision 3 reads a revision-1 record through the 1->2 and the 2->3 upcasters. They work on the
 * JSON, not on records, so that an old revision never needs a class of its own.
 *
 * @param type         the CloudEvents type name of the event
 * @param fromRevision the revision this upcaster reads; it writes {@code fromRevision + 1}
 */
public record EventUpcaster(String type, int fromRevision, java.util.function.UnaryOperator<ObjectNode> step) {

    public ObjectNode upcast(ObjectNode json) {
        return step.apply(json);
    }
}
