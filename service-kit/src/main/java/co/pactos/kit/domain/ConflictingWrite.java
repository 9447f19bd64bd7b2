package co.pactos.kit.domain;

/**
 * A PUT names an id that already holds something else. Ids are never reused: a change is a new
 * resource (a correction names what it corrects). Answered as 409; nothing is recorded.
 */
public class ConflictingWrite extends IllegalStateException {

    public ConflictingWrite(String message) {
        super(message);
    }

    public static ConflictingWrite differentBody(String kind, String id) {
        return new ConflictingWrite(kind + " '" + id + "' already exists with a different body; "
                + "send the same body again, or use a new id");
    }
}
